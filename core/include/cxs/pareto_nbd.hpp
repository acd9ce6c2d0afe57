// Pareto/NBD: the model of repeat purchasing with exponential lifetimes of Schmittlein,
// Morrison & Colombo (1987), its maximum-likelihood fit and its per-customer predictions.
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "cxs/model_fit.hpp"
#include "cxs/repeat_history.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// Purchase rate λ ~ gamma(r, alpha) while alive; lifetime exponential with rate
/// μ ~ gamma(s, beta). Time in weeks.
struct ParetoNbdModel {
  double r = 0, alpha = 0, s = 0, beta = 0;
};

struct ParetoNbdFit {
  ParetoNbdModel model;
  std::array<Parameter, 4> params;  ///< r, alpha, s, beta with SE and log-scale Wald interval
  double log_likelihood = 0;
  bool converged = false;
  std::uint64_t n = 0;  ///< customers in the fit
  int evaluations = 0;
};

/// log L(r, α, s, β | x, t_x, T) of one customer: Fader & Hardie (2005), "A note on
/// deriving the Pareto/NBD model and related expressions", section 3, with A₀ as there for
/// α ≥ β and α < β, as BTYD's pnbd.LL computes it:
///   L = Γ(r+x) α^r β^s / Γ(r) · [1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀],
///   A₀ = F(t_x) − F(T), F(t) = ₂F₁(r+s+x, s+1 | r+x; r+s+x+1; |α−β|/(max(α,β)+t))
///                              / (max(α,β)+t)^(r+s+x).
/// The 2F1 argument is below 1 (it is 0 at α = β); everything is summed in log space and
/// the difference F(t_x) − F(T) taken as F(t_x)(1 − e^(log F(T) − log F(t_x))).
double pareto_nbd_log_likelihood(const ParetoNbdModel& model, const RepeatHistory& customer);

/// Maximum likelihood over log r, log α, log s, log β by Nelder–Mead from (1, 1, 1, 1).
/// β is weakly identified on data like CDNOW (a flat ridge in the likelihood): compare fits
/// by log-likelihood and predictions. Fails with too_few_rows on no customers, or when nobody
/// made a repeat purchase (the likelihood is then P(no purchase in (0, T]), which only rises
/// as the purchase rate r/α → 0: there is no maximum to report).
Result<ParetoNbdFit> fit_pareto_nbd(std::span<const RepeatHistory> customers,
                                    const FitOptions& options);

/// P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀): F&H note, section 5.
double pareto_nbd_probability_alive(const ParetoNbdModel& model, const RepeatHistory& customer);

/// E[X(t)] for a customer just acquired: rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)] (SMC 1987;
/// F&H note, section 4); at s = 1 its limit (rβ/α) log((β+t)/β).
double pareto_nbd_expected_purchases(const ParetoNbdModel& model, double weeks);

/// E[Y(t) | x, t_x, T], expected purchases in (T, T+t]: (r+x)(β+T)/((α+T)(s−1)) ·
/// [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive) (SMC 1987; F&H note, section 6); at s = 1 the
/// bracket over (s−1) becomes log((β+T+t)/(β+T)).
double pareto_nbd_conditional_expected_purchases(const ParetoNbdModel& model,
                                                 const RepeatHistory& customer, double weeks);

}  // namespace cxs
