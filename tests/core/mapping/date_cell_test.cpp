// read_date_cell and friends: every spelling tools export, each pinned to an independently computed
// unix time (the command that computed it stands beside it), and what must stay unreadable.
#include "cxs/date_cell.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>

namespace {

using cxs::DateOptions;
using cxs::DayOrder;
using cxs::Timestamp;

// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 0, 0, 0)))'
constexpr std::int64_t kJun11 = 1718064000;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 14, 3, 0)))'
constexpr std::int64_t kJun11At1403Utc = 1718114580;
// python3 -c 'from datetime import *; print(int(datetime(2024, 6, 11, 14, 3,
//   tzinfo=timezone(timedelta(hours=9))).timestamp()))'; date -u -d '2024-06-11 14:03:00 +0900' +%s
constexpr std::int64_t kJun11At1403Jst = 1718082180;
// python3 -c 'from datetime import *; print(int(datetime(2024, 6, 11, 14, 3,
//   tzinfo=timezone(timedelta(hours=-5))).timestamp()))'; date -u -d '2024-06-11 14:03:00 EST' +%s
constexpr std::int64_t kJun11At1403Minus5 = 1718132580;
// date -u -d '2024-06-11 14:03:00 PDT' +%s
constexpr std::int64_t kJun11At1403Pdt = 1718139780;
// python3 -c 'from datetime import *; print(int(datetime(2024, 6, 11, 14, 3,
//   tzinfo=timezone(timedelta(hours=5, minutes=30))).timestamp()))'
constexpr std::int64_t kJun11At1403Plus0530 = 1718094780;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 14, 3, 59)))'
constexpr std::int64_t kJun11At140359Utc = 1718114639;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 1, 9, 5, 7)))'
constexpr std::int64_t kJun1At090507Utc = 1717232707;
// python3 -c 'import calendar; print(calendar.timegm((2024, 11, 6, 14, 3, 0)))'
constexpr std::int64_t kNov6At1403Utc = 1730901780;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 0, 3, 0)))'
constexpr std::int64_t kJun11At0003Utc = 1718064180;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 12, 3, 0)))'
constexpr std::int64_t kJun11At1203Utc = 1718107380;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 12, 0, 0)))'
constexpr std::int64_t kJun11At1200Utc = 1718107200;
// python3 -c 'from datetime import *; print(int(datetime(2024, 6, 11, 12, 0,
//   tzinfo=timezone(timedelta(hours=9))).timestamp()))'
constexpr std::int64_t kJun11At1200Jst = 1718074800;
// python3 -c 'import calendar; print(calendar.timegm((2024, 6, 11, 14, 3, 33)))'
constexpr std::int64_t kJun11At140333Utc = 1718114613;

struct Case {
  std::string_view text;
  Timestamp want;
};

void expect_reads(std::initializer_list<Case> cases, const DateOptions& options = {}) {
  for (const Case& c : cases) {
    const auto got = cxs::read_date_cell(c.text, options);
    ASSERT_TRUE(got.has_value()) << c.text;
    EXPECT_EQ(got->unix_seconds, c.want.unix_seconds)
        << c.text << " read as " << cxs::to_iso_datetime(got->unix_seconds);
    EXPECT_EQ(got->has_time, c.want.has_time) << c.text;
    EXPECT_EQ(got->has_zone, c.want.has_zone) << c.text;
  }
}

void expect_unreadable(std::initializer_list<std::string_view> cells,
                       const DateOptions& options = {}) {
  for (const std::string_view cell : cells) {
    const auto got = cxs::read_date_cell(cell, options);
    EXPECT_FALSE(got.has_value()) << '"' << cell << "\" read as "
                                  << cxs::to_iso_datetime(got ? got->unix_seconds : 0);
  }
}

constexpr Timestamp date_only(std::int64_t s) { return {s, false, false}; }
constexpr Timestamp wall_clock(std::int64_t s) { return {s, true, false}; }
constexpr Timestamp zoned(std::int64_t s) { return {s, true, true}; }

