// Customer value: expected purchases from BG/NBD or Pareto/NBD times the Gamma–Gamma
// expected transaction value, over a horizon (Fader, Hardie & Lee 2005b, "RFM and CLV").
#pragma once

#include "cxs/bg_nbd.hpp"
#include "cxs/gamma_gamma.hpp"
#include "cxs/pareto_nbd.hpp"
#include "cxs/repeat_history.hpp"
#include "cxs/result.hpp"

namespace cxs {

struct CustomerValueOptions {
  double weeks = 52;  ///< horizon after the calibration end
  /// Discount per week; 0 (the default) is no discounting. With d > 0 the purchases expected
  /// in week k, E[Y(k)] − E[Y(k−1)], are weighted by (1+d)^−k (the last week ends at `weeks`).
  double weekly_discount_rate = 0;
};

/// Σₖ (E[Y(k) | x, t_x, T] − E[Y(k−1) | …]) (1+d)^−k × E[Z | x, zbar]: expected purchases
/// times expected value per purchase, which FHL (2005b) justify by the independence of the
/// spend and the purchase process. Without discounting it is E[Y(t) | …] × E[Z | …] exactly.
/// Fails with infinite_mean when the Gamma–Gamma mean is infinite (q ≤ 1 and x = 0).
Result<double> expected_customer_value(const BgNbdModel& purchases, const GammaGammaModel& spend,
                                       const RepeatHistory& customer,
                                       const CustomerValueOptions& options);
/// The same with Pareto/NBD purchases.
Result<double> expected_customer_value(const ParetoNbdModel& purchases,
                                       const GammaGammaModel& spend, const RepeatHistory& customer,
                                       const CustomerValueOptions& options);

}  // namespace cxs
