// Gauss series for 2F1 with a rescaled running sum; see hypergeometric.hpp.
#include "cxs/hypergeometric.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "cxs/detail/portable_math.hpp"

namespace cxs {

namespace {

// Pfaff's transformation (Abramowitz & Stegun 15.3.4):
//   2F1(a, b; c; z) = (1 − z)^(−b) · 2F1(c − a, b; c; w),  w = z / (z − 1) ≤ 0.
// With 0 < c − a ≤ 1 and 0 < b ≤ c every term ratio (c − a + n)(b + n) / ((c + n)(n + 1)) · w
// has magnitude at most |w|, and w ≤ 0 makes the terms alternate: the series falls
// geometrically from its first term, whatever the size of a and b, and the error after a term
// is below the next one (Leibniz). The Gauss series at the same z first grows for about
// b·z/(1 − z) terms when b is large: thousands of terms for the Pareto/NBD likelihood's
// 2F1(r + s + x, s + 1; r + s + x + 1; z) where the fit explores large r and s.
// z ≤ 0.45 keeps |w| ≤ 0.82, so the series needs fewer than 200 terms.
bool pfaff_series_applies(double a, double b, double c, double z) {
  return z >= 0 && z <= 0.45 && c - a > 0 && c - a <= 1 && b > 0 && b <= c;
}

LogHypergeometric log_hypergeometric_2f1_pfaff(double a, double b, double c, double z,
                                               int max_terms) {
  const double w = z / (z - 1);
  const double a_transformed = c - a;
  LogHypergeometric out;
  double term = 1, sum = 1;
  for (int n = 0; n < max_terms; ++n) {
    const double dn = n;
    term *= (a_transformed + dn) * (b + dn) / ((c + dn) * (dn + 1)) * w;
    sum += term;
    // The rest is smaller than this term's successor, and that is smaller than this term.
    if (std::fabs(term) <= 1e-17 * std::fabs(sum)) {
      out.converged = true;
      break;
    }
  }
  // The terms alternate from 1 and shrink, so the sum lies in (0, 1].
  out.log_abs = -b * pmath::log1p(-z) + pmath::log(sum);
  return out;
}

}  // namespace

LogHypergeometric log_hypergeometric_2f1(double a, double b, double c, double z, int max_terms) {
  constexpr double rescale_at = 1e250;
  const double log_rescale = pmath::log(rescale_at);
  LogHypergeometric out;
  if (!(z >= 0 && z < 1) || !std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) ||
      (c <= 0 && c == std::floor(c))) {
    out.log_abs = std::numeric_limits<double>::quiet_NaN();
    return out;
  }
  if (pfaff_series_applies(a, b, c, z)) return log_hypergeometric_2f1_pfaff(a, b, c, z, max_terms);
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