TEST(DateCellTest, reads_iso_8601_dates_and_date_times) {
  expect_reads({
      {"2024-06-11", date_only(kJun11)},
      {"2024-06-11T14:03", wall_clock(kJun11At1403Utc)},
      {"2024-06-11 14:03", wall_clock(kJun11At1403Utc)},
      {"2024-06-11T14:03:59", wall_clock(kJun11At140359Utc)},
      {"2024-06-11T14:03:59.987654", wall_clock(kJun11At140359Utc)},  // fraction dropped
      {"2024-06-11T14:03:59,5Z", zoned(kJun11At140359Utc)},           // ISO's decimal comma
      {"2024-06-11T14:03:00Z", zoned(kJun11At1403Utc)},
      {"2024-06-11t14:03:00z", zoned(kJun11At1403Utc)},  // RFC 3339 §5.6 allows lower case
      {"2024-06-11T14:03:00+09:00", zoned(kJun11At1403Jst)},
      {"2024-06-11T14:03:00.000+0900", zoned(kJun11At1403Jst)},
      {"2024-06-11T14:03-05", zoned(kJun11At1403Minus5)},
      {"2024-06-11T14:03:00+05:30", zoned(kJun11At1403Plus0530)},
  });
}

TEST(DateCellTest, reads_shopify_and_utc_suffixed_exports) {
  expect_reads({
      {"2024-06-11 14:03:00 +0000", zoned(kJun11At1403Utc)},  // Shopify orders export
      {"2024-06-11 14:03:00 +0900", zoned(kJun11At1403Jst)},
      {"2024-06-11 14:03:00 -0500", zoned(kJun11At1403Minus5)},
      {"2024-06-11 14:03:00 UTC", zoned(kJun11At1403Utc)},
      {"2024-06-11 14:03:00 utc", zoned(kJun11At1403Utc)},
  });
}

TEST(DateCellTest, reads_year_first_slashes_as_google_forms_ja_writes_them) {
  expect_reads({
      {"2024/06/11", date_only(kJun11)},
      {"2024/06/11 14:03", wall_clock(kJun11At1403Utc)},
      {"2024/6/1 9:05:07", wall_clock(kJun1At090507Utc)},
      {"2024.06.11", date_only(kJun11)},
      {"2024/06/11 午後2:03", wall_clock(kJun11At1403Utc)},  // Excel ja-JP "午後 h:mm"
      {"2024/06/11 午前 12:03", wall_clock(kJun11At0003Utc)},
  });
}

TEST(DateCellTest, reads_us_numeric_dates_month_first) {
  for (const DayOrder order : {DayOrder::month_first, DayOrder::unknown}) {
    expect_reads(
        {
            {"6/11/2024", date_only(kJun11)},
            {"06/11/2024", date_only(kJun11)},
            {"6/11/2024 2:03 PM", wall_clock(kJun11At1403Utc)},
            {"6/11/2024, 2:03:00 PM", wall_clock(kJun11At1403Utc)},  // JavaScript en-US
            {"6/11/2024 2:03 p.m.", wall_clock(kJun11At1403Utc)},
            {"6/11/2024 12:03 AM", wall_clock(kJun11At0003Utc)},
            {"6/11/2024 12:03 pm", wall_clock(kJun11At1203Utc)},
            {"6/11/24 14:03", wall_clock(kJun11At1403Utc)},
            {"11/06/2024 14:03", wall_clock(kNov6At1403Utc)},
            {"6-11-2024", date_only(kJun11)},
        },
        {.day_order = order});
  }
}

TEST(DateCellTest, reads_european_numeric_dates_when_told_day_first) {
  expect_reads(
      {
          {"11/06/2024 14:03", wall_clock(kJun11At1403Utc)},
          {"11/6/2024", date_only(kJun11)},
          {"11-06-2024", date_only(kJun11)},
          {"11/06/24 14:03", wall_clock(kJun11At1403Utc)},
      },
      {.day_order = DayOrder::day_first});
}

