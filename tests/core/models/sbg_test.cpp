// Shifted-beta-geometric fit against Fader & Hardie (2007) and an independent base-R fit
// (tests/data/sbg/make_reference.R).
#include "cxs/sbg.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>

#include "support/reference_table.hpp"

namespace {

// Fader & Hardie (2007), "How to project customer retention", J. Interactive Marketing
// 21(1):76-90, Table 1: customers (of 1000) active at the start of years 0..12.
const std::vector<std::uint64_t> high_end{1000, 869, 743, 653, 593, 551, 517,
                                          491,  468, 445, 427, 409, 394};
const std::vector<std::uint64_t> regular{1000, 631, 468, 382, 326, 289, 262,
                                         241,  223, 207, 194, 183, 173};

// The paper fits years 0..7 (seven renewal periods) and holds out years 8..12.
std::span<const std::uint64_t> first_seven_years(const std::vector<std::uint64_t>& series) {
  return std::span(series).first(8);
}

// reference.csv as cohort → "quantity" or "quantity@period" → value.
std::map<std::string, std::map<std::string, double>> r_reference() {
  std::map<std::string, std::map<std::string, double>> out;
  for (const auto& row : cxs::test::read_reference_table(CXS_TEST_DATA "/sbg/reference.csv")) {
    const std::string key =
        row.at("period") == "0" ? row.at("quantity") : row.at("quantity") + "@" + row.at("period");
    out[row.at("cohort")][key] = std::stod(row.at("value"));
  }
  return out;
}

void expect_relative(double got, double want, double tolerance, const std::string& where) {
  EXPECT_LE(std::fabs(got - want), tolerance * std::fabs(want))
      << where << ": " << got << " vs " << want;
}

// The paper reports α = 0.668, β = 3.806 (High End) and α = 0.704, β = 1.182 (Regular), to 3
// decimals: tolerance half a unit in the last printed digit.
TEST(SbgTest, reproduces_fader_hardie_2007_estimates) {
  const auto high = cxs::fit_sbg(first_seven_years(high_end)).value();
  EXPECT_TRUE(high.converged);
  EXPECT_NEAR(high.alpha, 0.668, 0.0005);
  EXPECT_NEAR(high.beta, 3.806, 0.0005);
  const auto low = cxs::fit_sbg(first_seven_years(regular)).value();
  EXPECT_TRUE(low.converged);
  EXPECT_NEAR(low.alpha, 0.704, 0.0005);
  EXPECT_NEAR(low.beta, 1.182, 0.0005);
}

// Base R: the likelihood written with lbeta, Nelder–Mead then Newton steps on exact
// (digamma/trigamma) derivatives, so R's optimum has a gradient below 1e-12 and its SEs come
// from the exact Hessian. Tolerances: α, β to 1e-6 (fit_sbg's Nelder–Mead stops when its LL
// values agree to 1e-15 relative, ~2e-12 here, which leaves the parameters within about
// SE·sqrt(2·2e-12) ≈ 1.5e-6); LL to 1e-12 relative; SEs to 1e-5 relative (our Hessian is a
// central difference with a 1e-4 relative step); chisq and p to 1e-6 relative (they inherit
// the α, β error). Measured: α, β within 1.6e-7; SEs within 6.2e-6; chisq, p within 1.5e-7.
TEST(SbgTest, matches_an_independent_r_fit) {
  const auto reference = r_reference();
  for (const auto& [name, series] : {std::pair{"high_end", high_end}, {"regular", regular}}) {
    const auto& want = reference.at(name);
    const auto fit = cxs::fit_sbg(first_seven_years(series)).value();
    EXPECT_NEAR(fit.alpha, want.at("alpha"), 1e-6) << name;
    EXPECT_NEAR(fit.beta, want.at("beta"), 1e-6) << name;
    expect_relative(fit.log_likelihood, want.at("log_likelihood"), 1e-12,
                    std::string(name) + " LL");
    ASSERT_TRUE(fit.alpha_se && fit.beta_se) << name;
    expect_relative(*fit.alpha_se, want.at("alpha_se"), 1e-5, std::string(name) + " se(alpha)");
    expect_relative(*fit.beta_se, want.at("beta_se"), 1e-5, std::string(name) + " se(beta)");
    ASSERT_TRUE(fit.fit_check.has_value());
    EXPECT_EQ(fit.fit_check->df, static_cast<int>(want.at("df")));
    expect_relative(fit.fit_check->chisq, want.at("chisq"), 1e-6, std::string(name) + " chisq");
    expect_relative(fit.fit_check->p, want.at("p"), 1e-6, std::string(name) + " p");
  }
}

// With R's α and β plugged in, the projections for years 1..12 follow R's closed forms
// (S(t) = B(α, β+t)/B(α, β), P(T=t) = B(α+1, β+t−1)/B(α, β)) to 1e-12 relative: the recursions
// and R's lbeta agree to rounding.
TEST(SbgTest, projections_match_the_beta_function_closed_forms) {
  const auto reference = r_reference();
  for (const auto& [name, want] : reference) {
    cxs::SbgFit fit;
    fit.alpha = want.at("alpha");
    fit.beta = want.at("beta");
    for (int t = 1; t <= 12; ++t) {
      const std::string at = "@" + std::to_string(t);
      expect_relative(cxs::sbg_survival(fit, t), want.at("survival" + at), 1e-12, name + at);
      expect_relative(cxs::sbg_retention(fit, t), want.at("retention" + at), 1e-12, name + at);
      expect_relative(cxs::sbg_churn_probability(fit, t), want.at("churn_probability" + at), 1e-12,
                      name + at);
    }
  }
}

// Hand count, α = β = 1 (churn probability uniform on 0..1): P(T = t) = B(2, t)/B(1, 1)
// = 1/(t(t+1)) and S(t) = B(1, 1+t)/B(1, 1) = 1/(t+1); r(t) = t/(t+1).
TEST(SbgTest, uniform_mixing_follows_the_hand_count) {
  cxs::SbgFit fit;
  fit.alpha = 1;
  fit.beta = 1;
  for (int t = 1; t <= 6; ++t) {
    EXPECT_NEAR(cxs::sbg_churn_probability(fit, t), 1.0 / (t * (t + 1)), 1e-15);
    EXPECT_NEAR(cxs::sbg_survival(fit, t), 1.0 / (t + 1), 1e-15);
    EXPECT_NEAR(cxs::sbg_retention(fit, t), t / (t + 1.0), 1e-15);
  }
  EXPECT_EQ(cxs::sbg_survival(fit, 0), 1.0);
}

// The paper's holdout: years 8..12 of Table 1 against the projection from years 0..7. Actual
// shares are the table's counts / 1000; projections are R's S(t) to 1e-6 (the α, β tolerance).
TEST(SbgTest, holdout_years_compare_actual_with_projected_survival) {
  const auto reference = r_reference();
  const auto fit = cxs::fit_sbg(first_seven_years(regular)).value();
  const auto holdout = cxs::sbg_holdout(fit, regular).value();
  ASSERT_EQ(holdout.size(), 5u);
  const double actual[] = {0.223, 0.207, 0.194, 0.183, 0.173};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(holdout[i].period, static_cast<int>(i) + 8);
    EXPECT_DOUBLE_EQ(holdout[i].actual_survival, actual[i]);
    EXPECT_NEAR(holdout[i].projected_survival,
                reference.at("regular").at("survival@" + std::to_string(i + 8)), 1e-6);
  }
  const std::vector<std::uint64_t> other_cohort{500, 400, 300};
  EXPECT_FALSE(cxs::sbg_holdout(fit, other_cohort));
}

