// The maximum-likelihood fit shared by the two four-parameter repeat-purchase models (BG/NBD
// and Pareto/NBD): group customers by (x, t_x, T), maximise on log parameters, and fill the
// model's Fit. Private to models/.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/detail/portable_math.hpp"
#include "cxs/model_fit.hpp"
#include "cxs/repeat_history.hpp"
#include "cxs/result.hpp"

namespace cxs::detail {

/// `Model` is built from four values in `names` order; `log_likelihood(model, customer)` is
/// one customer's log-likelihood. Fails with too_few_rows on no customers, or when nobody
/// repeated (the message `no_repeat_id` says why the model then has no maximum).
template <typename Fit, typename Model, typename LogLikelihood>
Result<Fit> fit_four_parameter_model(std::span<const RepeatHistory> customers,
                                     const FitOptions& options, std::string_view model_name,
                                     const char* no_repeat_id,
                                     const std::array<std::string_view, 4>& names,
                                     LogLikelihood log_likelihood) {
  if (customers.empty()) {
    return Error{ErrorCode::too_few_rows,
                 Message("model.needs_customers").text("model", std::string(model_name))};
  }
  bool anyone_repeated = false;
  for (const RepeatHistory& c : customers) anyone_repeated = anyone_repeated || c.x > 0;
  if (!anyone_repeated) return Error{ErrorCode::too_few_rows, Message(no_repeat_id)};
  const std::vector<RecencyFrequencyGroup> groups = group_by_recency_frequency(customers);
  const Objective objective = [&groups, &log_likelihood](std::span<const double> u) {
    const Model m{pmath::exp(u[0]), pmath::exp(u[1]), pmath::exp(u[2]), pmath::exp(u[3])};
    double sum = 0;
    for (const RecencyFrequencyGroup& g : groups) sum += g.count * log_likelihood(m, g.history);
    return sum;
  };
  const LogScaleFit fit = fit_on_log_scale(objective, {0, 0, 0, 0}, names, options);
  Fit out;
  for (std::size_t i = 0; i < 4; ++i) out.params[i] = fit.params[i];
  out.model = {out.params[0].value, out.params[1].value, out.params[2].value, out.params[3].value};
  out.log_likelihood = fit.log_likelihood;
  out.converged = fit.converged;
  out.n = customers.size();
  out.evaluations = fit.evaluations;
  return out;
}

}  // namespace cxs::detail
