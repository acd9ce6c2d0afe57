// Billing intervals: cells as billing tools write them, and monthly amounts counted by hand.
#include "cxs/billing_interval.hpp"

#include <gtest/gtest.h>

namespace {

using cxs::BillingInterval;

TEST(BillingIntervalTest, reads_stripe_intervals_and_common_adjectives) {
  EXPECT_EQ(cxs::read_billing_interval("month"), BillingInterval::month);
  EXPECT_EQ(cxs::read_billing_interval(" Year "), BillingInterval::year);
  EXPECT_EQ(cxs::read_billing_interval("annual"), BillingInterval::year);
  EXPECT_EQ(cxs::read_billing_interval("weekly"), BillingInterval::week);
  EXPECT_EQ(cxs::read_billing_interval("day"), BillingInterval::day);
  EXPECT_FALSE(cxs::read_billing_interval(""));
  EXPECT_FALSE(cxs::read_billing_interval("12"));
  EXPECT_FALSE(cxs::read_billing_interval("month-ish"));
}

// Hand counts: 1188 a year is 1188 / 12 = 99 a month; 10 a week is 10 × 52 / 12 = 43.333...;
// 1 a day is 365 / 12 = 30.4166...; 297 every 3 months is 99; 49 a month stays 49, and so
// does 49 with no interval known. Exact in binary where the division is exact.
TEST(BillingIntervalTest, monthly_amounts_match_hand_counts) {
  EXPECT_EQ(cxs::monthly_amount(1188, BillingInterval::year), 99.0);
  EXPECT_NEAR(cxs::monthly_amount(10, BillingInterval::week), 43.3333333333, 1e-9);
  EXPECT_NEAR(cxs::monthly_amount(1, BillingInterval::day), 30.4166666667, 1e-9);
  EXPECT_EQ(cxs::monthly_amount(297, BillingInterval::month, 3), 99.0);
  EXPECT_EQ(cxs::monthly_amount(2400, BillingInterval::year, 2), 100.0);
  EXPECT_EQ(cxs::monthly_amount(49, BillingInterval::month), 49.0);
  EXPECT_EQ(cxs::monthly_amount(49, BillingInterval::unknown), 49.0);
  EXPECT_EQ(cxs::monthly_amount(49, BillingInterval::month, 0), 49.0);  // a bad count is 1
}

}  // namespace