TEST(DateCellTest, an_unknown_order_reads_day_first_when_the_cell_proves_it) {
  // python3 -c 'import calendar; print(calendar.timegm((2024, 6, 13, 0, 0, 0)))'
  // python3 -c 'import calendar; print(calendar.timegm((2024, 11, 13, 0, 0, 0)))'
  expect_reads({{"13/06/2024", date_only(1718236800)}, {"11/13/2024", date_only(1731456000)}});
  // ... but an order the caller decided is kept: the 13th month is no date.
  expect_unreadable({"13/06/2024"}, {.day_order = DayOrder::month_first});
  expect_unreadable({"11/13/2024"}, {.day_order = DayOrder::day_first});
}

TEST(DateCellTest, two_digit_years_pivot_as_excel_does) {
  // Excel: 00-29 are 2000-2029, 30-99 are 1930-1999.
  // python3 -c 'import calendar; print(calendar.timegm((2029, 12, 31, 0, 0, 0)))'
  // python3 -c 'import calendar; print(calendar.timegm((1930, 1, 1, 0, 0, 0)))'
  expect_reads({{"12/31/29", date_only(1893369600)}, {"1/1/30", date_only(-1262304000)}});
}

TEST(DateCellTest, reads_german_dotted_dates_day_first_always) {
  for (const DayOrder order : {DayOrder::month_first, DayOrder::day_first, DayOrder::unknown}) {
    expect_reads({{"11.06.2024", date_only(kJun11)},
                  {"11.6.2024 14:03", wall_clock(kJun11At1403Utc)},
                  {"11.06.24", date_only(kJun11)}},
                 {.day_order = order});
  }
}

TEST(DateCellTest, reads_japanese_kanji_dates) {
  expect_reads({
      {"2024年6月11日", date_only(kJun11)},
      {"2024年06月11日 14時03分", wall_clock(kJun11At1403Utc)},
      {"2024年6月11日 14:03", wall_clock(kJun11At1403Utc)},
      {"2024年6月11日14時3分59秒", wall_clock(kJun11At140359Utc)},
      {"2024年6月11日(火)", date_only(kJun11)},  // weekday in brackets
      {"2024年6月11日(火) 14:03", wall_clock(kJun11At1403Utc)},
      {"2024年6月11日 午後2時3分", wall_clock(kJun11At1403Utc)},
  });
}

TEST(DateCellTest, reads_english_month_names) {
  expect_reads({
      {"Jun 11, 2024", date_only(kJun11)},
      {"June 11, 2024", date_only(kJun11)},
      {"june 11 2024", date_only(kJun11)},
      {"June 11, 2024 2:03 PM", wall_clock(kJun11At1403Utc)},
      {"June 11th, 2024 at 2:03 PM", wall_clock(kJun11At1403Utc)},
      {"Tuesday, June 11, 2024", date_only(kJun11)},
      {"11 Jun 2024", date_only(kJun11)},
      {"11 June 2024 14:03", wall_clock(kJun11At1403Utc)},
      {"11-Jun-2024", date_only(kJun11)},
      {"11-Jun-24", date_only(kJun11)},                    // Excel's d-mmm-yy
      {"11/Jun/24 2:03 PM", wall_clock(kJun11At1403Utc)},  // Jira's dd/MMM/yy h:mm a
  });
  EXPECT_FALSE(cxs::read_date_cell("11/Jun-24", {}));  // the separators must agree
}

