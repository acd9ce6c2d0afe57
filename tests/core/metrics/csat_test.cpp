// CSAT share and Wilson interval against Newcombe (1998), Table I.
#include "cxs/csat.hpp"

#include <gtest/gtest.h>

namespace {

cxs::CsatEstimate csat_of(std::uint64_t satisfied, std::uint64_t total) {
  return cxs::estimate_csat({.satisfied = satisfied, .total = total}).value();
}

// Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison
// of seven methods", Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score,
// no continuity correction), printed to 4 decimals: tolerance half a unit in the last digit.
TEST(CsatTest, wilson_interval_matches_newcombe_1998_table_1) {
  struct Case {
    std::uint64_t x, n;
    double lo, hi;
  };
  for (const Case c : {Case{81, 263, 0.2553, 0.3662}, Case{15, 148, 0.0624, 0.1605},
                       Case{0, 20, 0.0000, 0.1611}, Case{1, 29, 0.0061, 0.1718}}) {
    const auto got = csat_of(c.x, c.n);
    EXPECT_NEAR(got.csat.ci95[0], 100 * c.lo, 0.005) << c.x << "/" << c.n;
    EXPECT_NEAR(got.csat.ci95[1], 100 * c.hi, 0.005) << c.x << "/" << c.n;
    EXPECT_NEAR(got.csat.value, 100.0 * static_cast<double>(c.x) / static_cast<double>(c.n), 1e-9);
    EXPECT_EQ(got.csat.method, cxs::Method::wilson);
  }
}

TEST(CsatTest, no_answers_is_an_error_not_a_zero) { EXPECT_FALSE(cxs::estimate_csat({})); }

}  // namespace
