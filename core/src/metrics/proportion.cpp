// Wilson score interval; see proportion.hpp.
#include "cxs/proportion.hpp"

#include <algorithm>
#include <cmath>

#include "cxs/distributions.hpp"

namespace cxs {

std::array<double, 2> wilson_interval(std::uint64_t successes, std::uint64_t n) {
  if (n == 0) return {0.0, 1.0};
  constexpr double z = kZ95;
  const double count = static_cast<double>(n);
  const double p = static_cast<double>(successes) / count;
  const double denominator = 1 + z * z / count;
  const double centre = (p + z * z / (2 * count)) / denominator;
  const double half =
      z / denominator * std::sqrt(p * (1 - p) / count + z * z / (4 * count * count));
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Estimate share_with_wilson_interval(std::uint64_t successes, std::uint64_t n) {
  Estimate out;
  out.n = n;
  if (n == 0) return out;
  out.value = static_cast<double>(successes) / static_cast<double>(n);
  out.ci95 = wilson_interval(successes, n);
  out.method = Method::wilson;
  return out;
}

}  // namespace cxs