TEST(DateCellTest, reads_rfc_2822_mail_dates_with_comments_and_obsolete_zones) {
  expect_reads({
      {"Tue, 11 Jun 2024 14:03:00 +0900", zoned(kJun11At1403Jst)},
      {"Tue, 11 Jun 2024 14:03:00 +0900 (JST)", zoned(kJun11At1403Jst)},
      {"11 Jun 2024 14:03:00 +0900 (Japan Standard Time)", zoned(kJun11At1403Jst)},
      {"Tue, 11 Jun 2024 14:03:00 JST", zoned(kJun11At1403Jst)},
      {"Tue, 11 Jun 2024 14:03:00 GMT", zoned(kJun11At1403Utc)},
      {"Tue, 11 Jun 2024 14:03:00 UT", zoned(kJun11At1403Utc)},
      {"Tue, 11 Jun 2024 14:03:00 EST", zoned(kJun11At1403Minus5)},
      {"Tue, 11 Jun 2024 14:03:00 PDT", zoned(kJun11At1403Pdt)},
      {"Tue, 11 Jun 2024 14:03 -0500", zoned(kJun11At1403Minus5)},
      // JavaScript's Date.prototype.toString
      {"Tue Jun 11 2024 14:03:00 GMT+0900 (Japan Standard Time)", zoned(kJun11At1403Jst)},
      {"2024-06-11 14:03 UTC+9", zoned(kJun11At1403Jst)},
  });
}

TEST(DateCellTest, reads_unix_seconds_and_milliseconds_only_when_numbers_are_allowed) {
  // date -u -d '@1718114580' +%FT%TZ prints 2024-06-11T14:03:00Z
  expect_reads({{"1718114580", zoned(kJun11At1403Utc)}, {"1718114580999", zoned(kJun11At1403Utc)}},
               {.allow_numeric = true});
  expect_unreadable({"1718114580", "1718114580999", "45454"});
  expect_unreadable({"171811458", "17181145800", "-1718114580", "1718114580.5", "12345"},
                    {.allow_numeric = true});
}

TEST(DateCellTest, reads_excel_serials_only_when_numbers_are_allowed) {
  // python3 -c 'import datetime as d; print(d.date(1899, 12, 30) + d.timedelta(45454))' prints
  // 2024-06-11: past serial 60, Excel's count is the days since 1899-12-30.
  const DateOptions numbers{.allow_numeric = true};
  expect_reads({{"45454", date_only(kJun11)},
                {"45454.5", wall_clock(kJun11At1200Utc)},
                {"45454.5858", wall_clock(kJun11At140333Utc)},  // 0.5858 d = 50613.12 s
                {"45454.585416666667", wall_clock(kJun11At1403Utc)}},
               numbers);
  expect_reads({{"45454.5", wall_clock(kJun11At1200Jst)}},
               {.allow_numeric = true, .default_utc_offset_minutes = 9 * 60});
  expect_unreadable({"19999", "80001", "45454.", ".5", "4545.4", "45454.5.5"}, numbers);
}

TEST(DateCellTest, reads_full_width_digits_and_ideographic_spaces) {
  expect_reads({
      {"２０２４年６月１１日", date_only(kJun11)},
      {"２０２４／０６／１１\u3000１４：０３", wall_clock(kJun11At1403Utc)},
      {"\u30002024-06-11\u3000", date_only(kJun11)},
      {"２０２４－０６－１１Ｔ１４：０３：００Ｚ", zoned(kJun11At1403Utc)},
      {"\xC2\xA0"
       "2024-06-11 14:03\t",
       wall_clock(kJun11At1403Utc)},  // no-break space, tab
  });
}

TEST(DateCellTest, applies_the_default_offset_only_to_times_without_a_zone) {
  const DateOptions jst{.default_utc_offset_minutes = 9 * 60};
  expect_reads({{"2024-06-11 14:03", wall_clock(kJun11At1403Jst)},
                {"2024年6月11日 14時03分", wall_clock(kJun11At1403Jst)},
                {"2024-06-11T14:03:00Z", zoned(kJun11At1403Utc)},
                {"2024-06-11 14:03:00 -0500", zoned(kJun11At1403Minus5)},
                {"2024-06-11", date_only(kJun11)}},  // a date stays the date written
               jst);
  expect_reads({{"1718114580", zoned(kJun11At1403Utc)}},
               {.allow_numeric = true, .default_utc_offset_minutes = 9 * 60});
}

