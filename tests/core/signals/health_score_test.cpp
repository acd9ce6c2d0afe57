// Health score: each component's contribution and the sum, counted by hand.
#include "cxs/health_score.hpp"

#include <gtest/gtest.h>

namespace {

double contribution(const cxs::HealthScore& h, const std::string& name) {
  double sum = 0;
  for (const auto& c : h.components)
    if (c.name == name) sum += c.contribution;
  return sum;
}

TEST(HealthScoreTest, components_add_up_from_the_base) {
  // 50 + 20 (NPS 9) + 10 (ordered recently) − 5 (3 tickets: one beyond 2) = 75.
  const auto h = cxs::health_score({.last_nps = 9, .ordered_recently = true, .tickets_recent = 3});
  EXPECT_EQ(h.score, 75);
  EXPECT_EQ(contribution(h, "satisfaction"), 20);
  EXPECT_EQ(contribution(h, "activity"), 10);
  EXPECT_EQ(contribution(h, "support_load"), -5);
  EXPECT_EQ(h.components.size(), 3u);
}

TEST(HealthScoreTest, caps_and_clipping) {
  // 50 − 20 (NPS 3) − 20 (lapsed) − 15 (9 tickets, capped) − 30 (3 failed, capped) − 30
  // (ended) − 30 (high churn signal) = −95, clipped to 0.
  const auto h = cxs::health_score({.last_nps = 3,
                                    .lapsed = true,
                                    .tickets_recent = 9,
                                    .payments_failed_recent = 3,
                                    .subscription_ended = true,
                                    .churn_signal_severity = 2});
  EXPECT_EQ(h.score, 0);
  EXPECT_EQ(contribution(h, "support_load"), -15);
  EXPECT_EQ(contribution(h, "payment_state"), -60);  // failed payments −30, ended −30
  EXPECT_EQ(contribution(h, "churn_signals"), -30);
}

TEST(HealthScoreTest, no_facts_is_the_base_with_no_components) {
  const auto h = cxs::health_score({});
  EXPECT_EQ(h.score, 50);
  EXPECT_TRUE(h.components.empty());
  // A passive (7–8) adds nothing either way, and is not listed.
  EXPECT_TRUE(cxs::health_score({.last_nps = 8}).components.empty());
}

const cxs::HealthComponent* find(const cxs::HealthScore& h, const std::string& name) {
  for (const auto& c : h.components)
    if (c.name == name) return &c;
  return nullptr;
}

TEST(HealthScoreTest, activity_from_the_bg_nbd_chance_of_an_order) {
  // 40 × 0.25 − 20 = −10; 40 × 0.9 − 20 = +16; 40 × 0.5 − 20 = 0 (not listed).
  const auto low = cxs::health_score({.p_order_90_days = 0.25});
  EXPECT_EQ(low.score, 40);
  EXPECT_EQ(find(low, "activity")->detail, "25% chance of an order in the next 90 days (BG/NBD)");
  EXPECT_EQ(cxs::health_score({.p_order_90_days = 0.9}).score, 66);
  EXPECT_TRUE(cxs::health_score({.p_order_90_days = 0.5}).components.empty());
  // To a tenth of a point: 40 × 0.12345 − 20 = −15.062 → −15.1.
  EXPECT_DOUBLE_EQ(contribution(cxs::health_score({.p_order_90_days = 0.12345}), "activity"),
                   -15.1);
}

TEST(HealthScoreTest, the_model_replaces_the_rhythm_rule) {
  // With the model's chance, the lapse rule is not counted again: 50 + (40 × 0.8 − 20) = 62.
  const auto h = cxs::health_score({.p_order_90_days = 0.8, .lapsed = true});
  EXPECT_EQ(h.score, 62);
  EXPECT_EQ(h.components.size(), 1u);
  // Without it, the rhythm rule: lapsed −20, else an order in 90 days +10.
  EXPECT_EQ(cxs::health_score({.lapsed = true}).score, 30);
  EXPECT_EQ(cxs::health_score({.ordered_recently = true}).score, 60);
}

TEST(HealthScoreTest, a_subscriber_gains_from_orders_but_loses_nothing_without_them) {
  EXPECT_EQ(cxs::health_score({.p_order_90_days = 0.9, .subscriber = true}).score, 66);
  EXPECT_TRUE(cxs::health_score({.p_order_90_days = 0.1, .subscriber = true}).components.empty());
}

TEST(HealthScoreTest, retention_from_the_kaplan_meier_chance_of_staying) {
  // 40 × 0.88 − 20 = 15.2.
  const auto h = cxs::health_score({.subscriber = true,
                                    .p_subscribed_90_days = 0.88,
                                    .subscription_curve = "Pro",
                                    .subscription_age_days = 140});
  EXPECT_DOUBLE_EQ(h.score, 65.2);
  EXPECT_EQ(find(h, "retention")->detail,
            "88% chance the subscription runs 90 more days (Kaplan–Meier, Pro plan, 140 days in)");
  const auto pooled = cxs::health_score(
      {.p_subscribed_90_days = 0.3, .subscription_curve = "all", .subscription_age_days = 30.4});
  EXPECT_DOUBLE_EQ(contribution(pooled, "retention"), -8);
  EXPECT_EQ(find(pooled, "retention")->detail,
            "30% chance the subscription runs 90 more days (Kaplan–Meier, all plans, 30 days in)");
}

TEST(HealthScoreTest, a_fall_of_three_nps_points_is_a_satisfaction_trend) {
  // 50 − 20 (NPS 5) − 10 (fell 9 → 5) = 20.
  const auto fell = cxs::health_score({.last_nps = 5, .previous_nps = 9});
  EXPECT_EQ(fell.score, 20);
  EXPECT_EQ(find(fell, "satisfaction_trend")->detail, "NPS fell from 9 to 5");
  // A fall of 2, a rise, or a single answer is no trend.
  EXPECT_EQ(find(cxs::health_score({.last_nps = 5, .previous_nps = 7}), "satisfaction_trend"),
            nullptr);
  EXPECT_EQ(find(cxs::health_score({.last_nps = 9, .previous_nps = 2}), "satisfaction_trend"),
            nullptr);
  EXPECT_EQ(cxs::health_score({.last_nps = 9}).components.size(), 1u);
}

}  // namespace
