// BG/NBD likelihood, fit and predictions; see bg_nbd.hpp.
#include "cxs/bg_nbd.hpp"

#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

#include "cxs/detail/portable_math.hpp"
#include "cxs/hypergeometric.hpp"
#include "four_parameter_fit.hpp"

namespace cxs {
namespace {

double log_beta(double a, double b) {
  return pmath::lgamma(a) + pmath::lgamma(b) - pmath::lgamma(a + b);
}

double log_sum_exp(double u, double v) {
  const double high = std::fmax(u, v);
  if (high == -std::numeric_limits<double>::infinity()) return high;
  return high + pmath::log1p(pmath::exp(-std::fabs(u - v)));
}

// Expressions with a factor 1/(a − 1) are 0/0 at a = 1 but continuous there: evaluate on
// both sides and average.
template <typename F>
double continuous_at_a_equal_one(const BgNbdModel& model, F&& f) {
  if (std::fabs(model.a - 1) > 1e-6) return f(model);
  BgNbdModel below = model, above = model;
  below.a = 1 - 1e-6;
  above.a = 1 + 1e-6;
  return (f(below) + f(above)) / 2;
}

// log of δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x), the odds against being alive; −inf if x = 0.
double log_odds_dropped_out(const BgNbdModel& m, const RepeatHistory& c) {
  if (c.x == 0) return -std::numeric_limits<double>::infinity();
  const double x = c.x;
  return pmath::log(m.a / (m.b + x - 1)) +
         (m.r + x) * pmath::log((m.alpha + c.T) / (m.alpha + c.t_x));
}

// (a+b+x−1)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]: eq. (10)
// without its P(alive)-like denominator; with x = 0 and T = 0 it is eq. (7).
double expected_if_alive(const BgNbdModel& m, double x, double T, double t) {
  const double c = m.a + m.b + x - 1;
  const auto f = log_hypergeometric_2f1(m.r + x, m.b + x, c, t / (m.alpha + T + t));
  if (!f.converged) return std::numeric_limits<double>::quiet_NaN();
  const double log_term = (m.r + x) * pmath::log((m.alpha + T) / (m.alpha + T + t)) + f.log_abs;
  // 1 − sign·e^log_term, without cancellation when the product is near 1 (short horizons).
  const double bracket = f.sign > 0 ? -pmath::expm1(log_term) : 1 + pmath::exp(log_term);
  return c / (m.a - 1) * bracket;
}

}  // namespace

double bg_nbd_log_likelihood(const BgNbdModel& m, const RepeatHistory& c) {
  const double x = c.x;
  const double common =
      pmath::lgamma(m.r + x) - pmath::lgamma(m.r) + m.r * pmath::log(m.alpha) - log_beta(m.a, m.b);
  const double still_alive = log_beta(m.a, m.b + x) - (m.r + x) * pmath::log(m.alpha + c.T);
  if (c.x == 0) return common + still_alive;
  const double dropped_after_last =
      log_beta(m.a + 1, m.b + x - 1) - (m.r + x) * pmath::log(m.alpha + c.t_x);
  return common + log_sum_exp(still_alive, dropped_after_last);
}

Result<BgNbdFit> fit_bg_nbd(std::span<const RepeatHistory> customers, const FitOptions& options) {
  return detail::fit_four_parameter_model<BgNbdFit, BgNbdModel>(
      customers, options, "BG/NBD", "model.bgnbd.no_repeat", {"r", "alpha", "a", "b"},
      [](const BgNbdModel& m, const RepeatHistory& c) { return bg_nbd_log_likelihood(m, c); });
}

double bg_nbd_probability_alive(const BgNbdModel& model, const RepeatHistory& customer) {
  return 1 / (1 + pmath::exp(log_odds_dropped_out(model, customer)));
}

double bg_nbd_expected_purchases(const BgNbdModel& model, double weeks) {
  if (!(weeks > 0)) return 0;
  return continuous_at_a_equal_one(
      model, [&](const BgNbdModel& m) { return expected_if_alive(m, 0, 0, weeks); });
}

double bg_nbd_probability_of_purchases(const BgNbdModel& m, std::uint32_t count, double weeks) {
  if (!(weeks > 0)) return count == 0 ? 1 : 0;  // nothing can happen in no time
  const double x = count;
  const double log_p0 = m.r * pmath::log(m.alpha / (m.alpha + weeks));  // log (α/(α+t))^r
  const double log_z = pmath::log(weeks / (m.alpha + weeks));           // log t/(α+t)
  const double alive =
      pmath::exp(log_beta(m.a, m.b + x) - log_beta(m.a, m.b) + pmath::lgamma(m.r + x) -
                 pmath::lgamma(m.r) - pmath::lgamma(x + 1) + log_p0 + (count > 0 ? x * log_z : 0));
  if (count == 0) return alive;
  // 1 − (α/(α+t))^r Σ_{j<x} Γ(r+j)/(Γ(r) j!) (t/(α+t))^j: the NBD probability of ≥ x events.
  double partial = 0;
  for (std::uint32_t j = 0; j < count; ++j) {
    const double dj = j;
    partial += pmath::exp(pmath::lgamma(m.r + dj) - pmath::lgamma(m.r) - pmath::lgamma(dj + 1) +
                          log_p0 + (j > 0 ? dj * log_z : 0));
  }
  const double dropped =
      pmath::exp(log_beta(m.a + 1, m.b + x - 1) - log_beta(m.a, m.b)) * std::fmax(0.0, 1 - partial);
  return alive + dropped;
}

double bg_nbd_conditional_expected_purchases(const BgNbdModel& model, const RepeatHistory& customer,
                                             double weeks) {
  if (!(weeks > 0)) return 0;
  const double x = customer.x;
  return continuous_at_a_equal_one(model, [&](const BgNbdModel& m) {
    return expected_if_alive(m, x, customer.T, weeks) * bg_nbd_probability_alive(m, customer);
  });
}

double bg_nbd_conditional_probability_of_purchase(const BgNbdModel& m,
                                                  const RepeatHistory& customer, double weeks) {
  if (!(weeks > 0)) return 0;
  const double r = m.r + customer.x, rate = m.alpha + customer.T;
  // 1 − (rate/(rate+t))^r = −expm1(−r log1p(t/rate)), exact for a small t/rate.
  return -pmath::expm1(-r * pmath::log1p(weeks / rate)) * bg_nbd_probability_alive(m, customer);
}

}  // namespace cxs