TEST(DateCellTest, leap_days_and_leap_seconds_follow_the_calendar) {
  // python3 -c 'import calendar; print(calendar.timegm((2024, 2, 29, 0, 0, 0)))'
  // python3 -c 'import calendar; print(calendar.timegm((2000, 2, 29, 0, 0, 0)))'
  // python3 -c 'import calendar; print(calendar.timegm((2016, 12, 31, 23, 59, 60)))'
  expect_reads({{"2024-02-29", date_only(1709164800)},
                {"2000-02-29", date_only(951782400)},
                {"2016-12-31T23:59:60Z", zoned(1483228800)}});
  expect_unreadable({"2023-02-29", "1900-02-29", "2100-02-29"});
}

TEST(DateCellTest, dates_before_1970_are_negative) {
  // python3 -c 'import calendar; print(calendar.timegm((1969, 12, 31, 23, 59, 59)))'
  // date -u -d '1900-01-01' +%s
  expect_reads({{"1969-12-31T23:59:59Z", zoned(-1)}, {"1900-01-01", date_only(-2208988800)}});
}

TEST(DateCellTest, rejects_impossible_dates_and_times) {
  expect_unreadable({
      "2024-02-30",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "2024-06-00",
      "2024-06-11 25:00",
      "2024-06-11 24:00",
      "2024-06-11 14:60",
      "2024-06-11 14:03:61",
      "6/11/2024 13:03 PM",
      "6/11/2024 0:03 AM",
      "32/01/2024",
      "2024年2月30日",
      "2024-06-11T14:03+2400",
      "31.02.2024",
  });
  expect_unreadable({"13/01/2024", "12/32/2024"}, {.day_order = DayOrder::month_first});
}

TEST(DateCellTest, blank_and_unreadable_cells_are_nullopt) {
  expect_unreadable({
      "",
      "   ",
      "\u3000",
      "hello",
      "N/A",
      "2024",
      "2024-06",
      "6/11",
      "20240611",
      "2024-06-11T",
      "2024-06-11 14",
      "2024-06-11 14:3",
      "2024-06-11 14:03 XYZ",
      "2024-06-11 (unclosed",
      "Jun 2024",
      "Foo 11, 2024",
      "2024/06-11",
      "024-06-11",
      "2024-06-11 14:03 ZZ",
      "03-1234-5678",
  });
}

TEST(DateCellTest, overlong_cells_are_not_dates) {
  const std::string padded = std::string(200, ' ') + "2024-06-11" + std::string(200, ' ');
  expect_reads({{padded, date_only(kJun11)}});
  expect_unreadable({"2024-06-11 14:03:00 +0900 (" + std::string(200, 'x') + ")"});
}

TEST(DayOrderTest, a_us_sample_is_month_first) {
  const std::array<std::string_view, 4> sample = {"6/11/2024", "6/13/2024 2:03 PM", "", "7/4/2024"};
  EXPECT_EQ(cxs::decide_day_order(sample), DayOrder::month_first);
}

TEST(DayOrderTest, a_european_sample_is_day_first) {
  const std::array<std::string_view, 3> sample = {"11/06/2024 14:03", "25/12/2024", "01/02/2024"};
  EXPECT_EQ(cxs::decide_day_order(sample), DayOrder::day_first);
}

TEST(DayOrderTest, an_ambiguous_sample_is_unknown) {
  const std::array<std::string_view, 4> sample = {"6/11/2024", "1/2/2024", "12/12/2024",
                                                  "2024-06-13"};
  EXPECT_EQ(cxs::decide_day_order(sample), DayOrder::unknown);
}

TEST(DayOrderTest, a_conflicting_sample_is_unknown) {
  const std::array<std::string_view, 2> sample = {"13/06/2024", "6/13/2024"};
  EXPECT_EQ(cxs::decide_day_order(sample), DayOrder::unknown);
}

TEST(DayOrderTest, dotted_iso_and_unreadable_cells_are_no_evidence) {
  const std::array<std::string_view, 4> sample = {"13.06.2024", "2024-06-13", "32/13/2024",
                                                  "hello 13"};
  EXPECT_EQ(cxs::decide_day_order(sample), DayOrder::unknown);
  EXPECT_EQ(cxs::decide_day_order({}), DayOrder::unknown);
}

