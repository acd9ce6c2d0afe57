// BG/NBD: the beta-geometric/negative-binomial model of repeat purchasing (Fader, Hardie &
// Lee 2005), its maximum-likelihood fit and its per-customer predictions.
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "cxs/model_fit.hpp"
#include "cxs/repeat_history.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// Purchase rate λ ~ gamma(r, alpha) while alive; after each purchase the customer drops out
/// with probability p ~ beta(a, b). Time in weeks.
struct BgNbdModel {
  double r = 0, alpha = 0, a = 0, b = 0;
};

struct BgNbdFit {
  BgNbdModel model;
  std::array<Parameter, 4> params;  ///< r, alpha, a, b with SE and log-scale Wald interval
  double log_likelihood = 0;
  bool converged = false;
  std::uint64_t n = 0;  ///< customers in the fit
  int evaluations = 0;  ///< likelihood evaluations by the optimiser
};

/// log L(r, α, a, b | x, t_x, T) of one customer: Fader, Hardie & Lee (2005), eq. (6), with
/// its two terms added by log-sum-exp.
double bg_nbd_log_likelihood(const BgNbdModel& model, const RepeatHistory& customer);

/// Maximum likelihood over log r, log α, log a, log b by Nelder–Mead from (1, 1, 1, 1).
/// Fails with too_few_rows on no customers, or when nobody made a repeat purchase: then the
/// likelihood, (α/(α+T))^r per customer, does not involve a and b at all and only rises as
/// r/α → 0, so there is no maximum to report.
Result<BgNbdFit> fit_bg_nbd(std::span<const RepeatHistory> customers, const FitOptions& options);

/// P(alive | x, t_x, T) = 1 / (1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)): Fader, Hardie &
/// Lee, note "Computing P(alive) using the BG/NBD model" (brucehardie.com).
double bg_nbd_probability_alive(const BgNbdModel& model, const RepeatHistory& customer);

/// E[X(t)] for a customer just acquired: FHL (2005) eq. (7),
/// (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
double bg_nbd_expected_purchases(const BgNbdModel& model, double weeks);

/// P(X(t) = count) for a customer just acquired: FHL (2005) eq. (8). With count 0 it is
/// (α/(α+t))^r.
double bg_nbd_probability_of_purchases(const BgNbdModel& model, std::uint32_t count, double weeks);

/// E[Y(t) | x, t_x, T]: expected purchases in (T, T+t], FHL (2005) eq. (10),
/// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
/// / (1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)).
/// The expressions are continuous in a but 0/0 at a = 1 exactly; there both take the mean of
/// a = 1 ± 1e-6.
double bg_nbd_conditional_expected_purchases(const BgNbdModel& model, const RepeatHistory& customer,
                                             double weeks);

/// P(Y(t) > 0 | x, t_x, T): the chance of at least one purchase in (T, T+t]. A customer who
/// dropped out buys nothing, and one alive at T stays alive until their next purchase (drop-out
/// happens only right after a purchase), so it is P(alive) × P(a purchase within t | alive);
/// alive, λ | history ~ gamma(r+x, α+T), which gives
/// P(alive) · [1 − ((α+T)/(α+T+t))^(r+x)]. Unlike P(alive) alone, which is 1 for everyone
/// without a repeat purchase, it falls as a one-time buyer's silence grows.
double bg_nbd_conditional_probability_of_purchase(const BgNbdModel& model,
                                                  const RepeatHistory& customer, double weeks);

}  // namespace cxs
