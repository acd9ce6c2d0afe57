// Gamma–Gamma spend model; see gamma_gamma.hpp.
#include "cxs/gamma_gamma.hpp"

#include <cmath>
#include <string_view>
#include <vector>

#include "cxs/detail/portable_math.hpp"

namespace cxs {

double gamma_gamma_log_likelihood(const GammaGammaModel& m, std::uint32_t count, double zbar) {
  const double x = count;
  const double px = m.p * x;
  return pmath::lgamma(px + m.q) - pmath::lgamma(px) - pmath::lgamma(m.q) +
         m.q * pmath::log(m.gamma) + (px - 1) * pmath::log(zbar) + px * pmath::log(x) -
         (px + m.q) * pmath::log(m.gamma + x * zbar);
}

Result<GammaGammaFit> fit_gamma_gamma(std::span<const RepeatHistory> customers,
                                      const FitOptions& options) {
  GammaGammaFit out;
  std::vector<RepeatHistory> used;
  for (const RepeatHistory& c : customers) {
    if (c.x == 0) {
      ++out.without_repeat;
    } else if (!(c.mean_repeat_value > 0) || !std::isfinite(c.mean_repeat_value)) {
      ++out.non_positive_value;
    } else {
      used.push_back(c);
    }
  }
  if (used.empty()) {
    return Error{ErrorCode::too_few_rows, Message("model.gamma_gamma.no_repeat_value")
                                              .count("without_repeat", out.without_repeat)
                                              .count("non_positive", out.non_positive_value)};
  }
  const Objective log_likelihood = [&used](std::span<const double> u) {
    const GammaGammaModel m{pmath::exp(u[0]), pmath::exp(u[1]), pmath::exp(u[2])};
    double sum = 0;
    for (const RepeatHistory& c : used)
      sum += gamma_gamma_log_likelihood(m, c.x, c.mean_repeat_value);
    return sum;
  };
  static constexpr std::array<std::string_view, 3> names{"p", "q", "gamma"};
  const LogScaleFit fit = fit_on_log_scale(log_likelihood, {0, 0, 0}, names, options);
  for (std::size_t i = 0; i < 3; ++i) out.params[i] = fit.params[i];
  out.model = {out.params[0].value, out.params[1].value, out.params[2].value};
  out.log_likelihood = fit.log_likelihood;
  out.converged = fit.converged;
  out.n = used.size();
  out.evaluations = fit.evaluations;
  return out;
}

Result<double> gamma_gamma_expected_value(const GammaGammaModel& m) {
  if (!(m.q > 1)) {
    return Error{ErrorCode::infinite_mean,
                 "The fitted Gamma-Gamma q is at most 1, so the mean transaction value is "
                 "infinite; more repeat customers may give a usable fit."};
  }
  return m.p * m.gamma / (m.q - 1);
}

Result<double> gamma_gamma_conditional_expected_value(const GammaGammaModel& m,
                                                      const RepeatHistory& customer) {
  if (customer.x == 0) return gamma_gamma_expected_value(m);
  const double x = customer.x;
  const double denominator = m.p * x + m.q - 1;
  if (!(denominator > 0)) {
    return Error{ErrorCode::infinite_mean,
                 "p x + q − 1 ≤ 0: the posterior mean transaction value is infinite."};
  }
  return m.p * (m.gamma + x * customer.mean_repeat_value) / denominator;
}

}  // namespace cxs
