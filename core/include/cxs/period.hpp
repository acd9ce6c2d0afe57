// Calendar periods for grouping events: ISO 8601 weeks, months and quarters, as sortable keys.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cxs {

enum class Period { week, month, quarter };

/// The key of the UTC period holding a unix time: "2026-W07" (ISO 8601 week-numbering year
/// and week; weeks start on Monday and week 1 holds the year's first Thursday), "2026-02",
/// "2026-Q1". Keys of one kind sort in time order for years 0000..9999. For local periods,
/// add the UTC offset in seconds first.
std::string period_key(std::int64_t unix_seconds, Period period);

/// The unix time of 00:00 UTC on the first day of the period a key names (the Monday of an
/// ISO week); nullopt for text that is not a key period_key writes, or for a week past the
/// last of its year (W53 exists only in years whose 1 January or 31 December is a Thursday).
std::optional<std::int64_t> period_start(std::string_view key);
/// The key of a month given as month_index (date_cell.hpp): "2026-02".
std::string month_key(std::int64_t month);

}  // namespace cxs
