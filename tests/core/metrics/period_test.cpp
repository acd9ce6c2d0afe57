// Period keys against GNU date's ISO 8601 week numbering (`date -u -d @SECONDS +%G-W%V`).
#include "cxs/period.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace {

using cxs::Period;

// Keys from GNU coreutils date 9.1, `date -u -d @SECONDS '+%F %G-W%V'`:
//   1609372800 2020-12-31 2020-W53   1609632000 2021-01-03 2020-W53
//   1609718400 2021-01-04 2021-W01   1735516800 2024-12-30 2025-W01
//   1770854400 2026-02-12 2026-W07   1451606400 2016-01-01 2015-W53
//   1798761600 2027-01-01 2026-W53   1640908800 2021-12-31 2021-W52
//           -1 1969-12-31 1970-W01
TEST(PeriodTest, iso_week_matches_gnu_date_at_year_edges) {
  struct Case {
    std::int64_t seconds;
    const char* key;
  };
  for (const Case c :
       {Case{1609372800, "2020-W53"}, Case{1609632000, "2020-W53"}, Case{1609718400, "2021-W01"},
        Case{1735516800, "2025-W01"}, Case{1770854400, "2026-W07"}, Case{1451606400, "2015-W53"},
        Case{1798761600, "2026-W53"}, Case{1640908800, "2021-W52"}, Case{-1, "1970-W01"}}) {
    EXPECT_EQ(cxs::period_key(c.seconds, Period::week), c.key) << c.seconds;
  }
  // The last second of a Sunday is still that week: 2021-01-03T23:59:59Z.
  EXPECT_EQ(cxs::period_key(1609632000 + 86399, Period::week), "2020-W53");
}

// 2026-02-12 is in February, first quarter; 2026-03-31T23:59:59Z (1775001599, GNU date) is
// the last second of Q1, and 2026-04-01 (1775001600) the first of Q2.
TEST(PeriodTest, month_and_quarter_keys) {
  EXPECT_EQ(cxs::period_key(1770854400, Period::month), "2026-02");
  EXPECT_EQ(cxs::period_key(1770854400, Period::quarter), "2026-Q1");
  EXPECT_EQ(cxs::period_key(1775001599, Period::quarter), "2026-Q1");
  EXPECT_EQ(cxs::period_key(1775001600, Period::quarter), "2026-Q2");
  EXPECT_EQ(cxs::period_key(1775001600, Period::month), "2026-04");
  EXPECT_EQ(cxs::period_key(-1, Period::month), "1969-12");
}

// Starts from GNU date, `date -u -d DATE +%s`, and `+%G-W%V %u` confirming the Monday:
// 2020-12-28 1609113600 (2020-W53, 1), 2021-01-04 1609718400 (2021-W01, 1),
// 2026-02-09 1770595200 (2026-W07, 1), 1969-12-29 -259200 (1970-W01, 1),
// 2026-02-01 1769904000, 2026-04-01 1775001600.
TEST(PeriodTest, start_is_the_first_day_of_the_period) {
  EXPECT_EQ(cxs::period_start("2020-W53"), 1609113600);
  EXPECT_EQ(cxs::period_start("2021-W01"), 1609718400);
  EXPECT_EQ(cxs::period_start("2026-W07"), 1770595200);
  EXPECT_EQ(cxs::period_start("1970-W01"), -259200);
  EXPECT_EQ(cxs::period_start("2026-02"), 1769904000);
  EXPECT_EQ(cxs::period_start("2026-Q2"), 1775001600);
}

TEST(PeriodTest, start_rejects_what_is_not_a_key) {
  // 2021 has 52 ISO weeks: 2021-12-31 is 2021-W52 (GNU date above).
  for (const char* bad : {"2021-W53", "2021-W00", "2026-13", "2026-00", "2026-Q5", "2026-Q0",
                          "2026", "2026-2", "2026-W7", "26-02", "2026-02-01", "", "abcd-01"}) {
    EXPECT_FALSE(cxs::period_start(bad).has_value()) << bad;
  }
}

// Property: every day from 2015 through 2029 lies in the period its key names, and the period's
// start has the same key; so key and start are inverses on all those days.
TEST(PeriodTest, key_and_start_agree_on_every_day_2015_to_2029) {
  for (std::int64_t day = 16436; day < 21915; ++day) {  // 2015-01-01 .. 2029-12-31
    const std::int64_t noon = day * 86400 + 43200;
    for (const Period period : {Period::week, Period::month, Period::quarter}) {
      const std::string key = cxs::period_key(noon, period);
      const auto start = cxs::period_start(key);
      ASSERT_TRUE(start.has_value()) << key;
      EXPECT_LE(*start, noon) << key;
      EXPECT_EQ(cxs::period_key(*start, period), key);
      EXPECT_NE(cxs::period_key(*start - 1, period), key);
    }
  }
}

}  // namespace
