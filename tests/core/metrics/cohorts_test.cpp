// Cohort retention and revenue retention on a small activity list counted by hand.
#include "cxs/cohorts.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using cxs::MonthlyActivity;

constexpr std::int64_t kJan = 2024 * 12 + 0;
constexpr std::int64_t kFeb = kJan + 1;
constexpr std::int64_t kMar = kJan + 2;
constexpr std::int64_t kApr = kJan + 3;

// Customers (month: revenue):
//   0: Jan 100, Feb 50, Apr 30        3: Feb 40 + Feb 10 (two orders), Mar 25
//   1: Jan 200, Mar 100               4: Feb 60, Apr 60
//   2: Jan 100                        5: Mar 10, Apr 30
// Rows are shuffled on purpose: the cohort is the first month, not the first row.
std::vector<MonthlyActivity> hand_counted_activity() {
  return {{3, kMar, 25}, {0, kApr, 30},  {1, kJan, 200}, {4, kFeb, 60},  {0, kJan, 100},
          {5, kApr, 30}, {2, kJan, 100}, {3, kFeb, 40},  {1, kMar, 100}, {0, kFeb, 50},
          {4, kApr, 60}, {3, kFeb, 10},  {5, kMar, 10}};
}

// Wilson 95% limits from R: prop.test(x, n, correct = FALSE)$conf.int, printed to 6 decimals:
// 1/3 → 0.061492 0.792340; 3/3 → 0.438503 1; 1/2 → 0.094531 0.905469; 2/2 → 0.342380 1.
constexpr double kTol = 5e-7;

TEST(CohortsTest, counts_each_cohort_and_age_by_hand) {
  const auto got = cxs::cohort_retention(hand_counted_activity()).value();
  EXPECT_EQ(got.first_month, kJan);
  EXPECT_EQ(got.last_month, kApr);
  ASSERT_EQ(got.cohorts.size(), 3u);

  // Jan cohort {0, 1, 2}: ages 0..3 active 3, 1 (0 in Feb), 1 (1 in Mar), 1 (0 in Apr);
  // revenue 400, 50, 100, 30 → revenue retention 1, 0.125, 0.25, 0.075.
  const cxs::Cohort& jan = got.cohorts[0];
  EXPECT_EQ(jan.month, kJan);
  EXPECT_EQ(jan.size, 3u);
  EXPECT_DOUBLE_EQ(jan.first_month_revenue, 400);
  ASSERT_EQ(jan.cells.size(), 4u);
  const std::uint64_t jan_active[] = {3, 1, 1, 1};
  const double jan_revenue[] = {400, 50, 100, 30};
  const double jan_revenue_retention[] = {1, 0.125, 0.25, 0.075};
  for (std::size_t age = 0; age < 4; ++age) {
    const cxs::CohortCell& cell = jan.cells[age];
    EXPECT_EQ(cell.age, static_cast<std::int64_t>(age));
    EXPECT_EQ(cell.active, jan_active[age]) << age;
    EXPECT_EQ(cell.retention.n, 3u);
    EXPECT_DOUBLE_EQ(cell.retention.value, static_cast<double>(jan_active[age]) / 3) << age;
    EXPECT_DOUBLE_EQ(cell.revenue, jan_revenue[age]) << age;
    ASSERT_TRUE(cell.revenue_retention.has_value());
    EXPECT_DOUBLE_EQ(*cell.revenue_retention, jan_revenue_retention[age]) << age;
  }
  EXPECT_NEAR(jan.cells[0].retention.ci95[0], 0.438503, kTol);
  EXPECT_NEAR(jan.cells[0].retention.ci95[1], 1.0, kTol);
  EXPECT_NEAR(jan.cells[1].retention.ci95[0], 0.061492, kTol);
  EXPECT_NEAR(jan.cells[1].retention.ci95[1], 0.792340, kTol);
  EXPECT_EQ(jan.cells[1].retention.method, cxs::Method::wilson);

  // Feb cohort {3, 4}: Feb active 2 with revenue 40 + 10 + 60 = 110; Mar 1 (3) with 25;
  // Apr 1 (4) with 60.
  const cxs::Cohort& feb = got.cohorts[1];
  EXPECT_EQ(feb.month, kFeb);
  EXPECT_EQ(feb.size, 2u);
  ASSERT_EQ(feb.cells.size(), 3u);
  EXPECT_EQ(feb.cells[0].active, 2u);
  EXPECT_DOUBLE_EQ(feb.cells[0].revenue, 110);
  EXPECT_EQ(feb.cells[1].active, 1u);
  EXPECT_DOUBLE_EQ(*feb.cells[1].revenue_retention, 25.0 / 110);
  EXPECT_EQ(feb.cells[2].active, 1u);
  EXPECT_DOUBLE_EQ(*feb.cells[2].revenue_retention, 60.0 / 110);
  EXPECT_NEAR(feb.cells[2].retention.ci95[0], 0.094531, kTol);
  EXPECT_NEAR(feb.cells[2].retention.ci95[1], 0.905469, kTol);
  EXPECT_NEAR(feb.cells[0].retention.ci95[0], 0.342380, kTol);

  // Mar cohort {5}: revenue 10 then 30, so revenue retention 3 (expansion beyond 100%).
  const cxs::Cohort& mar = got.cohorts[2];
  EXPECT_EQ(mar.size, 1u);
  ASSERT_EQ(mar.cells.size(), 2u);
  EXPECT_DOUBLE_EQ(*mar.cells[1].revenue_retention, 3.0);
}

TEST(CohortsTest, last_month_cuts_the_matrix_and_ignores_later_activity) {
  const auto got = cxs::cohort_retention(hand_counted_activity(), kMar).value();
  EXPECT_EQ(got.last_month, kMar);
  ASSERT_EQ(got.cohorts.size(), 3u);
  EXPECT_EQ(got.cohorts[0].cells.size(), 3u);  // Jan, Feb, Mar
  EXPECT_EQ(got.cohorts[1].size, 2u);          // customer 4's April is ignored, Feb still counts
  EXPECT_EQ(got.cohorts[2].cells.size(), 1u);
}

TEST(CohortsTest, no_first_month_revenue_leaves_revenue_retention_empty_not_nan) {
  const std::vector<MonthlyActivity> activity = {{0, kJan, 0}, {0, kFeb, 20}};
  const auto got = cxs::cohort_retention(activity).value();
  ASSERT_EQ(got.cohorts.size(), 1u);
  for (const auto& cell : got.cohorts[0].cells) EXPECT_FALSE(cell.revenue_retention.has_value());
  EXPECT_EQ(got.cohorts[0].cells[1].active, 1u);
}

TEST(CohortsTest, empty_or_non_finite_input_is_an_error) {
  EXPECT_EQ(cxs::cohort_retention({}).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<MonthlyActivity> bad = {{0, kJan, std::nan("")}};
  EXPECT_EQ(cxs::cohort_retention(bad).error().code, cxs::ErrorCode::invalid_input);
  const std::vector<MonthlyActivity> late = {{0, kApr, 1}};
  EXPECT_EQ(cxs::cohort_retention(late, kMar).error().code, cxs::ErrorCode::too_few_rows);
}

}  // namespace
