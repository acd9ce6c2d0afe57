// Pareto/NBD likelihood, fit and predictions; see pareto_nbd.hpp.
#include "cxs/pareto_nbd.hpp"

#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

#include "cxs/detail/portable_math.hpp"
#include "cxs/hypergeometric.hpp"
#include "four_parameter_fit.hpp"

namespace cxs {
namespace {

constexpr double minus_infinity = -std::numeric_limits<double>::infinity();

double log_sum_exp(double u, double v) {
  const double high = std::fmax(u, v);
  if (high == minus_infinity) return high;
  return high + pmath::log1p(pmath::exp(-std::fabs(u - v)));
}

// The two terms of the likelihood's bracket, as logarithms: the customer still alive at T,
// and the customer gone between t_x and T (s/(r+s+x) · A₀).
/// Terms of the 2F1 series evaluated at most (see log_terms).
constexpr int kMaxSeriesTerms = 5000;

struct LogTerms {
  double alive = 0;
  double gone = minus_infinity;
};

LogTerms log_terms(const ParetoNbdModel& m, const RepeatHistory& c) {
  const double x = c.x;
  LogTerms out;
  out.alive = -(m.r + x) * pmath::log(m.alpha + c.T) - m.s * pmath::log(m.beta + c.T);
  const bool alpha_larger = m.alpha >= m.beta;
  const double larger = alpha_larger ? m.alpha : m.beta;
  const double difference = std::fabs(m.alpha - m.beta);
  const double a = m.r + m.s + x;
  const double b = alpha_larger ? m.s + 1 : m.r + x;
  auto log_f = [&](double t) {
    // The series needs about 37/(1 − z) terms. Past kMaxSeriesTerms the parameters lie where
    // one dropout rate is thousands of times the other; the likelihood is treated as
    // undefined there (NaN), which the minimiser steers away from, instead of spending
    // seconds per evaluation. A fit that ends at that edge is reported as not converged.
    const auto h = log_hypergeometric_2f1(a, b, a + 1, difference / (larger + t), kMaxSeriesTerms);
    return h.converged ? h.log_abs - a * pmath::log(larger + t)
                       : std::numeric_limits<double>::quiet_NaN();
  };
  if (!(c.T > c.t_x)) return out;  // bought on the last day: no time to have gone
  const double at_t_x = log_f(c.t_x), at_T = log_f(c.T);
  if (std::isnan(at_t_x) || std::isnan(at_T)) {
    out.gone = std::numeric_limits<double>::quiet_NaN();
    return out;
  }
  // F decreases in t, so A₀ = F(t_x) − F(T) > 0; rounding can only make the gap vanish.
  if (at_T >= at_t_x) return out;
  out.gone = pmath::log(m.s / a) + at_t_x + pmath::log(-pmath::expm1(at_T - at_t_x));
  return out;
}

// [1 − q^(s−1)] / (s − 1) for 0 < q ≤ 1, with its limit −log q at s = 1.
double one_minus_power_over(double q, double s) {
  const double log_q = pmath::log(q);
  if (std::fabs(s - 1) < 1e-10) return -log_q;
  return -pmath::expm1((s - 1) * log_q) / (s - 1);
}

}  // namespace

double pareto_nbd_log_likelihood(const ParetoNbdModel& m, const RepeatHistory& c) {
  const double x = c.x;
  const LogTerms terms = log_terms(m, c);
  return pmath::lgamma(m.r + x) - pmath::lgamma(m.r) + m.r * pmath::log(m.alpha) +
         m.s * pmath::log(m.beta) + log_sum_exp(terms.alive, terms.gone);
}

Result<ParetoNbdFit> fit_pareto_nbd(std::span<const RepeatHistory> customers,
                                    const FitOptions& options) {
  return detail::fit_four_parameter_model<ParetoNbdFit, ParetoNbdModel>(
      customers, options, "Pareto/NBD", "model.pareto_nbd.no_repeat", {"r", "alpha", "s", "beta"},
      [](const ParetoNbdModel& m, const RepeatHistory& c) {
        return pareto_nbd_log_likelihood(m, c);
      });
}

double pareto_nbd_probability_alive(const ParetoNbdModel& model, const RepeatHistory& customer) {
  const LogTerms terms = log_terms(model, customer);
  if (std::isnan(terms.gone)) return std::numeric_limits<double>::quiet_NaN();
  return 1 / (1 + pmath::exp(terms.gone - terms.alive));
}

double pareto_nbd_expected_purchases(const ParetoNbdModel& m, double weeks) {
  if (!(weeks > 0)) return 0;
  return m.r * m.beta / m.alpha * one_minus_power_over(m.beta / (m.beta + weeks), m.s);
}

double pareto_nbd_conditional_expected_purchases(const ParetoNbdModel& m,
                                                 const RepeatHistory& customer, double weeks) {
  if (!(weeks > 0)) return 0;
  const double x = customer.x;
  const double if_alive =
      (m.r + x) * (m.beta + customer.T) / (m.alpha + customer.T) *
      one_minus_power_over((m.beta + customer.T) / (m.beta + customer.T + weeks), m.s);
  return if_alive * pareto_nbd_probability_alive(m, customer);
}

}  // namespace cxs
