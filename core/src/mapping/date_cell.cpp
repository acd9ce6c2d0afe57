// Tolerant reading of date/time cells; a cell that could mean two dates is read one documented way.
#include "cxs/date_cell.hpp"

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cxs/detail/ascii.hpp"

namespace cxs {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Longest cell worth reading as a date: the longest spellings read here, JavaScript's
// "Tue Jun 11 2024 14:03:00 GMT+0200 (Central European Summer Time)" and mail dates with such
// comments, stay under 70 bytes; a longer cell is text, and reading it would only cost time.
constexpr std::size_t kMaxCell = 128;
using CellBuffer = std::array<char, kMaxCell>;

unsigned char byte_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]);
}

/// Folds a cell onto ASCII and trims it, so one grammar reads ASCII and Japanese exports.
/// U+FF01..U+FF5E (full-width ！..～, EF BC 81..EF BD 9E) are ASCII 0x21..0x7E shifted by
/// 0xFEE0 (Unicode's Halfwidth and Fullwidth Forms block); U+3000 ideographic space (E3 80 80),
/// U+00A0 no-break space (C2 A0, common in Excel exports), tab and line breaks are spaces.
/// Other bytes (年, 月, 日, ...) pass through. nullopt: longer than any date, so not one.
std::optional<std::string_view> normalize(std::string_view cell, CellBuffer& buffer) {
  std::size_t size = 0;
  std::size_t pending_spaces = 0;  // written only when more text follows: trims both ends
  for (std::size_t i = 0; i < cell.size();) {
    const unsigned char b0 = byte_at(cell, i);
    const unsigned char b1 = i + 1 < cell.size() ? byte_at(cell, i + 1) : 0;
    const unsigned char b2 = i + 2 < cell.size() ? byte_at(cell, i + 2) : 0;
    char out = static_cast<char>(b0);
    std::size_t used = 1;
    if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) {
      out = static_cast<char>(b2 - 0x81 + 0x21);
      used = 3;
    } else if (b0 == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E) {
      out = static_cast<char>(b2 - 0x80 + 0x60);
      used = 3;
    } else if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) {
      out = ' ';
      used = 3;
    } else if (b0 == 0xC2 && b1 == 0xA0) {
      out = ' ';
      used = 2;
    } else if (b0 == '\t' || b0 == '\r' || b0 == '\n') {
      out = ' ';
    }
    i += used;
    if (out == ' ') {
      if (size > 0) ++pending_spaces;
      continue;
    }
    if (size + pending_spaces + 1 > kMaxCell) return std::nullopt;
    for (; pending_spaces > 0; --pending_spaces) buffer[size++] = ' ';
    buffer[size++] = out;
  }
  return std::string_view(buffer.data(), size);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (to_lower(text[i]) != lower[i]) return false;
  }
  return true;
}

