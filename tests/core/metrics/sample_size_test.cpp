// The one small-sample rule, at its boundary.
#include "cxs/sample_size.hpp"

#include <gtest/gtest.h>

namespace {

// The rule as documented in sample_size.hpp: flagged below 30, not from 30 on.
TEST(SampleSizeTest, flags_below_thirty_only) {
  EXPECT_TRUE(cxs::small_sample(0));
  EXPECT_TRUE(cxs::small_sample(1));
  EXPECT_TRUE(cxs::small_sample(29));
  EXPECT_FALSE(cxs::small_sample(30));
  EXPECT_FALSE(cxs::small_sample(5000));
}

}  // namespace
