// Benjamini–Hochberg adjusted p-values; see multiple_testing.hpp.
#include "cxs/multiple_testing.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace cxs {

Result<std::vector<double>> benjamini_hochberg(std::span<const double> p_values) {
  for (const double p : p_values) {
    if (!(p >= 0 && p <= 1)) {  // also catches NaN, which would break the sort's ordering
      return Error{ErrorCode::not_a_probability,
                   "A p-value was not a number between 0 and 1; check the tests that made it."};
    }
  }
  const std::size_t m = p_values.size();
  std::vector<std::size_t> order(m);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Stable, so tied p-values keep their input order; ties get the same q either way.
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p_values[a] < p_values[b]; });
  std::vector<double> q(m);
  double running_min = 1.0;
  for (std::size_t rank = m; rank >= 1; --rank) {  // largest p first: the step-up direction
    const std::size_t i = order[rank - 1];
    // m / i first, then times p: the order R's p.adjust multiplies in.
    const double scaled = static_cast<double>(m) / static_cast<double>(rank) * p_values[i];
    running_min = std::min(running_min, scaled);
    q[i] = running_min;
  }
  return q;
}

}  // namespace cxs