/// A read position in normalized text. Every take_* either consumes what it matched and
/// returns true, or consumes nothing and returns false.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  std::size_t pos() const { return pos_; }
  void reset(std::size_t pos) { pos_ = pos; }

  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  bool take(std::string_view literal) {
    if (!text_.substr(pos_).starts_with(literal)) return false;
    pos_ += literal.size();
    return true;
  }
  /// Matches literal (lower-case ASCII) in any case, when no letter follows it.
  bool take_ignoring_case(std::string_view literal) {
    if (text_.size() - pos_ < literal.size() ||
        !equals_ignoring_case(text_.substr(pos_, literal.size()), literal)) {
      return false;
    }
    const std::size_t end = pos_ + literal.size();
    if (end < text_.size() && is_alpha(text_[end])) return false;
    pos_ = end;
    return true;
  }
  bool skip_spaces() {
    const std::size_t start = pos_;
    while (peek() == ' ') ++pos_;
    return pos_ > start;
  }
  /// Moves past the next c; false, unmoved, when there is none.
  bool skip_past(char c) {
    const std::size_t found = text_.find(c, pos_);
    if (found == std::string_view::npos) return false;
    pos_ = found + 1;
    return true;
  }
  std::string_view take_word() { return take_run(is_alpha); }
  std::string_view take_digits() { return take_run(is_digit); }
  /// Reads the whole run of digits here; it must have min_digits..max_digits of them, so
  /// "20240611" is never read as a year 2024 followed by more.
  bool take_number(int min_digits, int max_digits, int& value, int* digits = nullptr) {
    const std::size_t start = pos_;
    const std::string_view run = take_digits();
    const auto count = static_cast<int>(run.size());
    if (count < min_digits || count > max_digits) {
      pos_ = start;
      return false;
    }
    value = 0;
    for (const char c : run) value = value * 10 + (c - '0');
    if (digits != nullptr) *digits = count;
    return true;
  }

 private:
  std::string_view take_run(bool (*accept)(char)) {
    const std::size_t start = pos_;
    while (!at_end() && accept(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

/// 1-based index of the English name that word abbreviates to at least three letters
/// ("Jun", "June", "Sept"), or 0.
template <std::size_t N>
int index_of_name(std::string_view word, const std::array<std::string_view, N>& names) {
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < N; ++i) {
    if (word.size() <= names[i].size() &&
        equals_ignoring_case(word, names[i].substr(0, word.size()))) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

int month_from_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  return index_of_name(word, kMonths);
}

bool is_weekday_name(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return index_of_name(word, kWeekdays) != 0;
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, int m) {
  static constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                     31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29U : kDays[static_cast<std::size_t>(m - 1)];
}

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

bool is_valid(const CivilDate& date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         static_cast<unsigned>(date.day) <= days_in_month(date.year, date.month);
}

/// A year written with four digits, or with two as spreadsheets still accept them: Excel
/// reads 00-29 as 2000-2029 and 30-99 as 1930-1999 (Microsoft, "How Excel works with
/// two-digit year numbers"), which is also what the US tools that export 6/11/24 assume.
bool take_year(Cursor& cursor, int& year) {
  int digits = 0;
  if (!cursor.take_number(2, 4, year, &digits) || digits == 3) return false;
  if (digits == 2) year += year < 30 ? 2000 : 1900;
  return true;
}

/// 2024-06-11, 2024/6/1, 2024.06.11, 2024年6月11日: year first is never ambiguous.
bool take_year_first(Cursor& cursor, int year, CivilDate& date) {
  date.year = year;
  if (cursor.take("年")) {
    return cursor.take_number(1, 2, date.month) && cursor.take("月") &&
           cursor.take_number(1, 2, date.day) && cursor.take("日");
  }
  const char separator = cursor.peek();
  if (separator != '-' && separator != '/' && separator != '.') return false;
  cursor.take(separator);
  return cursor.take_number(1, 2, date.month) && cursor.take(separator) &&
         cursor.take_number(1, 2, date.day);
}

/// 6/11/2024, 11/06/2024, 11-06-2024, 11.06.2024, 11-Jun-24, 11/Jun/24, 11 Jun 2024, with the
/// first number already read.
bool take_number_first(Cursor& cursor, int first, DayOrder order, CivilDate& date) {
  const char separator = cursor.peek();
  if (separator == '.') {
    // German (and most of Europe) writes dotted dates day first, whatever the column's order.
    cursor.take('.');
    date.day = first;
    return cursor.take_number(1, 2, date.month) && cursor.take('.') && take_year(cursor, date.year);
  }
  if (separator == '/' || separator == '-') {
    cursor.take(separator);
    // Excel's d-mmm-yy, and Jira's dd/MMM/yy ("02/Mar/24 7:03 PM").
    if (is_alpha(cursor.peek())) {
      date.day = first;
      date.month = month_from_name(cursor.take_word());
      return date.month != 0 && cursor.take(separator) && take_year(cursor, date.year);
    }
    int second = 0;
    if (!cursor.take_number(1, 2, second) || !cursor.take(separator) ||
        !take_year(cursor, date.year)) {
      return false;
    }
    // unknown reads month first, the US tools' order, unless the cell proves otherwise.
    const bool day_first =
        order == DayOrder::day_first || (order == DayOrder::unknown && first > 12);
    date.day = day_first ? first : second;
    date.month = day_first ? second : first;
    return true;
  }
  if (cursor.skip_spaces()) {  // RFC 2822's "11 Jun 2024"
    date.day = first;
    date.month = month_from_name(cursor.take_word());
    cursor.take('.');
    return date.month != 0 && cursor.skip_spaces() && take_year(cursor, date.year);
  }
  return false;
}

/// Jun 11, 2024; June 11 2024; Sept. 1st, 2024.
bool take_month_name_first(Cursor& cursor, CivilDate& date) {
  date.month = month_from_name(cursor.take_word());
  if (date.month == 0) return false;
  cursor.take('.');
  if (!cursor.skip_spaces() || !cursor.take_number(1, 2, date.day)) return false;
  for (const std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (cursor.take_ignoring_case(suffix)) break;
  }
  const bool comma = cursor.take(',');
  const bool spaces = cursor.skip_spaces();
  return (comma || spaces) && take_year(cursor, date.year);
}

bool take_date(Cursor& cursor, DayOrder order, CivilDate& date) {
  if (!is_digit(cursor.peek())) return take_month_name_first(cursor, date);
  int first = 0;
  int digits = 0;
  if (!cursor.take_number(1, 4, first, &digits)) return false;
  if (digits == 4) return take_year_first(cursor, first, date);
  return digits <= 2 && take_number_first(cursor, first, order, date);
}

/// "Tue, " before a mail date; the weekday only repeats what the date says.
void skip_weekday(Cursor& cursor) {
  const std::size_t start = cursor.pos();
  if (!is_weekday_name(cursor.take_word())) {
    cursor.reset(start);
    return;
  }
  if (!cursor.take(',')) cursor.take('.');
  cursor.skip_spaces();
}

/// "(JST)" after a mail date, "(火)" after a Japanese one: RFC 2822 §3.2.3 comments, which
/// carry no meaning (the numeric zone before one is what counts).
void skip_comment(Cursor& cursor) {
  const std::size_t start = cursor.pos();
  cursor.skip_spaces();
  if (!cursor.take('(')) {
    cursor.reset(start);
    return;
  }
  if (!cursor.skip_past(')')) cursor.reset(start);
}

struct TimeOfDay {
  int hour = 0;
  int minute = 0;
  int second = 0;
};

enum class Meridiem { none, am, pm };

Meridiem take_meridiem_suffix(Cursor& cursor) {
  const std::size_t start = cursor.pos();
  cursor.skip_spaces();
  if (cursor.take_ignoring_case("am") || cursor.take_ignoring_case("a.m.")) return Meridiem::am;
  if (cursor.take_ignoring_case("pm") || cursor.take_ignoring_case("p.m.")) return Meridiem::pm;
  cursor.reset(start);
  return Meridiem::none;
}

/// 14:03, 14:03:00, 14:03:00.123 (or ,123), 2:03 PM, 14時03分, 午後2:03; false with the
/// cursor unmoved when no valid time follows.
bool take_time(Cursor& cursor, TimeOfDay& time) {
  const std::size_t start = cursor.pos();
  const bool iso = cursor.take('T') || cursor.take('t');
  Meridiem meridiem = Meridiem::none;
  if (!iso) {
    cursor.skip_spaces();
    if (cursor.take(',')) cursor.skip_spaces();  // "6/11/2024, 2:03:00 PM" (JS en-US)
    if (cursor.take_ignoring_case("at")) cursor.skip_spaces();
    // Excel's ja-JP formats put 午前/午後 (a.m./p.m.) before the time.
    if (cursor.take("午前")) {
      meridiem = Meridiem::am;
    } else if (cursor.take("午後")) {
      meridiem = Meridiem::pm;
    }
    cursor.skip_spaces();
  }
  bool ok = cursor.take_number(1, 2, time.hour);
  if (ok && cursor.take(':')) {
    ok = cursor.take_number(2, 2, time.minute);
    if (ok && cursor.take(':')) {
      ok = cursor.take_number(2, 2, time.second);
      // Fractions of a second are dropped: a unix second is the finest unit kept.
      if (ok && (cursor.take('.') || cursor.take(','))) ok = !cursor.take_digits().empty();
    }
  } else if (ok && cursor.take("時")) {
    if (cursor.take_number(1, 2, time.minute)) {
      ok = cursor.take("分");
      if (ok && cursor.take_number(1, 2, time.second)) ok = cursor.take("秒");
    }
  } else {
    ok = false;
  }
  if (ok && !iso && meridiem == Meridiem::none) meridiem = take_meridiem_suffix(cursor);
  if (ok && meridiem != Meridiem::none) {
    ok = time.hour >= 1 && time.hour <= 12;
    time.hour = time.hour % 12 + (meridiem == Meridiem::pm ? 12 : 0);
  }
  // Second 60 is a leap second (RFC 3339 §5.6); like POSIX timegm it becomes the next second.
  ok = ok && time.hour <= 23 && time.minute <= 59 && time.second <= 60;
  if (!ok) cursor.reset(start);
  return ok;
}

/// +09:00, +0900, -05 and, after GMT or UTC, +9: minutes east of UTC.
std::optional<int> take_offset(Cursor& cursor, bool allow_one_digit_hour) {
  const std::size_t start = cursor.pos();
  const int sign = cursor.take('+') ? 1 : cursor.take('-') ? -1 : 0;
  int value = 0;
  int digits = 0;
  if (sign != 0 && cursor.take_number(1, 4, value, &digits) &&
      (digits >= 2 || allow_one_digit_hour) && digits != 3) {
    const int hours = digits == 4 ? value / 100 : value;
    int minutes = digits == 4 ? value % 100 : 0;
    bool ok = true;
    if (digits <= 2 && cursor.take(':')) ok = cursor.take_number(2, 2, minutes);
    // RFC 3339's grammar allows offsets up to 23:59; real ones stay within ±14:00.
    if (ok && hours <= 23 && minutes <= 59) return sign * (hours * 60 + minutes);
  }
  cursor.reset(start);
  return std::nullopt;
}

/// The zone after a time, as minutes east of UTC: Z, an offset, or a name.
std::optional<int> take_zone(Cursor& cursor) {
  struct NamedZone {
    std::string_view name;
    int minutes;
  };
  // RFC 2822 §4.3 obs-zone (UT, GMT and the US zones), plus UTC (database and Shopify-style
  // exports) and JST (Japanese mail and exports). Military letters other than Z are left
  // out: RFC 2822 says their sign was often wrong.
  static constexpr std::array<NamedZone, 13> kZones = {{
      {"z", 0},
      {"ut", 0},
      {"utc", 0},
      {"gmt", 0},
      {"est", -5 * 60},
      {"edt", -4 * 60},
      {"cst", -6 * 60},
      {"cdt", -5 * 60},
      {"mst", -7 * 60},
      {"mdt", -6 * 60},
      {"pst", -8 * 60},
      {"pdt", -7 * 60},
      {"jst", 9 * 60},
  }};
  const std::size_t start = cursor.pos();
  cursor.skip_spaces();
  if (cursor.peek() == '+' || cursor.peek() == '-') {
    if (auto offset = take_offset(cursor, false)) return offset;
    cursor.reset(start);
    return std::nullopt;
  }
  const std::string_view word = cursor.take_word();
  for (const NamedZone& zone : kZones) {
    if (!equals_ignoring_case(word, zone.name)) continue;
    if (zone.minutes == 0 && word.size() > 1) {  // JavaScript's "GMT+0900", "UTC+9"
      if (auto offset = take_offset(cursor, true)) return offset;
    }
    return zone.minutes;
  }
  cursor.reset(start);
  return std::nullopt;
}

std::int64_t days_from(const CivilDate& date) {
  return days_from_civil(date.year, static_cast<unsigned>(date.month),
                         static_cast<unsigned>(date.day));
}

std::optional<Timestamp> read_text(std::string_view text, DayOrder order, int default_offset) {
  Cursor cursor(text);
  skip_weekday(cursor);
  CivilDate date;
  if (!take_date(cursor, order, date) || !is_valid(date)) return std::nullopt;
  skip_comment(cursor);
  TimeOfDay time;
  const bool has_time = take_time(cursor, time);
  const std::optional<int> zone = has_time ? take_zone(cursor) : std::nullopt;
  skip_comment(cursor);
  if (!cursor.at_end()) return std::nullopt;
  Timestamp stamp{days_from(date) * kSecondsPerDay, has_time, zone.has_value()};
  if (has_time) {
    stamp.unix_seconds += time.hour * 3600 + time.minute * 60 + time.second -
                          std::int64_t{zone.value_or(default_offset)} * 60;
  }
  return stamp;
}

bool all_digits(std::string_view text) {
  for (const char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

std::int64_t parse_digits(std::string_view digits) {
  std::int64_t value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

/// Stripe-style unix seconds (10 digits: 2001-09-09 to 2286) and milliseconds (13), and
/// Excel serial days 20000-80000 (1954-10-03 to 2119-01-10), where other numbers (amounts,
/// ids) rarely fall, with an optional fraction of a day.
std::optional<Timestamp> read_number(std::string_view text, int default_offset) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction)) return std::nullopt;
  if (dot != std::string_view::npos && fraction.empty()) return std::nullopt;
  if (fraction.empty() && whole.size() == 10) return Timestamp{parse_digits(whole), true, true};
  if (fraction.empty() && whole.size() == 13) {
    return Timestamp{parse_digits(whole) / 1000, true, true};
  }
  if (whole.size() != 5) return std::nullopt;
  const std::int64_t serial = parse_digits(whole);
  if (serial < 20000 || serial > 80000) return std::nullopt;
  Timestamp stamp{*days_from_excel_serial(serial) * kSecondsPerDay, !fraction.empty(), false};
  if (stamp.has_time) {
    // Excel stores 14:03 as 0.58541666…; rounding to the second recovers the time typed.
    // Nine digits (to 0.1 ms) are plenty and keep the product within 64 bits.
    const std::string_view kept = fraction.substr(0, 9);
    std::int64_t scale = 1;
    for (std::size_t i = 0; i < kept.size(); ++i) scale *= 10;
    const std::int64_t seconds = (parse_digits(kept) * kSecondsPerDay + scale / 2) / scale;
    stamp.unix_seconds += seconds - std::int64_t{default_offset} * 60;
  }
  return stamp;
}

void append_date(std::string& out, std::int64_t days) {
  const YearMonthDay date = civil_from_days(days);
  detail::append_padded(out, date.year, 4);
  out += '-';
  detail::append_padded(out, date.month, 2);
  out += '-';
  detail::append_padded(out, date.day, 2);
}

/// The shape most exports write, "2025-01-04T16:29:13Z" (RFC 3339 in UTC), read directly: the
/// general reader below gives the same for it, at several times the cost per cell. Anything
/// else, or a field out of range, is left to the general reader.
std::optional<Timestamp> read_iso_utc(std::string_view text) {
  if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z')
    return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t width) -> int {
    int value = 0;
    for (std::size_t i = at; i < at + width; ++i) {
      if (!is_digit(text[i])) return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const CivilDate date{number(0, 4), number(5, 2), number(8, 2)};
  const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
  if (date.year < 1000 || !is_valid(date) || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
      second < 0 || second > 59)
    return std::nullopt;
  return Timestamp{days_from(date) * kSecondsPerDay + hour * 3600 + minute * 60 + second, true,
                   true};
}

}  // namespace

namespace {

/// Customer data lives between these; a year 0 or 9999 is a placeholder ("no end": Salesforce
/// and SQL exports write 9999-12-31) or a broken cell, and as a time it would stretch every
/// period table from the first year to the last.
constexpr std::int64_t kEarliestSeconds = -2208988800;  // 1900-01-01T00:00:00Z
constexpr std::int64_t kLatestSeconds = 7258118400;     // 2200-01-01T00:00:00Z

std::optional<Timestamp> plausible(std::optional<Timestamp> stamp) {
  if (stamp && (stamp->unix_seconds < kEarliestSeconds || stamp->unix_seconds >= kLatestSeconds))
    return std::nullopt;
  return stamp;
}

std::optional<Timestamp> read_any_date(std::string_view cell, const DateOptions& options) {
  if (auto stamp = read_iso_utc(cell)) return stamp;
  CellBuffer buffer;
  const std::optional<std::string_view> text = normalize(cell, buffer);
  if (!text || text->empty()) return std::nullopt;
  if (options.allow_numeric) {
    if (auto stamp = read_number(*text, options.default_utc_offset_minutes)) return stamp;
  }
  return read_text(*text, options.day_order, options.default_utc_offset_minutes);
}

}  // namespace

std::optional<Timestamp> read_date_cell(std::string_view cell, const DateOptions& options) {
  return plausible(read_any_date(cell, options));
}

DayOrder decide_day_order(std::span<const std::string_view> sample) {
  // A cell that reads only one way is evidence for that way; 6/11/2024 reads both ways.
  bool month_first_seen = false;
  bool day_first_seen = false;
  for (const std::string_view cell : sample) {
    const bool as_month_first =
        read_date_cell(cell, {.day_order = DayOrder::month_first}).has_value();
    const bool as_day_first = read_date_cell(cell, {.day_order = DayOrder::day_first}).has_value();
    month_first_seen = month_first_seen || (as_month_first && !as_day_first);
    day_first_seen = day_first_seen || (as_day_first && !as_month_first);
  }
  if (month_first_seen == day_first_seen) return DayOrder::unknown;
  return month_first_seen ? DayOrder::month_first : DayOrder::day_first;
}

double date_share(std::span<const std::string_view> sample, const DateOptions& options) {
  std::size_t non_blank = 0;
  std::size_t dates = 0;
  for (const std::string_view cell : sample) {
    CellBuffer buffer;
    const std::optional<std::string_view> text = normalize(cell, buffer);
    if (text && text->empty()) continue;
    ++non_blank;
    if (read_date_cell(cell, options)) ++dates;
  }
  return non_blank == 0 ? 0.0 : static_cast<double>(dates) / static_cast<double>(non_blank);
}

std::string to_iso_date(std::int64_t unix_seconds) {
  std::string out;
  append_date(out, days_from_unix_seconds(unix_seconds));
  return out;
}

std::string to_iso_datetime(std::int64_t unix_seconds) {
  const std::int64_t days = days_from_unix_seconds(unix_seconds);
  const std::int64_t seconds = unix_seconds - days * kSecondsPerDay;
  std::string out;
  append_date(out, days);
  out += 'T';
  detail::append_padded(out, seconds / 3600, 2);
  out += ':';
  detail::append_padded(out, seconds / 60 % 60, 2);
  out += ':';
  detail::append_padded(out, seconds % 60, 2);
  out += 'Z';
  return out;
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days
// (http://howardhinnant.github.io/date_algorithms.html#civil_from_days): the inverse of
// days_from_civil below, exact for every day of the proleptic Gregorian calendar.
YearMonthDay civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);                    // [0, 146096]
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);  // [0, 365]
  const unsigned mp = (5 * doy + 2) / 153;                       // [0, 11]
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;               // [1, 31]
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;                  // [1, 12]
  return {y + (m <= 2 ? 1 : 0), m, d};
}

std::int64_t days_from_unix_seconds(std::int64_t unix_seconds) {
  // Floor, not truncation: one second before 1970 is 1969-12-31.
  return unix_seconds / kSecondsPerDay -
         (unix_seconds % kSecondsPerDay != 0 && unix_seconds < 0 ? 1 : 0);
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil
// (http://howardhinnant.github.io/date_algorithms.html#days_from_civil): counts 400-year eras
// from 0000-03-01 so the leap day falls at the end of each computed year.
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  const std::int64_t year = std::int64_t{y} - (m <= 2 ? 1 : 0);
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto yoe = static_cast<unsigned>(year - era * 400);              // [0, 399]
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t month_index(std::int64_t unix_seconds) {
  const YearMonthDay date = civil_from_days(days_from_unix_seconds(unix_seconds));
  return date.year * 12 + static_cast<std::int64_t>(date.month) - 1;
}

std::int64_t month_start_unix_seconds(std::int64_t month) {
  const std::int64_t year = month >= 0 ? month / 12 : (month - 11) / 12;
  const auto month_of_year = static_cast<unsigned>(month - year * 12 + 1);
  return days_from_civil(static_cast<int>(year), month_of_year, 1) * kSecondsPerDay;
}

std::optional<std::int64_t> days_from_excel_serial(std::int64_t serial) {
  // Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, treats 1900
  // as a leap year (Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year"):
  // serial 60 is 1900-02-29, a day that never was, and every later serial is one too high.
  // 25569 is the serial of 1970-01-01; 2958465 (9999-12-31) is the last date Excel has.
  if (serial < 1 || serial == 60 || serial > 2958465) return std::nullopt;
  return serial < 60 ? serial - 25568 : serial - 25569;
}

std::optional<std::int64_t> days_from_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int digits[10] = {};
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    digits[i] = text[i] - '0';
  }
  const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  const auto month = static_cast<unsigned>(digits[5] * 10 + digits[6]);
  const auto day = static_cast<unsigned>(digits[8] * 10 + digits[9]);
  // A date that is not on the calendar (2026-02-30, 2026-13-01) is not a date: days_from_civil
  // would quietly roll it into the next month.
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  const auto next =
      month == 12 ? days_from_civil(year + 1, 1, 1) : days_from_civil(year, month + 1, 1);
  if (static_cast<std::int64_t>(day) > next - days_from_civil(year, month, 1)) return std::nullopt;
  return days_from_civil(year, month, day);
}

}  // namespace cxs
