// Column profile: what a column's values can be, read from a sample before its header is.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cxs/label_scales.hpp"
#include "cxs/message.hpp"

namespace cxs {

/// Shares are of the non-blank cells (0 when there are none). The header of a column only
/// chooses among the roles its profile allows (column_roles.hpp).
struct ColumnProfile {
  std::size_t filled = 0;    ///< non-blank sample cells
  std::size_t blank = 0;     ///< blank sample cells
  std::size_t distinct = 0;  ///< different non-blank values (trimmed, exact)

  double email = 0;                ///< one address ("a@b.example", "Name <a@b.example>")
  double phone = 0;                ///< 7–15 digits with + ( ) - . and spaces only
  double phone_international = 0;  ///< of those, written with a country code (+ or 00)
  double url = 0;                  ///< http(s)://…
  double id_token = 0;             ///< one token of letters, digits and _-:.# with a digit in it
  double identifier = 0;           ///< an id token, a whole number or an e-mail: names one thing
  double single_token = 0;  ///< one run of letters, digits and _-:.# (no spaces), 4–128 bytes
  double integer = 0;  ///< a whole number (ASCII or full-width digits; "10 - Extremely likely")
  double decimal = 0;  ///< a number with a fraction
  double money = 0;    ///< a number with a currency sign or code ("$49.00", "¥1,200", "12.50 EUR")
  double date = 0;     ///< a date or date-time date_cell.hpp reads
  double boolean = 0;  ///< true/false, yes/no
  double handle = 0;   ///< "@name" or a one-word user name with a letter in it
  double handle_marked = 0;      ///< of those, marked as user names: "@", a digit or "_" in it
  double currency_code = 0;      ///< three letters ("USD", "jpy")
  double iso_currency = 0;       ///< a common ISO 4217 code, any case ("USD", "jpy"), not "web"
  double multiline = 0;          ///< holds a line break
  std::int64_t integer_min = 0;  ///< over the integer cells
  std::int64_t integer_max = 0;
  std::array<std::uint32_t, 11> small_integers{};  ///< how many cells are 0 … 10
  double mean_length = 0;                          ///< bytes per non-blank cell
  std::size_t email_domains = 0;                   ///< different domains among the addresses
  double top_domain_share = 0;                     ///< share of addresses on the most common domain
  std::string top_domain;                          ///< that domain ("acme.example")
  std::string id_prefix;  ///< "cus_", "ch_", "sub_": a prefix ≥ 90% of cells share
  std::optional<ScaleChoice> satisfaction;  ///< the satisfaction label scale that reads it
  std::optional<ScaleChoice> agreement;     ///< the agreement label scale that reads it

  double share(std::size_t count) const {
    return filled == 0 ? 0 : static_cast<double>(count) / static_cast<double>(filled);
  }
  /// Every integer cell in [low, high] and at least `min_share` of the cells integers.
  bool integers_within(std::int64_t low, std::int64_t high, double min_share = 0.9) const {
    return integer >= min_share && integer_min >= low && integer_max <= high;
  }
  /// Few values repeated: a category (a status, a tier, a channel), not a per-row value.
  bool is_category() const { return filled >= 4 && distinct <= 12 && 2 * distinct <= filled; }
  /// Distinct values per non-blank cell: near 1 for ids, low for categories.
  double distinct_ratio() const {
    return filled == 0 ? 0 : static_cast<double>(distinct) / static_cast<double>(filled);
  }
  /// A few words for the mapping view: "e-mail 100%, 3 domains", "integer 1–5", "text ~40 chars".
  std::string summary() const;
  /// The same as a message (message.hpp).
  Message summary_message() const;
};

/// Profiles one column from its sample cells (blank cells count as blank).
ColumnProfile profile_column(std::span<const std::string_view> cells);

}  // namespace cxs
