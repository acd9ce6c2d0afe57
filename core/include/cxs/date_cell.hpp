// Date and time cells as tools export them: ISO 8601, Shopify, Google Forms, Excel, mail headers.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cxs {

/// How a numeric date such as 11/06/2024 orders its day and month.
enum class DayOrder { unknown, month_first, day_first };

struct DateOptions {
  /// For 6/11/2024-style cells. unknown reads month first, unless the cell itself proves
  /// day first (13/06/2024); decide it per column with decide_day_order. 11.06.2024 is
  /// always day first.
  DayOrder day_order = DayOrder::unknown;
  bool allow_numeric = false;  ///< unix seconds (10 digits), ms (13) and Excel serial days
  /// Offset of wall-clock times that carry no zone ("2024-06-11 14:03"): +540 for JST.
  int default_utc_offset_minutes = 0;
};

struct Timestamp {
  /// A date without a time is midnight UTC of that date, so to_iso_date gives it back as
  /// written whatever the default offset.
  std::int64_t unix_seconds = 0;
  bool has_time = false;  ///< the cell gave a time of day
  bool has_zone = false;  ///< the cell gave its own offset (Z, +09:00, JST, unix time)
  friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

/// Reads one date/time cell as tools export them. Returns nullopt for blank or unreadable
/// text, for impossible dates or times (2024-02-30, 25:00), and for times before 1900 or from
/// 2200 on (placeholders such as 9999-12-31, not events). ASCII and full-width
/// characters are both accepted, and so is the ideographic space.
std::optional<Timestamp> read_date_cell(std::string_view cell, const DateOptions& options);

/// Decides M/D vs D/M for a column from sample cells: a first number > 12 proves day_first,
/// a second number > 12 proves month_first; conflicting or no evidence gives unknown (and
/// callers fall back to month_first for US-style tools).
DayOrder decide_day_order(std::span<const std::string_view> sample);

/// Share (0..1) of the non-blank sample cells that read as dates, for column-role
/// detection; 0 when every cell is blank.
double date_share(std::span<const std::string_view> sample, const DateOptions& options);

/// "2024-06-11": the UTC date of a unix time.
std::string to_iso_date(std::int64_t unix_seconds);
/// "2024-06-11T14:03:00Z": the UTC date and time of a unix time.
std::string to_iso_datetime(std::int64_t unix_seconds);

/// Calendar month of a unix time (UTC) as one integer, year × 12 + month − 1, so months
/// subtract and compare as numbers: 2024-06-11 is 2024 × 12 + 5 = 24293.
std::int64_t month_index(std::int64_t unix_seconds);
/// Unix time of 00:00:00 UTC on the first day of a month_index.
std::int64_t month_start_unix_seconds(std::int64_t month);

/// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (negative before).
std::int64_t days_from_civil(int y, unsigned m, unsigned d);
/// Days from 1970-01-01 to a date written exactly YYYY-MM-DD (an option's as_of), or
/// nullopt for any other text and for dates not on the calendar (2026-02-30).
std::optional<std::int64_t> days_from_iso_date(std::string_view text);

/// A proleptic Gregorian calendar date.
struct YearMonthDay {
  std::int64_t year;
  unsigned month;  ///< 1..12
  unsigned day;    ///< 1..31
};
/// The date that lies `days` after 1970-01-01: the inverse of days_from_civil.
YearMonthDay civil_from_days(std::int64_t days);
/// Days from 1970-01-01 to the UTC date of a unix time, rounded down (so −1 s is day −1).
std::int64_t days_from_unix_seconds(std::int64_t unix_seconds);

/// Days from 1970-01-01 to an Excel serial day in the 1900 date system; nullopt below 1
/// and for 60, the 1900-02-29 that Excel counts but the calendar never had.
std::optional<std::int64_t> days_from_excel_serial(std::int64_t serial);

}  // namespace cxs
