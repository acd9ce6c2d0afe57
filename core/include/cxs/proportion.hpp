// A proportion with its Wilson score interval, shared by CSAT, cohort retention and churn.
#pragma once

#include <array>
#include <cstdint>

#include "cxs/estimate.hpp"

namespace cxs {

/// Wilson's score interval (Wilson 1927; method 3 of Newcombe 1998) for successes out of n, as
/// shares 0..1 at 95%. It keeps its coverage near 0 and 1, where the Wald interval collapses.
/// n = 0 carries no information and gives the whole range {0, 1}.
std::array<double, 2> wilson_interval(std::uint64_t successes, std::uint64_t n);

/// successes / n as a share 0..1 with its Wilson interval (Method::wilson); n = 0 gives value
/// 0, interval {0, 0} and Method::none, so no NaN reaches the report.
Estimate share_with_wilson_interval(std::uint64_t successes, std::uint64_t n);

}  // namespace cxs
