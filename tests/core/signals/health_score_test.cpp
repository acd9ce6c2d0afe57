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

}  // namespace
