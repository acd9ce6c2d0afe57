// Subscription churn, MRR movements and order lapse on small lists counted by hand.
#include "cxs/churn.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using cxs::CustomerOrder;
using cxs::Subscription;

// date -u -d '<date>' +%s
constexpr std::int64_t kJan02 = 1704153600, kJan03 = 1704240000, kJan05 = 1704412800,
                       kJan10 = 1704844800, kJan20 = 1705708800, kJan25 = 1706140800,
                       kFeb01 = 1706745600, kFeb03 = 1706918400, kFeb10 = 1707523200,
                       kFeb20 = 1708387200, kMar01 = 1709251200, kMar05 = 1709596800,
                       kMar15 = 1710460800, kApr20 = 1713571200, kMay10 = 1715299200;
constexpr std::int64_t kJan = 2024 * 12 + 0;

// c0 open from Jan 10 at 100. c1 Jan 5 → Mar 1 00:00 at 50 (ends exactly on a month boundary).
// c2 Feb 3 → Feb 20 at 30 (starts and ends in one month). c3 upgrades: 40 from Jan 20, 70 from
// Mar 15. c4 downgrades: 80 from Jan 2, 60 from Feb 10, cancels Apr 20. c5 Jan 3 → Jan 25 at 20,
// back Mar 5 at 20 (reactivation). c6 from Feb 1 00:00, no amount. Index 3 ends before it starts.
std::vector<Subscription> hand_counted_subscriptions() {
  return {
      {.customer = 0, .start = kJan10, .end = {}, .monthly_amount = 100, .plan = "pro"},
      {.customer = 1, .start = kJan05, .end = kMar01, .monthly_amount = 50, .plan = "basic"},
      {.customer = 2, .start = kFeb03, .end = kFeb20, .monthly_amount = 30, .plan = "basic"},
      {.customer = 7, .start = kFeb10, .end = kFeb03, .monthly_amount = 10, .plan = "bad"},
      {.customer = 3, .start = kJan20, .end = kMar15, .monthly_amount = 40, .plan = "basic"},
      {.customer = 3, .start = kMar15, .end = {}, .monthly_amount = 70, .plan = "pro"},
      {.customer = 4, .start = kJan02, .end = kFeb10, .monthly_amount = 80, .plan = "pro"},
      {.customer = 4, .start = kFeb10, .end = kApr20, .monthly_amount = 60, .plan = "basic"},
      {.customer = 5, .start = kJan03, .end = kJan25, .monthly_amount = 20, .plan = "basic"},
      {.customer = 5, .start = kMar05, .end = {}, .monthly_amount = 20, .plan = "basic"},
      {.customer = 6, .start = kFeb01, .end = {}, .monthly_amount = {}, .plan = "free"},
  };
}

// Customers active (MRR) at the end of each month, by hand:
//   Dec: none.  Jan: c0 100, c1 50, c3 40, c4 80.  Feb: c0 100, c1 50, c3 40, c4 60, c6 0.
//   Mar: c0 100, c3 70, c4 60, c5 20, c6 0.  Apr: c0 100, c3 70, c5 20, c6 0.
// as_of May 10 makes April the last complete month.
TEST(ChurnTest, subscription_months_match_the_hand_count) {
  const auto got = cxs::subscription_churn(hand_counted_subscriptions(), kMay10).value();
  EXPECT_EQ(got.invalid_subscriptions, std::vector<std::size_t>{3});
  ASSERT_EQ(got.months.size(), 4u);
  const auto& jan = got.months[0];
  const auto& feb = got.months[1];
  const auto& mar = got.months[2];
  const auto& apr = got.months[3];
  EXPECT_EQ(jan.month, kJan);
  EXPECT_EQ(apr.month, kJan + 3);

  // Jan: nobody at the start; c0, c1, c3, c4, c5 new; c5 gone again by the end.
  EXPECT_EQ(jan.active_at_start, 0u);
  EXPECT_EQ(jan.new_customers, 5u);
  EXPECT_EQ(jan.started_and_ended, 1u);
  EXPECT_EQ(jan.churned, 0u);
  EXPECT_EQ(jan.reactivated, 0u);      // first subscriptions are new, not back
  EXPECT_DOUBLE_EQ(jan.new_mrr, 270);  // 100 + 50 + 40 + 80
  EXPECT_EQ(jan.churn_rate.n, 0u);
  EXPECT_EQ(jan.churn_rate.value, 0.0);
  EXPECT_EQ(jan.churn_rate.method, cxs::Method::none);
  EXPECT_FALSE(jan.net_revenue_retention.has_value());
  EXPECT_FALSE(jan.gross_revenue_retention.has_value());

  // Feb: base c0 c1 c3 c4 (MRR 270); c4 contracts 80 → 60; c2 comes and goes; c6 new at 00:00
  // on the 1st (not in the base). NRR = GRR = (270 − 20) / 270.
  EXPECT_EQ(feb.active_at_start, 4u);
  EXPECT_DOUBLE_EQ(feb.mrr_start, 270);
  EXPECT_EQ(feb.new_customers, 2u);
  EXPECT_EQ(feb.started_and_ended, 1u);
  EXPECT_EQ(feb.churned, 0u);
  EXPECT_EQ(feb.reactivated, 0u);
  EXPECT_DOUBLE_EQ(feb.contraction_mrr, 20);
  EXPECT_DOUBLE_EQ(feb.expansion_mrr, 0);
  EXPECT_DOUBLE_EQ(feb.new_mrr, 0);
  EXPECT_DOUBLE_EQ(*feb.net_revenue_retention, 250.0 / 270);
  EXPECT_DOUBLE_EQ(*feb.gross_revenue_retention, 250.0 / 270);
  // R: prop.test(0, 4, correct = FALSE)$conf.int → 0.000000 0.489891
  EXPECT_NEAR(feb.churn_rate.ci95[1], 0.489891, 5e-7);

  // Mar: base c0 c1 c3 c4 c6 (MRR 250); c1's Mar 1 00:00 end churns it here (50); c3 expands
  // by 30; c5 comes back (reactivated, new MRR 20). NRR (250 − 50 + 30) / 250 = 0.92, GRR 0.8.
  EXPECT_EQ(mar.active_at_start, 5u);
  EXPECT_DOUBLE_EQ(mar.mrr_start, 250);
  EXPECT_EQ(mar.churned, 1u);
  EXPECT_DOUBLE_EQ(mar.churned_mrr, 50);
  EXPECT_DOUBLE_EQ(mar.expansion_mrr, 30);
  EXPECT_EQ(mar.reactivated, 1u);
  EXPECT_EQ(mar.new_customers, 0u);
  EXPECT_DOUBLE_EQ(mar.new_mrr, 20);
  EXPECT_DOUBLE_EQ(*mar.net_revenue_retention, 0.92);
  EXPECT_DOUBLE_EQ(*mar.gross_revenue_retention, 0.8);
  EXPECT_DOUBLE_EQ(mar.churn_rate.value, 0.2);
  // R: prop.test(1, 5, correct = FALSE)$conf.int → 0.036224 0.624465
  EXPECT_NEAR(mar.churn_rate.ci95[0], 0.036224, 5e-7);
  EXPECT_NEAR(mar.churn_rate.ci95[1], 0.624465, 5e-7);

  // Apr: base c0 c3 c4 c5 c6 (MRR 250); c4 cancels (60). NRR = GRR = 190 / 250.
  EXPECT_EQ(apr.active_at_start, 5u);
  EXPECT_DOUBLE_EQ(apr.mrr_start, 250);
  EXPECT_EQ(apr.churned, 1u);
  EXPECT_EQ(apr.reactivated, 0u);
  EXPECT_EQ(apr.new_customers, 0u);
  EXPECT_DOUBLE_EQ(apr.churned_mrr, 60);
  EXPECT_DOUBLE_EQ(*apr.net_revenue_retention, 0.76);
  EXPECT_DOUBLE_EQ(*apr.gross_revenue_retention, 0.76);
}

