// Gamma–Gamma against the CDNOW fit of Fader, Hardie & Lee (2005b), "RFM and CLV: using
// iso-value curves for customer base analysis", JMR 42(4) (p 6.25, q 3.74, γ 15.44 on the
// 946 repeat customers; tests/data/cdnow/README.md), and hand computations.
#include "cxs/gamma_gamma.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

#include "support/cdnow.hpp"

namespace {

constexpr cxs::GammaGammaModel published{.p = 6.25, .q = 3.74, .gamma = 15.44};

// Printed to 2 decimals: each estimate must round to the printed value (±0.005), which is
// tighter than 1% for all three.
TEST(GammaGammaTest, reproduces_the_published_cdnow_fit) {
  const auto histories = cxs::test::cdnow_histories();
  const auto fit = cxs::fit_gamma_gamma(histories.customers, {}).value();
  for (const auto& p : fit.params)
    std::cout << p.name << " = " << p.value << " (se " << p.se << ", 95% " << p.ci95[0] << ".."
              << p.ci95[1] << ")\n";
  std::cout << "LL = " << fit.log_likelihood << ", " << fit.evaluations << " evaluations\n";
  EXPECT_TRUE(fit.converged);
  EXPECT_EQ(fit.n, 946u);
  EXPECT_EQ(fit.without_repeat, 2357u - 946u);
  EXPECT_EQ(fit.non_positive_value, 0u);
  EXPECT_NEAR(fit.model.p, published.p, 0.005);
  EXPECT_NEAR(fit.model.q, published.q, 0.005);
  EXPECT_NEAR(fit.model.gamma, published.gamma, 0.005);
  for (const auto& p : fit.params) EXPECT_TRUE(p.has_se) << p.name;
}

// The likelihood at the published parameters against make_reference.py (mpmath, 30 digits)
// and the fitted maximum at least as high: the published point is the rounded optimum.
TEST(GammaGammaTest, likelihood_matches_mpmath) {
  const auto histories = cxs::test::cdnow_histories();
  double ll = 0;
  for (const auto& c : histories.customers)
    if (c.x > 0) ll += cxs::gamma_gamma_log_likelihood(published, c.x, c.mean_repeat_value);
  EXPECT_NEAR(ll, cxs::test::cdnow_reference("gamma_gamma_log_likelihood"), 1e-6);
  const auto fit = cxs::fit_gamma_gamma(histories.customers, {}).value();
  EXPECT_GE(fit.log_likelihood, ll - 1e-9);
}

// Hand computation: E[Z] = pγ/(q−1) = 6.25 × 15.44 / 2.74 = 96.5 / 2.74 = 35.218978. The
// README's observed mean zbar of the 946 repeaters is 35.0786, near it as a sanity check.
// Customer 1 of CDNOW (x = 2, zbar = 22.35): p(γ + x zbar)/(px + q − 1)
// = 6.25 × (15.44 + 44.70) / (12.5 + 2.74) = 375.875 / 15.24 = 24.663714.
TEST(GammaGammaTest, expected_values_match_hand_computation) {
  EXPECT_NEAR(cxs::gamma_gamma_expected_value(published).value(), 35.218978, 1e-6);
  const cxs::RepeatHistory customer_1{.x = 2, .mean_repeat_value = 22.35};
  EXPECT_NEAR(cxs::gamma_gamma_conditional_expected_value(published, customer_1).value(), 24.663714,
              1e-6);
  const cxs::RepeatHistory no_repeat{.x = 0};
  EXPECT_NEAR(cxs::gamma_gamma_conditional_expected_value(published, no_repeat).value(), 35.218978,
              1e-6);
}

TEST(GammaGammaTest, q_at_most_one_has_no_finite_mean) {
  const cxs::GammaGammaModel heavy{.p = 2, .q = 0.9, .gamma = 5};
  const auto mean = cxs::gamma_gamma_expected_value(heavy);
  ASSERT_FALSE(mean);
  EXPECT_EQ(mean.error().code, cxs::ErrorCode::infinite_mean);
  // With repeat purchases the posterior mean exists: p(γ + x zbar)/(px + q − 1)
  // = 2 × (5 + 3 × 10)/(6 − 0.1) = 70/5.9 = 11.864407.
  const auto posterior =
      cxs::gamma_gamma_conditional_expected_value(heavy, {.x = 3, .mean_repeat_value = 10});
  ASSERT_TRUE(posterior);
  EXPECT_NEAR(posterior.value(), 11.864407, 1e-6);
}

TEST(GammaGammaTest, empty_input_is_too_few_rows) {
  const auto fit = cxs::fit_gamma_gamma({}, {});
  ASSERT_FALSE(fit);
  EXPECT_EQ(fit.error().code, cxs::ErrorCode::too_few_rows);
}

TEST(GammaGammaTest, all_zero_amounts_are_an_error_that_counts_them) {
  const std::vector<cxs::RepeatHistory> zeros = {{.x = 2, .mean_repeat_value = 0},
                                                 {.x = 1, .mean_repeat_value = 0},
                                                 {.x = 0, .mean_repeat_value = 0}};
  const auto fit = cxs::fit_gamma_gamma(zeros, {});
  ASSERT_FALSE(fit);
  EXPECT_EQ(fit.error().code, cxs::ErrorCode::too_few_rows);
  EXPECT_NE(fit.error().message.find("1 had no repeat purchase and 2 a mean repeat value"),
            std::string::npos)
      << fit.error().message;
}

TEST(GammaGammaTest, zero_amount_customers_are_left_out_and_counted) {
  auto histories = cxs::test::cdnow_histories().customers;
  histories[0].mean_repeat_value = 0;  // customer 1, x = 2
  const auto fit = cxs::fit_gamma_gamma(histories, {}).value();
  EXPECT_EQ(fit.n, 945u);
  EXPECT_EQ(fit.non_positive_value, 1u);
}

TEST(GammaGammaTest, one_customer_gives_finite_numbers) {
  const std::vector<cxs::RepeatHistory> one = {{.x = 3, .mean_repeat_value = 20}};
  const auto fit = cxs::fit_gamma_gamma(one, {});
  ASSERT_TRUE(fit);
  EXPECT_FALSE(fit.value().converged);  // the parameters run off: no maximum to report
  EXPECT_TRUE(std::isfinite(fit.value().log_likelihood));
  for (const auto& p : fit.value().params) {
    EXPECT_TRUE(std::isfinite(p.value) && std::isfinite(p.se)) << p.name;
    EXPECT_TRUE(std::isfinite(p.ci95[0]) && std::isfinite(p.ci95[1])) << p.name;
  }
}

}  // namespace
