// Shifted-beta-geometric (sBG) model of contract renewals: fit a cohort's renewal counts,
// project its survival and retention, and check the fit.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "cxs/optimize.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// Pearson chi-square of observed against expected counts in the n churn periods plus the
/// "still active after period n" cell: n + 1 cells, less 1 for the total and 2 for α and β.
struct SbgChiSquare {
  double chisq = 0;
  int df = 0;                          ///< periods − 2
  double p = 1;                        ///< P(χ²(df) > chisq)
  std::vector<double> observed_churn;  ///< per period 1..n, then the survivors after n
  std::vector<double> expected_churn;  ///< the same cells under the fitted model
};

struct SbgFit {
  double alpha = 0;  ///< beta-distribution shape of churn probabilities (heterogeneity)
  double beta = 0;
  /// Standard errors from the observed information (Hessian in α, β); absent when the
  /// curvature is not positive definite (an optimum on the boundary).
  std::optional<double> alpha_se, beta_se;
  double log_likelihood = 0;
  bool converged = false;
  std::uint64_t cohort_size = 0;  ///< customers at the start of period 0
  int periods = 0;                ///< renewal periods the fit used
  /// Absent with fewer than 3 periods, where no degree of freedom is left.
  std::optional<SbgChiSquare> fit_check;
};

/// Fits the sBG of Fader & Hardie (2007), "How to project customer retention", Journal of
/// Interactive Marketing 21(1):76-90, by maximum likelihood:
/// LL = Σ_t (n_{t−1} − n_t) log P(T = t) + n_last log S(last), with P(T = 1) = α/(α+β),
/// P(T = t) = (β+t−2)/(α+β+t−1) · P(T = t−1) and S(t) = Π r(i), the recursions of the paper.
/// `alive` holds the customers active at the start of periods 0..n (a cohort, e.g.
/// 1000, 631, 468, ...). Fails with invalid_input naming the period when the first count is
/// zero or a count rises, and with too_few_rows when fewer than two periods are given, when no
/// one (or everyone at once) churned, or when the counts are fitted as well by one churn rate
/// for all (the geometric limit α, β → ∞): in each case α and β have no finite maximum.
Result<SbgFit> fit_sbg(std::span<const std::uint64_t> alive,
                       const MinimizeOptions& options = {.tolerance = 1e-15});

/// P(T = t), the probability that a customer's last period is t (t ≥ 1).
double sbg_churn_probability(const SbgFit& fit, int period);
/// S(t), the share of the cohort still active after t periods (S(0) = 1).
double sbg_survival(const SbgFit& fit, int period);
/// r(t) = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1), t ≥ 1 (Fader & Hardie 2007).
double sbg_retention(const SbgFit& fit, int period);

/// One period beyond the fit: the cohort's actual share against the model's projection.
struct SbgHoldoutPeriod {
  int period = 0;
  double actual_survival = 0;     ///< alive[period] / alive[0]
  double projected_survival = 0;  ///< S(period)
};

/// The paper's holdout check: `alive` is the full series (periods 0..m, m > fit.periods), and
/// each period after the fit's last is compared with its projection. Fails with invalid_input
/// when the series does not start with the fitted cohort size or rises.
Result<std::vector<SbgHoldoutPeriod>> sbg_holdout(const SbgFit& fit,
                                                  std::span<const std::uint64_t> alive);

}  // namespace cxs
