// Hypergeometric: the Gaussian hypergeometric function 2F1 in log space, which the BG/NBD
// and Pareto/NBD expressions need.
#pragma once

namespace cxs {

/// 2F1(a, b; c; z) as log |value| and its sign, so that values near 1e±300 (a customer with
/// many purchases) neither overflow nor underflow.
struct LogHypergeometric {
  double log_abs = 0;      ///< log |2F1(a, b; c; z)|
  double sign = 1;         ///< +1 or −1
  bool converged = false;  ///< the series met its tolerance within the term limit
};

/// 2F1(a, b; c; z) = Σₙ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ by its Gauss series (Abramowitz & Stegun
/// 15.1.1), for 0 ≤ z < 1 and c not 0, −1, −2, …. The running sum is rescaled whenever it
/// grows past 1e250, so only its logarithm is ever large. The series converges for |z| < 1,
/// geometrically like zⁿ: about log(1e-16)/log(z) terms, 3,500 at z = 0.99. It stops when
/// the rest, bounded by the geometric tail |term| ρ/(1 − ρ) with ρ = max(current term ratio,
/// z) (the ratios tend to z monotonically for large n), is below 1e-16 of the sum; after
/// `max_terms` it stops with converged = false. For 0 ≤ z ≤ 0.45, 0 < c − a ≤ 1 and
/// 0 < b ≤ c (the Pareto/NBD case c = a + 1) it sums Pfaff's transform (A&S 15.3.4) instead,
/// whose terms alternate and shrink from the first however large a and b are.
LogHypergeometric log_hypergeometric_2f1(double a, double b, double c, double z,
                                         int max_terms = 200000);

}  // namespace cxs
