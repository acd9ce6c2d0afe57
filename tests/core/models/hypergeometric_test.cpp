// 2F1 against closed forms (Abramowitz & Stegun 15.1.3 and 15.1.8).
#include "cxs/hypergeometric.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

double value_of(const cxs::LogHypergeometric& f) { return f.sign * std::exp(f.log_abs); }

// A&S 15.1.3: 2F1(1, 1; 2; z) = −log(1 − z)/z. At z = 0.5: 2 ln 2 = 1.3862943611198906.
TEST(HypergeometricTest, matches_log_closed_form) {
  for (const double z : {0.1, 0.5, 0.9, 0.999}) {
    const auto f = cxs::log_hypergeometric_2f1(1, 1, 2, z);
    ASSERT_TRUE(f.converged) << z;
    EXPECT_NEAR(value_of(f), -std::log1p(-z) / z, 1e-12 * value_of(f)) << z;
  }
  EXPECT_NEAR(value_of(cxs::log_hypergeometric_2f1(1, 1, 2, 0.5)), 1.3862943611198906, 1e-14);
}

// A&S 15.1.8: 2F1(a, b; b; z) = (1 − z)^(−a). With a = 500, z = 0.9 the value is 10^500,
// past the double range: only its logarithm, 500 ln 10 = 1151.2925464970229, is returned.
TEST(HypergeometricTest, large_values_stay_in_log_space) {
  const auto f = cxs::log_hypergeometric_2f1(500, 3.5, 3.5, 0.9);
  ASSERT_TRUE(f.converged);
  EXPECT_EQ(f.sign, 1);
  EXPECT_NEAR(f.log_abs, 1151.2925464970229, 1e-9 * 1151.3);
}

// For 0 ≤ z ≤ 0.45, 0 < c − a ≤ 1 and 0 < b ≤ c the function sums Pfaff's transform instead
// (A&S 15.3.4), whose terms alternate and shrink from the first: large a and b cost no more
// than small ones. A&S 15.1.8 with a = 14,000, b = c = 14,000.5 at z = 0.25:
// 2F1 = (3/4)^(−14000), whose logarithm is 14000 · ln(4/3) = 4027.5490143249317.
// The Gauss series at this point would first grow for about 4,700 terms.
TEST(HypergeometricTest, large_parameters_sum_the_pfaff_transform) {
  const auto f = cxs::log_hypergeometric_2f1(14000, 14000.5, 14000.5, 0.25, 200);
  ASSERT_TRUE(f.converged);
  EXPECT_EQ(f.sign, 1);
  EXPECT_NEAR(f.log_abs, 4027.5490143249317, 1e-12 * 4027.6);
  // Either side of the switch at z = 0.45 gives A&S 15.1.3's −log(1 − z)/z.
  for (const double z : {0.0, 0.3, 0.45, 0.4500001}) {
    const auto g = cxs::log_hypergeometric_2f1(1, 1, 2, z);
    ASSERT_TRUE(g.converged) << z;
    const double expected = z == 0 ? 1 : -std::log1p(-z) / z;
    EXPECT_NEAR(value_of(g), expected, 1e-14 * expected) << z;
  }
}

// Near z = 1 the series needs about 37/(1 − z) terms; a budget too small for that must say so
// rather than return a partial sum as if it were the value.
TEST(HypergeometricTest, a_series_cut_short_is_reported) {
  EXPECT_FALSE(cxs::log_hypergeometric_2f1(0.5, 0.5, 2, 0.9999, 1000).converged);
}

// A&S 15.1.8 again with a negative: 2F1(−0.5, b; b; z) = (1 − z)^0.5, whose terms after the
// first are all negative; with b = c = −1.5 the denominator (c)ₙ is negative too.
// sqrt(1 − 0.75) = 0.5 exactly.
TEST(HypergeometricTest, signed_terms_are_summed_with_their_sign) {
  for (const double b : {1.0, -1.5}) {
    const auto f = cxs::log_hypergeometric_2f1(-0.5, b, b, 0.75);
    ASSERT_TRUE(f.converged) << b;
    EXPECT_NEAR(value_of(f), 0.5, 1e-14) << b;
  }
}

TEST(HypergeometricTest, outside_the_disc_is_not_converged) {
  EXPECT_FALSE(cxs::log_hypergeometric_2f1(1, 1, 2, 1.0).converged);
  EXPECT_FALSE(cxs::log_hypergeometric_2f1(1, 1, -2, 0.5).converged);
}

}  // namespace
