// Customer value = expected purchases × expected spend (FHL 2005b), checked by hand at the
// published CDNOW parameters (tests/data/cdnow/README.md).
#include "cxs/customer_value.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

constexpr cxs::BgNbdModel bg_nbd{.r = 0.243, .alpha = 4.414, .a = 0.793, .b = 2.426};
constexpr cxs::ParetoNbdModel pareto_nbd{.r = 0.553, .alpha = 10.578, .s = 0.606, .beta = 11.669};
constexpr cxs::GammaGammaModel spend{.p = 6.25, .q = 3.74, .gamma = 15.44};
// CDNOW customer 1: x = 2, t_x = 30.43, T = 38.86, zbar = 22.35.
constexpr cxs::RepeatHistory customer_1{
    .x = 2, .t_x = 30.43, .T = 38.86, .mean_repeat_value = 22.35};

// Published: 1.226 purchases in 39 weeks (README, BG/NBD spot check). Hand: E[Z | x, zbar]
// = 6.25 × (15.44 + 2 × 22.35)/(6.25 × 2 + 3.74 − 1) = 375.875/15.24 = 24.663714. Value
// 1.226 × 24.663714 = 30.237713; the 3-decimal 1.226 (±0.0005) allows ±0.0124.
TEST(CustomerValueTest, undiscounted_value_is_purchases_times_spend) {
  const auto value = cxs::expected_customer_value(bg_nbd, spend, customer_1, {.weeks = 39});
  ASSERT_TRUE(value);
  EXPECT_NEAR(value.value(), 30.237713, 0.0124);
}

// Two weeks at 10% a week, by hand from the model's own pieces: E[Y(1)]/1.1 +
// (E[Y(2)] − E[Y(1)])/1.1², times E[Z | x, zbar] = 24.663714.
TEST(CustomerValueTest, discounting_weights_each_weeks_purchases) {
  const double by_1 = cxs::bg_nbd_conditional_expected_purchases(bg_nbd, customer_1, 1);
  const double by_2 = cxs::bg_nbd_conditional_expected_purchases(bg_nbd, customer_1, 2);
  const double want = (by_1 / 1.1 + (by_2 - by_1) / (1.1 * 1.1)) * 24.663714;
  const auto value = cxs::expected_customer_value(bg_nbd, spend, customer_1,
                                                  {.weeks = 2, .weekly_discount_rate = 0.1});
  ASSERT_TRUE(value);
  EXPECT_NEAR(value.value(), want, 1e-5);
  // A vanishing rate gives back the undiscounted value: the weekly steps telescope.
  const auto tiny = cxs::expected_customer_value(bg_nbd, spend, customer_1,
                                                 {.weeks = 39.5, .weekly_discount_rate = 1e-12});
  const auto none = cxs::expected_customer_value(bg_nbd, spend, customer_1, {.weeks = 39.5});
  EXPECT_NEAR(tiny.value(), none.value(), 1e-8);
}

// Pareto/NBD purchases: the same product, with the Pareto/NBD conditional expectation.
TEST(CustomerValueTest, pareto_nbd_purchases_times_spend) {
  const double purchases =
      cxs::pareto_nbd_conditional_expected_purchases(pareto_nbd, customer_1, 39);
  const auto value = cxs::expected_customer_value(pareto_nbd, spend, customer_1, {.weeks = 39});
  ASSERT_TRUE(value);
  EXPECT_NEAR(value.value(), purchases * 24.663714, 1e-5);
}

TEST(CustomerValueTest, infinite_mean_spend_is_an_error) {
  const cxs::GammaGammaModel heavy{.p = 2, .q = 0.9, .gamma = 5};
  const auto value = cxs::expected_customer_value(bg_nbd, heavy, {.x = 0, .T = 20}, {.weeks = 39});
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().code, cxs::ErrorCode::infinite_mean);
}

TEST(CustomerValueTest, zero_horizon_is_zero_and_bad_rate_is_an_error) {
  EXPECT_EQ(cxs::expected_customer_value(bg_nbd, spend, customer_1, {.weeks = 0}).value(), 0);
  EXPECT_FALSE(cxs::expected_customer_value(bg_nbd, spend, customer_1,
                                            {.weeks = 10, .weekly_discount_rate = -1}));
}

}  // namespace
