// The shared Wilson interval against Newcombe (1998), Table I, and its n = 0 behaviour.
#include "cxs/proportion.hpp"

#include <gtest/gtest.h>

namespace {

// Newcombe RG (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score, no
// continuity correction), 4 decimals: tolerance half a unit in the last digit.
TEST(ProportionTest, wilson_interval_matches_newcombe_1998_table_1) {
  const auto a = cxs::wilson_interval(81, 263);
  EXPECT_NEAR(a[0], 0.2553, 0.00005);
  EXPECT_NEAR(a[1], 0.3662, 0.00005);
  const auto b = cxs::wilson_interval(0, 20);
  EXPECT_EQ(b[0], 0.0);
  EXPECT_NEAR(b[1], 0.1611, 0.00005);
  const auto share = cxs::share_with_wilson_interval(15, 148);
  EXPECT_NEAR(share.value, 15.0 / 148.0, 1e-12);
  EXPECT_NEAR(share.ci95[0], 0.0624, 0.00005);
  EXPECT_NEAR(share.ci95[1], 0.1605, 0.00005);
  EXPECT_EQ(share.method, cxs::Method::wilson);
}

TEST(ProportionTest, no_trials_gives_zero_share_without_an_interval_method) {
  EXPECT_EQ(cxs::wilson_interval(0, 0), (std::array<double, 2>{0.0, 1.0}));
  const auto share = cxs::share_with_wilson_interval(0, 0);
  EXPECT_EQ(share.value, 0.0);
  EXPECT_EQ(share.n, 0u);
  EXPECT_EQ(share.method, cxs::Method::none);
}

}  // namespace
