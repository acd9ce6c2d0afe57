// Expected purchases × expected spend, optionally discounted by week; see customer_value.hpp.
#include "cxs/customer_value.hpp"

#include <algorithm>
#include <cmath>

#include "cxs/detail/portable_math.hpp"

namespace cxs {
namespace {

template <typename ExpectedPurchases>
Result<double> value_of(ExpectedPurchases&& expected_by, const GammaGammaModel& spend,
                        const RepeatHistory& customer, const CustomerValueOptions& options) {
  if (!(options.weekly_discount_rate > -1) || !std::isfinite(options.weekly_discount_rate)) {
    return Error{ErrorCode::invalid_options, "weekly_discount_rate must be above −1 (0: none)."};
  }
  const auto per_purchase = gamma_gamma_conditional_expected_value(spend, customer);
  if (!per_purchase) return per_purchase.error();
  const double horizon = std::isfinite(options.weeks) ? std::max(0.0, options.weeks) : 0.0;
  double purchases = 0;
  if (options.weekly_discount_rate == 0) {
    purchases = expected_by(horizon);
  } else {
    const double log_discount = pmath::log1p(options.weekly_discount_rate);
    double before = 0;
    for (int week = 1;; ++week) {
      const double end = std::min(static_cast<double>(week), horizon);
      const double by_end = expected_by(end);
      purchases += (by_end - before) * pmath::exp(-end * log_discount);
      before = by_end;
      if (end >= horizon) break;
    }
  }
  return purchases * per_purchase.value();
}

}  // namespace

Result<double> expected_customer_value(const BgNbdModel& purchases, const GammaGammaModel& spend,
                                       const RepeatHistory& customer,
                                       const CustomerValueOptions& options) {
  return value_of(
      [&](double t) { return bg_nbd_conditional_expected_purchases(purchases, customer, t); },
      spend, customer, options);
}

Result<double> expected_customer_value(const ParetoNbdModel& purchases,
                                       const GammaGammaModel& spend, const RepeatHistory& customer,
                                       const CustomerValueOptions& options) {
  return value_of(
      [&](double t) { return pareto_nbd_conditional_expected_purchases(purchases, customer, t); },
      spend, customer, options);
}

}  // namespace cxs
