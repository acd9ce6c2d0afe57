// ISO 8601 week, month and quarter keys, on the civil-date functions of date_cell.hpp.
#include "cxs/period.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"

namespace cxs {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

/// ISO 8601 weekday, Monday 1 .. Sunday 7. Day 0, 1970-01-01, was a Thursday (4).
int iso_weekday(std::int64_t days) {
  const std::int64_t shifted = (days + 3) % 7;
  return static_cast<int>(shifted < 0 ? shifted + 7 : shifted) + 1;
}

/// Monday of ISO week 1 of a week-numbering year: the week that holds 4 January, which is
/// the week that holds the year's first Thursday (ISO 8601-1:2019, 3.1.1.23 "week 01").
std::int64_t monday_of_week_one(std::int64_t iso_year) {
  const std::int64_t january_4 = days_from_civil(static_cast<int>(iso_year), 1, 4);
  return january_4 - (iso_weekday(january_4) - 1);
}

struct IsoWeek {
  std::int64_t year;
  std::int64_t week;
};

/// A week belongs to the year of its Thursday, so the year and week number follow from the
/// Thursday of the day's Monday-to-Sunday week.
IsoWeek iso_week_of(std::int64_t days) {
  const std::int64_t thursday = days - iso_weekday(days) + 4;
  const std::int64_t year = civil_from_days(thursday).year;
  return {year, (thursday - monday_of_week_one(year)) / 7 + 1};
}

/// Reads exactly `width` ASCII digits at the front of text.
std::optional<int> read_digits(std::string_view text, std::size_t width) {
  if (text.size() < width) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::string period_key(std::int64_t unix_seconds, Period period) {
  const std::int64_t days = days_from_unix_seconds(unix_seconds);
  std::string key;
  if (period == Period::week) {
    const IsoWeek week = iso_week_of(days);
    detail::append_padded(key, week.year, 4);
    key += "-W";
    detail::append_padded(key, week.week, 2);
    return key;
  }
  const YearMonthDay date = civil_from_days(days);
  detail::append_padded(key, date.year, 4);
  if (period == Period::month) {
    key += '-';
    detail::append_padded(key, date.month, 2);
  } else {
    key += "-Q";
    detail::append_padded(key, (date.month - 1) / 3 + 1, 1);
  }
  return key;
}

std::optional<std::int64_t> period_start(std::string_view key) {
  const std::optional<int> year = read_digits(key, 4);
  if (!year || key.size() < 7 || key[4] != '-') return std::nullopt;
  const std::string_view rest = key.substr(5);
  if (rest.front() == 'W' && rest.size() == 3) {
    const std::optional<int> week = read_digits(rest.substr(1), 2);
    if (!week || *week < 1) return std::nullopt;
    const std::int64_t monday = monday_of_week_one(*year) + 7 * std::int64_t{*week - 1};
    if (iso_week_of(monday).year != *year) return std::nullopt;  // W53 of a 52-week year
    return monday * kSecondsPerDay;
  }
  if (rest.front() == 'Q' && rest.size() == 2) {
    const std::optional<int> quarter = read_digits(rest.substr(1), 1);
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    const auto month = static_cast<unsigned>(3 * (*quarter - 1) + 1);
    return days_from_civil(*year, month, 1) * kSecondsPerDay;
  }
  const std::optional<int> month = read_digits(rest, 2);
  if (!month || rest.size() != 2 || *month < 1 || *month > 12) return std::nullopt;
  return days_from_civil(*year, static_cast<unsigned>(*month), 1) * kSecondsPerDay;
}

std::string month_key(std::int64_t month) {
  return period_key(month_start_unix_seconds(month), Period::month);
}

}  // namespace cxs
