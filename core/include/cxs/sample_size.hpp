// When a group is too small for its interval or test to say much: one rule, one constant.
#pragma once

#include <cstdint>

namespace cxs {

/// Answers below which a group's estimate is flagged small_sample. 30 is the conventional
/// threshold from which the normal approximation behind the t, z and Wald methods used here
/// is commonly treated as adequate (the "n ≥ 30" rule of thumb of introductory statistics
/// texts). It is a convention, not a theorem: the numbers are still computed, and the flag
/// only warns that they are fragile. One constant for every metric, so a report never says
/// "small" for one score and not another on the same answers.
inline constexpr std::uint64_t kSmallSampleBelow = 30;

/// True when n answers are too few to lean on (n < kSmallSampleBelow).
constexpr bool small_sample(std::uint64_t n) { return n < kSmallSampleBelow; }

}  // namespace cxs
