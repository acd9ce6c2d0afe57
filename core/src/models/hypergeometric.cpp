// Gauss series for 2F1 with a rescaled running sum; see hypergeometric.hpp.
#include "cxs/hypergeometric.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "cxs/detail/portable_math.hpp"

namespace cxs {

LogHypergeometric log_hypergeometric_2f1(double a, double b, double c, double z, int max_terms) {
  constexpr double rescale_at = 1e250;
  const double log_rescale = pmath::log(rescale_at);
  LogHypergeometric out;
  if (!(z >= 0 && z < 1) || !std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) ||
      (c <= 0 && c == std::floor(c))) {
    out.log_abs = std::numeric_limits<double>::quiet_NaN();
    return out;
  }
  double log_scale = 0;  // the true sum is sum · exp(log_scale)
  double term = 1, sum = 1;
  for (int n = 0; n < max_terms; ++n) {
    const double dn = n;
    const double ratio = (a + dn) * (b + dn) / ((c + dn) * (dn + 1)) * z;
    term *= ratio;
    sum += term;
    if (term == 0) {  // a or b a non-positive integer: the series ended
      out.converged = true;
      break;
    }
    if (std::fabs(sum) > rescale_at || std::fabs(term) > rescale_at) {
      sum /= rescale_at, term /= rescale_at;
      log_scale += log_rescale;
    }
    const double rho = std::max(std::fabs(ratio), z);
    if (rho < 1 && std::fabs(term) * rho / (1 - rho) <= 1e-16 * std::fabs(sum)) {
      out.converged = true;
      break;
    }
  }
  out.sign = sum < 0 ? -1 : 1;
  out.log_abs = pmath::log(std::fabs(sum)) + log_scale;
  return out;
}

}  // namespace cxs
