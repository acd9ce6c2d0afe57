// Log-scale maximum likelihood with Wald intervals; see model_fit.hpp.
#include "cxs/model_fit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "cxs/detail/portable_math.hpp"

namespace cxs {
namespace {

constexpr double log_bound = 30;             // θ stays within e^±30 ≈ 1e±13
constexpr double runaway_bound = 25;         // beyond this the optimum is a boundary, not a fit
constexpr double z_975 = 1.959963984540054;  // qnorm(0.975)

}  // namespace

LogScaleFit fit_on_log_scale(const Objective& log_likelihood_of_log_params,
                             std::vector<double> start_log, std::span<const std::string_view> names,
                             const FitOptions& options) {
  const Objective negative = [&](std::span<const double> u) {
    for (const double value : u)
      if (!(std::fabs(value) <= log_bound)) return std::numeric_limits<double>::infinity();
    const double ll = log_likelihood_of_log_params(u);
    return std::isfinite(ll) ? -ll : std::numeric_limits<double>::infinity();
  };
  const Minimum found = minimize_nelder_mead(negative, std::move(start_log), options.minimize);
  LogScaleFit out;
  out.log_likelihood = -found.value;
  out.evaluations = found.evaluations;
  out.converged = found.converged && std::isfinite(found.value);
  for (const double value : found.x)
    if (std::fabs(value) > runaway_bound) out.converged = false;
  const std::vector<double> se_log = standard_errors(negative, found.x);
  for (std::size_t i = 0; i < found.x.size(); ++i) {
    Parameter p{.name = names[i], .value = pmath::exp(found.x[i])};
    p.ci95 = {p.value, p.value};
    const std::array<double, 2> ci95 = {pmath::exp(found.x[i] - z_975 * se_log[i]),
                                        pmath::exp(found.x[i] + z_975 * se_log[i])};
    // A finite SE so large that the interval leaves the representable range says as little
    // as no SE at all.
    if (std::isfinite(se_log[i]) && ci95[0] > 0 && std::isfinite(ci95[1])) {
      p.has_se = true;
      p.se = p.value * se_log[i];
      p.ci95 = ci95;
    }
    out.converged = out.converged && p.has_se;
    out.params.push_back(p);
  }
  return out;
}

}  // namespace cxs