TEST(SbgTest, a_rising_count_is_an_error_naming_the_period) {
  const std::vector<std::uint64_t> rising{1000, 800, 810, 700};
  const auto fit = cxs::fit_sbg(rising);
  ASSERT_FALSE(fit);
  EXPECT_EQ(fit.error().code, cxs::ErrorCode::invalid_input);
  EXPECT_NE(fit.error().message.find("Period 2"), std::string::npos) << fit.error().message;
  const std::vector<std::uint64_t> empty_start{0, 0, 0};
  EXPECT_EQ(cxs::fit_sbg(empty_start).error().code, cxs::ErrorCode::invalid_input);
  EXPECT_EQ(cxs::fit_sbg({}).error().code, cxs::ErrorCode::invalid_input);
}

TEST(SbgTest, data_without_a_finite_optimum_is_an_error_not_nan) {
  const std::vector<std::uint64_t> one_period{1000, 600};
  EXPECT_EQ(cxs::fit_sbg(one_period).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<std::uint64_t> nobody_left{1000, 1000, 1000, 1000};
  EXPECT_EQ(cxs::fit_sbg(nobody_left).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<std::uint64_t> all_gone_at_once{1000, 0, 0};
  EXPECT_EQ(cxs::fit_sbg(all_gone_at_once).error().code, cxs::ErrorCode::too_few_rows);
}

// For any finite α, β the sBG's retention r(t) = (β+t−1)/(α+β+t−1) rises with t. Here it falls:
// 869/1000 = 0.869, then 743/869 = 0.855; and 50/100, then 0/50. The likelihood is then highest
// in the geometric limit α, β → ∞, which the fit must report instead of α ≈ 1e13.
TEST(SbgTest, retention_that_falls_with_tenure_has_no_finite_fit) {
  const std::vector<std::uint64_t> falling{1000, 869, 743};
  const auto fit = cxs::fit_sbg(falling);
  ASSERT_FALSE(fit);
  EXPECT_EQ(fit.error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<std::uint64_t> gone_by_two{100, 50, 0, 0};
  EXPECT_FALSE(cxs::fit_sbg(gone_by_two));
}

// Two periods leave no degree of freedom for the chi-square check, so it is absent, not NaN.
TEST(SbgTest, two_periods_fit_without_a_chi_square_check) {
  const std::vector<std::uint64_t> two_periods{1000, 631, 468};
  const auto fit = cxs::fit_sbg(two_periods).value();
  EXPECT_TRUE(std::isfinite(fit.alpha) && std::isfinite(fit.beta));
  EXPECT_TRUE(std::isfinite(fit.log_likelihood));
  EXPECT_FALSE(fit.fit_check.has_value());
}

}  // namespace
