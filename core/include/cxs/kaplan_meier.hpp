// Kaplan–Meier: the survival curve of right-censored durations (subscriptions, tenures), with
// Greenwood standard errors, R survival's log-scale interval, and the median with its interval.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// One subject: how long it was observed, and whether the event (churn, death) ended it.
/// event = false is right-censoring, e.g. a subscription still active at as_of.
struct SurvivalObservation {
  double time = 0;  ///< ≥ 0, in any unit (days, months); results use the same unit
  bool event = false;
};

/// The curve at one distinct event time, as a row of R's summary(survfit(...)).
struct KaplanMeierStep {
  double time = 0;
  std::uint64_t n_risk = 0;    ///< subjects with time ≥ this time
  std::uint64_t n_event = 0;   ///< events at this time
  std::uint64_t n_censor = 0;  ///< censored after the previous step, up to and including this time
  double survival = 1;         ///< S(t) just after this time
  /// Greenwood standard error of S(t), on the survival scale (R's summary std.err). 0 where
  /// S(t) = 0: everyone left died, so the step has no sampling spread (R prints NaN).
  double std_err = 0;
  /// 95% interval, log-transformed (R's conf.type = "log"), upper bound clipped to 1. Absent
  /// where S(t) = 0, as R reports NA there: the log scale has no interval around 0.
  std::optional<std::array<double, 2>> ci95;
};

struct KaplanMeierFit {
  std::uint64_t n = 0;                 ///< subjects
  std::uint64_t events = 0;            ///< subjects whose event was observed
  std::vector<KaplanMeierStep> curve;  ///< one step per distinct event time, ascending
  /// First time with S(t) ≤ 0.5; where S(t) stays exactly 0.5 over an interval, the midpoint of
  /// that plateau (R's quantile.survfit). Absent when S(t) never reaches 0.5.
  std::optional<double> median;
  /// The times where the lower and upper 95% curves reach 0.5 (R's quantile.survfit, after
  /// Brookmeyer & Crowley 1982). Each bound is absent when its curve never reaches 0.5.
  std::array<std::optional<double>, 2> median_ci95;
  /// Restricted mean survival time: the area under the curve from 0 to the last observed time
  /// (R's rmean in summary(fit)$table, whose default upper limit for one curve is that time).
  double restricted_mean = 0;
  /// Its standard error, R's se(rmean): sqrt(Σ A_j² d_j / (n_j (n_j − d_j))) over event times
  /// t_j with n_j > d_j, where A_j is the area under the curve from t_j to the limit.
  double restricted_mean_se = 0;
};

/// Kaplan & Meier (1958) product-limit estimate. At a time with both events and censorings,
/// the events come first (the censored were still at risk), as in R's survfit. Fails with
/// too_few_rows on empty input and invalid_input on a negative or non-finite time.
Result<KaplanMeierFit> fit_kaplan_meier(std::span<const SurvivalObservation> observations);

/// S(t) of the fitted curve: the survival after the last step at or before t (1 before the
/// first). Past the last event time the curve stays flat, as R's summary(survfit, times,
/// extend = TRUE) reads it: no later event was seen, so none is assumed.
double kaplan_meier_survival_at(const KaplanMeierFit& fit, double t);

/// S(t + horizon) / S(t): the chance that a subject still in at t is still in at t + horizon.
/// Empty where S(t) = 0 (nobody was left to condition on).
std::optional<double> kaplan_meier_conditional_survival(const KaplanMeierFit& fit, double t,
                                                        double horizon);

}  // namespace cxs