TEST(DateShareTest, counts_dates_among_non_blank_cells) {
  const std::array<std::string_view, 6> sample = {"2024-06-11", "",          "  ",
                                                  "hello",      "6/11/2024", "\u3000"};
  EXPECT_DOUBLE_EQ(cxs::date_share(sample, {}), 2.0 / 3.0);
  const std::array<std::string_view, 2> blank = {"", " "};
  EXPECT_DOUBLE_EQ(cxs::date_share(blank, {}), 0.0);
  const std::array<std::string_view, 2> serials = {"45454", "45455"};
  EXPECT_DOUBLE_EQ(cxs::date_share(serials, {}), 0.0);
  EXPECT_DOUBLE_EQ(cxs::date_share(serials, {.allow_numeric = true}), 1.0);
}

TEST(IsoFormatTest, writes_utc_dates_and_date_times) {
  EXPECT_EQ(cxs::to_iso_date(kJun11At1403Utc), "2024-06-11");
  EXPECT_EQ(cxs::to_iso_datetime(kJun11At1403Utc), "2024-06-11T14:03:00Z");
  EXPECT_EQ(cxs::to_iso_datetime(kJun1At090507Utc), "2024-06-01T09:05:07Z");
  EXPECT_EQ(cxs::to_iso_datetime(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(cxs::to_iso_date(-1), "1969-12-31");  // floors, not truncates, before 1970
  EXPECT_EQ(cxs::to_iso_datetime(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(cxs::to_iso_datetime(-2208988800), "1900-01-01T00:00:00Z");
}

TEST(CivilDaysTest, round_trips_every_day_from_1900_to_2100) {
  // The property that pins days_from_civil to its inverse, and both to the calendar: walking
  // the calendar day by day, each date is exactly one day after the previous one.
  std::int64_t expected_days = cxs::days_from_civil(1900, 1, 1);
  EXPECT_EQ(expected_days, -25567);  // date -u -d '1900-01-01' +%s is -2208988800 = -25567 days
  int checked = 0;
  for (int y = 1900; y <= 2100; ++y) {
    for (unsigned m = 1; m <= 12; ++m) {
      const unsigned length = m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28)
                              : (m == 4 || m == 6 || m == 9 || m == 11) ? 30
                                                                        : 31;
      for (unsigned d = 1; d <= length; ++d) {
        const std::int64_t days = cxs::days_from_civil(y, m, d);
        ASSERT_EQ(days, expected_days) << y << '-' << m << '-' << d;
        std::string want = std::to_string(y) + '-' + (m < 10 ? "0" : "") + std::to_string(m) + '-' +
                           (d < 10 ? "0" : "") + std::to_string(d);
        ASSERT_EQ(cxs::to_iso_date(days * 86400), want);
        ASSERT_EQ(cxs::to_iso_date(days * 86400 + 86399), want);
        ++expected_days;
        ++checked;
      }
    }
  }
  // python3 -c 'import datetime as d; print((d.date(2101, 1, 1) - d.date(1900, 1, 1)).days)'
  EXPECT_EQ(checked, 73414);
  EXPECT_EQ(cxs::days_from_civil(1970, 1, 1), 0);
}

TEST(ExcelSerialTest, keeps_the_1900_leap_year_bug) {
  // date -u -d '1900-01-01' +%s → -2208988800; '1900-02-28' → -2203977600;
  // '1900-03-01' → -2203891200; '1970-01-01' → 0.
  EXPECT_EQ(cxs::days_from_excel_serial(1).value() * 86400, -2208988800);
  EXPECT_EQ(cxs::days_from_excel_serial(59).value() * 86400, -2203977600);
  EXPECT_FALSE(cxs::days_from_excel_serial(60).has_value());  // the 1900-02-29 that never was
  EXPECT_EQ(cxs::days_from_excel_serial(61).value() * 86400, -2203891200);
  EXPECT_EQ(cxs::days_from_excel_serial(25569).value(), 0);
  EXPECT_EQ(cxs::to_iso_date(cxs::days_from_excel_serial(45454).value() * 86400), "2024-06-11");
  EXPECT_FALSE(cxs::days_from_excel_serial(0).has_value());
  EXPECT_FALSE(cxs::days_from_excel_serial(-1).has_value());
  EXPECT_FALSE(cxs::days_from_excel_serial(2958466).has_value());  // after 9999-12-31
}

// Month indices count year × 12 + month − 1; the unix times come from
// date -u -d '2024-01-31 23:59:59' +%s → 1706745599, '2024-02-01' → 1706745600,
// '2024-03-01' → 1709251200, '1969-12-01' → -2678400.
TEST(MonthIndexTest, cuts_months_at_utc_midnight_on_the_first) {
  EXPECT_EQ(cxs::month_index(1706745599), 2024 * 12 + 0);
  EXPECT_EQ(cxs::month_index(1706745600), 2024 * 12 + 1);
  EXPECT_EQ(cxs::month_index(1709251200), 2024 * 12 + 2);
  EXPECT_EQ(cxs::month_index(0), 1970 * 12 + 0);
  EXPECT_EQ(cxs::month_index(-1), 1969 * 12 + 11);  // before the epoch rounds down, not to zero
  EXPECT_EQ(cxs::month_start_unix_seconds(2024 * 12 + 1), 1706745600);
  EXPECT_EQ(cxs::month_start_unix_seconds(2024 * 12 + 2), 1709251200);
  EXPECT_EQ(cxs::month_start_unix_seconds(1969 * 12 + 11), -2678400);
  EXPECT_EQ(cxs::month_start_unix_seconds(1970 * 12 + 0), 0);
}

}  // namespace

// "…T…Z" cells take a direct path (read_iso_utc); the general reader must agree on every one.
// "+00:00" sends the same instant through the general reader, under both day orders.
TEST(DateCellTest, the_direct_iso_utc_path_agrees_with_the_general_reader) {
  int checked = 0;
  for (const DayOrder order : {DayOrder::month_first, DayOrder::day_first}) {
    for (int year : {1970, 1999, 2000, 2024, 2025, 2100}) {
      for (int month = 1; month <= 12; ++month) {
        for (int day : {1, 9, 28, 29, 30, 31}) {
          for (const char* time : {"00:00:00", "09:05:07", "16:29:13", "23:59:59"}) {
            char z[32], offset[32];
            std::snprintf(z, sizeof z, "%04d-%02d-%02dT%sZ", year, month, day, time);
            std::snprintf(offset, sizeof offset, "%04d-%02d-%02dT%s+00:00", year, month, day, time);
            const DateOptions options{.day_order = order};
            EXPECT_EQ(cxs::read_date_cell(z, options), cxs::read_date_cell(offset, options)) << z;
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_EQ(checked, 2 * 6 * 12 * 6 * 4);
  // Out of range: not a date either way.
  EXPECT_FALSE(cxs::read_date_cell("2025-02-30T10:00:00Z", {}));
  EXPECT_FALSE(cxs::read_date_cell("2025-13-01T10:00:00Z", {}));
}

namespace {

// Year 0 and 9999 are placeholders (9999-12-31: "no end"), not times of customer events.
TEST(DateCellTest, dates_outside_1900_to_2199_are_not_event_times) {
  EXPECT_FALSE(cxs::read_date_cell("0000-01-01 10:00:00", {}));
  EXPECT_FALSE(cxs::read_date_cell("9999-12-31 23:59:59", {}));
  EXPECT_FALSE(cxs::read_date_cell("1899-12-31", {}));
  EXPECT_FALSE(cxs::read_date_cell("2200-01-01T00:00:00Z", {}));
  EXPECT_TRUE(cxs::read_date_cell("1900-01-01", {}));
  EXPECT_TRUE(cxs::read_date_cell("2199-12-31T23:59:59Z", {}));
}

}  // namespace