TEST(ChurnTest, subscriptions_need_a_complete_month_and_finite_amounts) {
  EXPECT_EQ(cxs::subscription_churn({}, kMay10).error().code, cxs::ErrorCode::too_few_rows);
  // Starts in the as_of month: no complete month yet.
  const std::vector<Subscription> fresh = {{.customer = 0, .start = kJan10}};
  EXPECT_EQ(cxs::subscription_churn(fresh, kJan20).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<Subscription> bad = {
      {.customer = 0, .start = kJan10, .monthly_amount = std::nan("")}};
  EXPECT_EQ(cxs::subscription_churn(bad, kMay10).error().code, cxs::ErrorCode::invalid_input);
}

// Customer 0 orders Jan 2, Jan 3, Jan 5, Jan 25: gaps 1, 2, 20 days, median 2, threshold
// max(90, 6) = 90; as_of May 10 is 106 days after Jan 25 (date -u arithmetic: (1715299200 −
// 1706140800) / 86400 = 106) → lapsed. Customer 1 orders Jan 10 and Mar 1: one gap of 51 days
// → threshold 153; Mar 1 → May 10 is 70 days → not lapsed. Customer 2 orders once, Feb 10:
// 90 days before May 10 exactly → not lapsed (the rule is "more than"). Its order after as_of
// is ignored.
TEST(ChurnTest, order_lapse_follows_each_customers_own_rhythm) {
  const std::vector<CustomerOrder> orders = {{0, kJan25}, {0, kJan02},        {1, kJan10},
                                             {0, kJan05}, {2, kFeb10},        {1, kMar01},
                                             {0, kJan03}, {2, kMay10 + 86400}};
  const auto got = cxs::order_lapse(orders, kMay10).value();
  ASSERT_EQ(got.customers.size(), 3u);
  EXPECT_EQ(got.lapsed, 1u);
  const auto& c0 = got.customers[0];
  EXPECT_EQ(c0.orders, 4u);
  EXPECT_DOUBLE_EQ(*c0.median_gap_days, 2);
  EXPECT_DOUBLE_EQ(c0.threshold_days, 90);
  EXPECT_DOUBLE_EQ(c0.days_since_last_order, 106);
  EXPECT_TRUE(c0.lapsed);
  const auto& c1 = got.customers[1];
  EXPECT_DOUBLE_EQ(*c1.median_gap_days, 51);
  EXPECT_DOUBLE_EQ(c1.threshold_days, 153);
  EXPECT_DOUBLE_EQ(c1.days_since_last_order, 70);
  EXPECT_FALSE(c1.lapsed);
  const auto& c2 = got.customers[2];
  EXPECT_EQ(c2.orders, 1u);
  EXPECT_FALSE(c2.median_gap_days.has_value());
  EXPECT_DOUBLE_EQ(c2.days_since_last_order, 90);
  EXPECT_FALSE(c2.lapsed);
  EXPECT_EQ(got.rule,
            "lapsed when the last order is more than max(90 days, 3 x the customer's median gap "
            "between orders) before as_of");
}

TEST(ChurnTest, order_lapse_rejects_no_orders_and_a_negative_rule) {
  EXPECT_EQ(cxs::order_lapse({}, kMay10).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<CustomerOrder> orders = {{0, kJan02}};
  EXPECT_EQ(cxs::order_lapse(orders, kMay10, {.gap_multiple = -1}).error().code,
            cxs::ErrorCode::invalid_input);
}

}  // namespace
