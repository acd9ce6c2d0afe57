// Repeat histories against the CDNOW summaries published with the lifetimes package and the
// sums of BTYD's cdnowSummary (tests/data/cdnow/README.md), plus hand-built edge cases.
#include "cxs/repeat_history.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "support/cdnow.hpp"

namespace {

struct SummaryRow {
  std::uint32_t id, x;
  double t_x, T, zbar;
};

// cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar (t_x, T, zbar to 2 dp).
std::vector<SummaryRow> published_summary() {
  std::ifstream in(cxs::test::cdnow_path("cdnow_customers_summary_with_transactions.csv"));
  std::string line;
  std::getline(in, line);  // header
  std::vector<SummaryRow> rows;
  while (std::getline(in, line)) {
    for (char& ch : line)
      if (ch == ',') ch = ' ';
    std::istringstream fields(line);
    SummaryRow row{};
    if (fields >> row.id >> row.x >> row.t_x >> row.T >> row.zbar) rows.push_back(row);
  }
  return rows;
}

// cdnow_customers_summary.csv: ID,frequency,recency,T, the same x, t_x, T in another file.
std::vector<SummaryRow> published_summary_without_values() {
  std::ifstream in(cxs::test::cdnow_path("cdnow_customers_summary.csv"));
  std::string line;
  std::getline(in, line);
  std::vector<SummaryRow> rows;
  while (std::getline(in, line)) {
    for (char& ch : line)
      if (ch == ',') ch = ' ';
    std::istringstream fields(line);
    SummaryRow row{};
    if (fields >> row.id >> row.x >> row.t_x >> row.T) rows.push_back(row);
  }
  return rows;
}

TEST(RepeatHistoryTest, reproduces_both_published_cdnow_summaries) {
  const auto built = cxs::test::cdnow_histories();
  for (const auto& published : {published_summary(), published_summary_without_values()}) {
    ASSERT_EQ(published.size(), 2357u);
    ASSERT_EQ(built.customers.size(), 2357u);
    for (std::size_t i = 0; i < published.size(); ++i) {
      const auto& got = built.customers[i];
      const auto& want = published[i];
      ASSERT_EQ(got.customer, want.id);
      EXPECT_EQ(got.x, want.x) << want.id;
      // Printed to 2 decimals: the rounded value must be the printed one.
      EXPECT_NEAR(std::round(got.t_x * 100) / 100, want.t_x, 1e-9) << want.id;
      EXPECT_NEAR(std::round(got.T * 100) / 100, want.T, 1e-9) << want.id;
    }
  }
  const auto with_values = published_summary();
  for (std::size_t i = 0; i < with_values.size(); ++i)
    EXPECT_NEAR(built.customers[i].mean_repeat_value, with_values[i].zbar, 0.005 + 1e-9)
        << with_values[i].id;
}

// BTYD cdnowSummary: sum of x = 2,457 in the calibration period, 1,882 in the holdout; the
// README counts 6,919 rows on 6,696 distinct (customer, day) pairs, so 223 rows merge.
TEST(RepeatHistoryTest, cdnow_sums_match_btyd) {
  const auto built = cxs::test::cdnow_histories();
  std::uint64_t calibration = 0, holdout = 0, repeaters = 0;
  for (const auto& c : built.customers) {
    calibration += c.x;
    holdout += c.holdout_x;
    repeaters += c.x > 0 ? 1 : 0;
  }
  EXPECT_EQ(calibration, 2457u);
  EXPECT_EQ(holdout, 1882u);
  EXPECT_EQ(repeaters, 946u);
  EXPECT_EQ(built.same_day_merged, 6919u - 6696u);
  EXPECT_EQ(built.first_purchase_after_calibration, 0u);
  EXPECT_EQ(built.after_holdout, 0u);
  EXPECT_DOUBLE_EQ(built.holdout_weeks, 273.0 / 7);  // 1997-10-01 .. 1998-06-30 is 273 days
}

TEST(RepeatHistoryTest, order_of_transactions_does_not_matter) {
  auto transactions = cxs::test::cdnow_transactions();
  const auto in_order = cxs::build_repeat_histories(transactions, cxs::test::cdnow_periods());
  std::reverse(transactions.begin(), transactions.end());
  const auto reversed = cxs::build_repeat_histories(transactions, cxs::test::cdnow_periods());
  ASSERT_TRUE(in_order && reversed);
  ASSERT_EQ(in_order.value().customers.size(), reversed.value().customers.size());
  for (std::size_t i = 0; i < in_order.value().customers.size(); ++i) {
    EXPECT_EQ(in_order.value().customers[i].x, reversed.value().customers[i].x);
    EXPECT_EQ(in_order.value().customers[i].t_x, reversed.value().customers[i].t_x);
    EXPECT_EQ(in_order.value().customers[i].holdout_x, reversed.value().customers[i].holdout_x);
  }
}

// Hand-built: customer 7 buys on days 0, 0 (merged: 10 + 5), 14 (value 20) and 21 (value 0),
// then on day 30 (holdout); customer 9 first buys on day 40, after the calibration end 28.
// x = 2 (days 14, 21), t_x = 21/7 = 3, T = 28/7 = 4, zbar = (20 + 0)/2 = 10, holdout_x = 1.
TEST(RepeatHistoryTest, merges_days_and_counts_late_customers) {
  const std::vector<cxs::Transaction> log = {{7, 21, 0}, {7, 0, 10}, {9, 40, 3}, {7, 14, 20},
                                             {7, 0, 5},  {7, 30, 8}, {7, 99, 1}};
  const auto got = cxs::build_repeat_histories(log, {.calibration_end = 28, .holdout_end = 35});
  ASSERT_TRUE(got);
  ASSERT_EQ(got.value().customers.size(), 1u);
  const auto& c = got.value().customers[0];
  EXPECT_EQ(c.customer, 7u);
  EXPECT_EQ(c.x, 2u);
  EXPECT_DOUBLE_EQ(c.t_x, 3);
  EXPECT_DOUBLE_EQ(c.T, 4);
  EXPECT_DOUBLE_EQ(c.mean_repeat_value, 10);
  EXPECT_EQ(c.holdout_x, 1u);
  EXPECT_EQ(got.value().first_purchase_after_calibration, 1u);
  EXPECT_EQ(got.value().same_day_merged, 1u);
  EXPECT_EQ(got.value().after_holdout, 1u);
  EXPECT_DOUBLE_EQ(got.value().holdout_weeks, 1);
}

// Grouping loses no customer and merges only equal (x, t_x, T).
TEST(RepeatHistoryTest, groups_count_every_customer_once) {
  const std::vector<cxs::RepeatHistory> customers = {{.customer = 1, .x = 0, .T = 5},
                                                     {.customer = 2, .x = 2, .t_x = 3, .T = 5},
                                                     {.customer = 3, .x = 0, .T = 5},
                                                     {.customer = 4, .x = 0, .T = 6}};
  const auto groups = cxs::group_by_recency_frequency(customers);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].count, 2);  // x = 0, T = 5: customers 1 and 3
  EXPECT_EQ(groups[0].history.T, 5);
  EXPECT_EQ(groups[1].count, 1);  // x = 0, T = 6
  EXPECT_EQ(groups[2].count, 1);  // x = 2
  double total = 0;
  for (const auto& g : cxs::group_by_recency_frequency(cxs::test::cdnow_histories().customers))
    total += g.count;
  EXPECT_EQ(total, 2357);
}

TEST(RepeatHistoryTest, non_finite_amounts_are_left_out_and_counted) {
  const std::vector<cxs::Transaction> log = {
      {1, 0, 10}, {1, 7, std::nan("")}, {1, 14, 6}, {1, 21, INFINITY}};
  const auto got = cxs::build_repeat_histories(log, {.calibration_end = 28});
  ASSERT_TRUE(got);
  EXPECT_EQ(got.value().non_finite_amount, 2u);
  EXPECT_EQ(got.value().customers[0].x, 1u);  // day 14 only
  EXPECT_DOUBLE_EQ(got.value().customers[0].mean_repeat_value, 6);
}

TEST(RepeatHistoryTest, no_transactions_is_too_few_rows) {
  const auto got = cxs::build_repeat_histories({}, {.calibration_end = 0});
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::too_few_rows);
}

}  // namespace
