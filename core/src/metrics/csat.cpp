// CSAT with the Wilson score interval; see csat.hpp.
#include "cxs/csat.hpp"

#include <algorithm>
#include <cmath>

#include "cxs/distributions.hpp"

namespace cxs {

Result<CsatEstimate> estimate_csat(const CsatCounts& counts) {
  if (counts.total == 0) return Error{ErrorCode::too_few_rows, "No valid CSAT answers."};
  constexpr double z = kZ95;
  const double n = static_cast<double>(counts.total);
  const double p = static_cast<double>(counts.satisfied) / n;
  const double denominator = 1 + z * z / n;
  const double centre = (p + z * z / (2 * n)) / denominator;
  const double half = z / denominator * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
  CsatEstimate out;
  out.counts = counts;
  out.csat.value = 100 * p;
  out.csat.n = counts.total;
  out.csat.ci95 = {100 * std::max(0.0, centre - half), 100 * std::min(1.0, centre + half)};
  out.csat.method = Method::wilson;
  return out;
}

}  // namespace cxs
