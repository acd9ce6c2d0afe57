// Kaplan–Meier product-limit estimate with Greenwood errors; see kaplan_meier.hpp.
#include "cxs/kaplan_meier.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <string>

#include "cxs/detail/portable_math.hpp"
#include "cxs/distributions.hpp"

namespace cxs {
namespace {

// The p-quantile of a step curve as R survival's findq (called by quantile.survfit, survival
// 3.5) finds it, so medians match survfit's print to the last digit. `time` starts with the
// curve's origin 0 and `failure` with 0; failure = 1 − S, absent where the curve is NA. R keeps
// the first occurrence of each failure value, then takes the first knot within `tolerance` at
// or above p from both sides; when the two differ (the curve sits on p over an interval) the
// quantile is the midpoint, and a curve that ends on p uses the last observed time as the end.
std::optional<double> r_step_quantile(const std::vector<double>& time,
                                      const std::vector<std::optional<double>>& failure, double p,
                                      double last_observed_time) {
  constexpr double tolerance = 1.4901161193847656e-08;  // sqrt(.Machine$double.eps)
  double highest = -1;
  for (const auto& y : failure)
    if (y) highest = std::max(highest, *y);
  if (highest < p) return std::nullopt;
  std::vector<double> x;
  std::vector<std::optional<double>> y;
  for (std::size_t i = 0; i < failure.size(); ++i) {
    if (std::find(y.begin(), y.end(), failure[i]) != y.end()) continue;  // R's duplicated()
    x.push_back(time[i]);
    y.push_back(failure[i]);
  }
  // approx(y ± tol, index, p, method = "constant", f = 1): the index of the smallest knot that
  // is ≥ p, or none when p lies outside the knots.
  auto index_at = [&](double shift) -> std::optional<std::size_t> {
    std::optional<std::size_t> found;
    double lowest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < y.size(); ++i) {
      if (!y[i]) continue;
      const double knot = *y[i] + shift;
      lowest = std::min(lowest, knot);
      if (knot >= p && (!found || knot < *y[*found] + shift)) found = i;
    }
    if (p < lowest) return std::nullopt;
    return found;
  };
  const auto first = index_at(tolerance), second = index_at(-tolerance);
  if (!first) return std::nullopt;
  if (y.back() && std::fabs(p - *y.back()) < tolerance) return (x[*first] + last_observed_time) / 2;
  if (!second) return std::nullopt;
  return (x[*first] + x[*second]) / 2;
}

}  // namespace

Result<KaplanMeierFit> fit_kaplan_meier(std::span<const SurvivalObservation> observations) {
  if (observations.empty())
    return Error{ErrorCode::too_few_rows, "Kaplan–Meier needs at least one observation."};
  for (std::size_t i = 0; i < observations.size(); ++i) {
    if (!(observations[i].time >= 0) || !std::isfinite(observations[i].time))
      return Error{ErrorCode::invalid_input,
                   "Observation " + std::to_string(i) + " has a negative or missing time."};
  }
  std::vector<SurvivalObservation> sorted(observations.begin(), observations.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.time < b.time; });

  KaplanMeierFit fit;
  fit.n = sorted.size();
  // Interval on the log scale, R survival's default (conf.type = "log"), so fixtures made with
  // survfit compare directly. var(log S) is Greenwood (1926): Σ d / (n (n − d)).
  const double z = normal_quantile(0.975);
  std::uint64_t at_risk = fit.n, censored_since_step = 0;
  double survival = 1, greenwood_sum = 0;
  for (std::size_t i = 0; i < sorted.size();) {
    const double time = sorted[i].time;
    std::uint64_t events = 0, censored = 0;
    for (; i < sorted.size() && sorted[i].time == time; ++i)
      (sorted[i].event ? events : censored)++;
    censored_since_step += censored;
    if (events > 0) {
      const auto n = static_cast<double>(at_risk), d = static_cast<double>(events);
      survival *= (n - d) / n;
      KaplanMeierStep step{.time = time,
                           .n_risk = at_risk,
                           .n_event = events,
                           .n_censor = censored_since_step,
                           .survival = survival,
                           .std_err = 0,
                           .ci95 = std::nullopt};
      if (events < at_risk) {
        greenwood_sum += d / (n * (n - d));
        const double log_se = std::sqrt(greenwood_sum);
        step.std_err = survival * log_se;
        step.ci95 =
            std::array<double, 2>{pmath::exp(pmath::log(survival) - z * log_se),
                                  std::min(1.0, pmath::exp(pmath::log(survival) + z * log_se))};
      }
      fit.curve.push_back(step);
      fit.events += events;
      censored_since_step = 0;
    }
    at_risk -= events + censored;
  }

  // Quantiles read the curves at the origin and at each event time; censor-only times repeat
  // the previous value, which R's duplicate removal drops anyway.
  std::vector<double> times{0};
  std::vector<std::optional<double>> estimate{0.0}, from_lower{0.0}, from_upper{0.0};
  for (const auto& step : fit.curve) {
    times.push_back(step.time);
    estimate.push_back(1 - step.survival);
    from_lower.push_back(step.ci95 ? std::optional(1 - (*step.ci95)[0]) : std::nullopt);
    from_upper.push_back(step.ci95 ? std::optional(1 - (*step.ci95)[1]) : std::nullopt);
  }
  const double last_time = sorted.back().time;

  // Area under the step curve up to last_time, built from the right so each event time's
  // remaining area A_j is at hand for the variance (the mean-life variance of Kaplan & Meier 1958,
  // as in R's survmean).
  double area_after = 0, variance = 0;
  for (std::size_t j = fit.curve.size(); j-- > 0;) {
    const double until = j + 1 < fit.curve.size() ? fit.curve[j + 1].time : last_time;
    area_after += fit.curve[j].survival * (until - fit.curve[j].time);
    const auto n = static_cast<double>(fit.curve[j].n_risk);
    const auto d = static_cast<double>(fit.curve[j].n_event);
    if (n > d) variance += area_after * area_after * d / (n * (n - d));
  }
  const double first_event = fit.curve.empty() ? last_time : fit.curve.front().time;
  fit.restricted_mean = first_event + area_after;
  fit.restricted_mean_se = std::sqrt(variance);
  fit.median = r_step_quantile(times, estimate, 0.5, last_time);
  fit.median_ci95 = {r_step_quantile(times, from_lower, 0.5, last_time),
                     r_step_quantile(times, from_upper, 0.5, last_time)};
  return fit;
}

double kaplan_meier_survival_at(const KaplanMeierFit& fit, double t) {
  const auto after =
      std::upper_bound(fit.curve.begin(), fit.curve.end(), t,
                       [](double time, const KaplanMeierStep& step) { return time < step.time; });
  return after == fit.curve.begin() ? 1.0 : std::prev(after)->survival;
}

std::optional<double> kaplan_meier_conditional_survival(const KaplanMeierFit& fit, double t,
                                                        double horizon) {
  const double now = kaplan_meier_survival_at(fit, t);
  if (!(now > 0)) return std::nullopt;
  return kaplan_meier_survival_at(fit, t + horizon) / now;
}

}  // namespace cxs
