// Shifted-beta-geometric fit, projections and checks; see sbg.hpp.
#include "cxs/sbg.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "cxs/detail/portable_math.hpp"
#include "cxs/distributions.hpp"

namespace cxs {
namespace {

// log P(T = t) for t = 1..periods and log S(periods), by the paper's recursions in log space:
// P(T = 1) = α/(α+β), P(T = t) = P(T = t−1)·(β+t−2)/(α+β+t−1), S(t) = S(t−1)·(β+t−1)/(α+β+t−1).
// Products of ratios keep S(t) accurate where S(t−1) − P(T = t) would cancel.
struct LogProbabilities {
  std::vector<double> churn;  // index t − 1
  double survival = 0;
};

LogProbabilities log_probabilities(double alpha, double beta, int periods) {
  LogProbabilities out;
  double log_churn = pmath::log(alpha) - pmath::log(alpha + beta);
  double log_survival = 0;
  for (int t = 1; t <= periods; ++t) {
    if (t > 1) log_churn += pmath::log(beta + t - 2) - pmath::log(alpha + beta + t - 1);
    log_survival += pmath::log(beta + t - 1) - pmath::log(alpha + beta + t - 1);
    out.churn.push_back(log_churn);
  }
  out.survival = log_survival;
  return out;
}

double log_likelihood(double alpha, double beta, std::span<const std::uint64_t> alive) {
  const int periods = static_cast<int>(alive.size()) - 1;
  const auto logs = log_probabilities(alpha, beta, periods);
  double sum = static_cast<double>(alive.back()) * logs.survival;
  for (int t = 1; t <= periods; ++t) {
    const auto lost = static_cast<double>(alive[t - 1] - alive[t]);
    if (lost > 0) sum += lost * logs.churn[t - 1];
  }
  return sum;
}

std::optional<Error> check_counts(std::span<const std::uint64_t> alive) {
  if (alive.empty() || alive[0] == 0)
    return Error{ErrorCode::invalid_input, Message("model.sbg.empty_first_period")};
  for (std::size_t t = 1; t < alive.size(); ++t)
    if (alive[t] > alive[t - 1])
      return Error{ErrorCode::invalid_input, Message("model.sbg.rising_counts")
                                                 .count("period", t)
                                                 .count("alive", alive[t])
                                                 .count("before", alive[t - 1])
                                                 .count("previous", t - 1)};
  return std::nullopt;
}

}  // namespace

Result<SbgFit> fit_sbg(std::span<const std::uint64_t> alive, const MinimizeOptions& options) {
  if (auto error = check_counts(alive)) return *error;
  if (alive.size() < 3) return Error{ErrorCode::too_few_rows, Message("model.sbg.too_few_periods")};
  const int periods = static_cast<int>(alive.size()) - 1;
  if (alive.back() == alive.front())
    return Error{ErrorCode::too_few_rows, Message("model.sbg.no_churn")};
  if (alive[1] == 0)
    return Error{ErrorCode::too_few_rows, Message("model.sbg.all_churned_at_once")};

  // Search over (log α, log β) so the simplex never leaves the positive quadrant.
  const Objective on_log_scale = [&](std::span<const double> x) {
    return -log_likelihood(pmath::exp(x[0]), pmath::exp(x[1]), alive);
  };
  const Minimum found = minimize_nelder_mead(on_log_scale, {0.0, 0.0}, options);
  // The sBG holds the geometric (one churn probability for all) as its limit α, β → ∞ with
  // α/(α+β) fixed. When the data are no more heterogeneous than that (retention does not rise
  // with tenure), the optimum runs off to that limit and α, β mean nothing: say so instead.
  double churned = 0, exposure = 0;
  for (int t = 1; t <= periods; ++t)
    churned += static_cast<double>(alive[t - 1] - alive[t]),
        exposure += static_cast<double>(alive[t - 1]);
  const double p = churned / exposure;  // the geometric's maximum-likelihood churn probability
  double geometric_ll = static_cast<double>(alive.back()) * periods * pmath::log1p(-p);
  for (int t = 1; t <= periods; ++t) {
    const auto lost = static_cast<double>(alive[t - 1] - alive[t]);
    if (lost > 0) geometric_ll += lost * (pmath::log(p) + (t - 1) * pmath::log1p(-p));
  }
  if (-found.value - geometric_ll <= 1e-9 * std::fabs(geometric_ll))
    return Error{ErrorCode::too_few_rows,
                 Message("model.sbg.flat_retention").number("percent", 100 * p, "%f")};

  SbgFit fit;
  fit.alpha = pmath::exp(found.x[0]);
  fit.beta = pmath::exp(found.x[1]);
  fit.log_likelihood = -found.value;
  fit.converged = found.converged;
  fit.cohort_size = alive[0];
  fit.periods = periods;

  // Standard errors in α and β themselves, from the curvature at the optimum.
  const Objective natural = [&](std::span<const double> x) {
    if (!(x[0] > 0) || !(x[1] > 0)) return std::numeric_limits<double>::infinity();
    return -log_likelihood(x[0], x[1], alive);
  };
  const auto se = standard_errors(natural, std::vector<double>{fit.alpha, fit.beta});
  if (std::isfinite(se[0]) && std::isfinite(se[1])) fit.alpha_se = se[0], fit.beta_se = se[1];

  if (periods >= 3) {
    SbgChiSquare check;
    const double n0 = static_cast<double>(alive[0]);
    for (int t = 1; t <= periods; ++t) {
      check.observed_churn.push_back(static_cast<double>(alive[t - 1] - alive[t]));
      check.expected_churn.push_back(n0 * sbg_churn_probability(fit, t));
    }
    check.observed_churn.push_back(static_cast<double>(alive.back()));
    check.expected_churn.push_back(n0 * sbg_survival(fit, periods));
    for (std::size_t i = 0; i < check.observed_churn.size(); ++i) {
      const double gap = check.observed_churn[i] - check.expected_churn[i];
      check.chisq += gap * gap / check.expected_churn[i];
    }
    check.df = periods - 2;
    check.p = chi_squared_upper_tail(check.chisq, check.df);
    fit.fit_check = std::move(check);
  }
  return fit;
}

double sbg_churn_probability(const SbgFit& fit, int period) {
  if (period < 1) return 0;
  return pmath::exp(log_probabilities(fit.alpha, fit.beta, period).churn.back());
}

double sbg_survival(const SbgFit& fit, int period) {
  if (period < 1) return 1;
  return pmath::exp(log_probabilities(fit.alpha, fit.beta, period).survival);
}

double sbg_retention(const SbgFit& fit, int period) {
  return (fit.beta + period - 1) / (fit.alpha + fit.beta + period - 1);
}

Result<std::vector<SbgHoldoutPeriod>> sbg_holdout(const SbgFit& fit,
                                                  std::span<const std::uint64_t> alive) {
  if (auto error = check_counts(alive)) return *error;
  if (alive[0] != fit.cohort_size)
    return Error{ErrorCode::invalid_input, "Period 0 has " + std::to_string(alive[0]) +
                                               " customers, but the fit's cohort had " +
                                               std::to_string(fit.cohort_size) + "."};
  std::vector<SbgHoldoutPeriod> out;
  for (int t = fit.periods + 1; t < static_cast<int>(alive.size()); ++t)
    out.push_back(
        {t, static_cast<double>(alive[t]) / static_cast<double>(alive[0]), sbg_survival(fit, t)});
  return out;
}

}  // namespace cxs
