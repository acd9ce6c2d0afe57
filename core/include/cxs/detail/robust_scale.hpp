// Median and MAD for the signal detectors' robust noise scales (change points, spikes).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace cxs::detail {

/// R's mad() constant, 1/Φ⁻¹(3/4) = 1.482602... rounded as R (and most references) use it,
/// so fixtures made with mad() compare to the last digit: makes the MAD a consistent estimate
/// of the normal sd (Hampel 1974, JASA 69(346):383–393).
inline constexpr double kMadToSd = 1.4826;

/// Median of a non-empty sample, the mean of the middle two for an even count (R's median()).
inline double median(std::vector<double> values) {
  const auto half = static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), values.begin() + half, values.end());
  const double upper = values[static_cast<std::size_t>(half)];
  if (values.size() % 2 == 1) return upper;
  return (*std::max_element(values.begin(), values.begin() + half) + upper) / 2;
}

/// kMadToSd × median |v − centre|: R's mad(values, center = centre).
inline double scaled_mad(std::vector<double> values, double centre) {
  for (double& v : values) v = std::fabs(v - centre);
  return kMadToSd * median(std::move(values));
}

}  // namespace cxs::detail
