// Gamma–Gamma: the spend-per-transaction model of Fader, Hardie & Lee (2005b), its
// maximum-likelihood fit and a customer's expected transaction value.
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "cxs/model_fit.hpp"
#include "cxs/repeat_history.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// A transaction's value z ~ gamma(p, ν), the customer's ν ~ gamma(q, gamma) (shape, rate).
struct GammaGammaModel {
  double p = 0, q = 0, gamma = 0;
};

struct GammaGammaFit {
  GammaGammaModel model;
  std::array<Parameter, 3> params;  ///< p, q, gamma with SE and log-scale Wald interval
  double log_likelihood = 0;
  bool converged = false;
  std::uint64_t n = 0;                   ///< customers in the fit: x > 0 and zbar > 0
  std::uint64_t without_repeat = 0;      ///< left out: x = 0, no repeat value to model
  std::uint64_t non_positive_value = 0;  ///< left out: x > 0 but zbar ≤ 0 (gamma needs > 0)
  int evaluations = 0;
};

/// log f(zbar | p, q, γ, x) of one customer: zbar | ν ~ gamma(px, νx) and ν ~ gamma(q, γ)
/// give Γ(px+q)/(Γ(px)Γ(q)) γ^q x^(px) zbar^(px−1) / (γ + x zbar)^(px+q) (Fader & Hardie,
/// "The Gamma-Gamma model of monetary value", note, 2013; FHL 2005b).
/// Requires x > 0 and zbar > 0.
double gamma_gamma_log_likelihood(const GammaGammaModel& model, std::uint32_t x, double zbar);

/// Maximum likelihood over log p, log q, log γ by Nelder–Mead from (1, 1, 1), on customers
/// with x > 0 and mean_repeat_value > 0; the others are counted, not used. Fails with
/// too_few_rows when no customer qualifies.
Result<GammaGammaFit> fit_gamma_gamma(std::span<const RepeatHistory> customers,
                                      const FitOptions& options);

/// E[Z] = pγ/(q−1): the mean transaction value of a randomly chosen customer. Fails with
/// infinite_mean when q ≤ 1.
Result<double> gamma_gamma_expected_value(const GammaGammaModel& model);

/// E[Z | x, zbar] = p(γ + x zbar)/(px + q − 1), the posterior mean of a customer's transaction
/// value: a weighted mean of the population mean pγ/(q−1) and the customer's zbar, weights
/// (q−1)/(px+q−1) and px/(px+q−1) (the Gamma-Gamma note; FHL 2005b). With x = 0 it is the
/// population mean. Fails with infinite_mean when q ≤ 1 and x = 0.
Result<double> gamma_gamma_conditional_expected_value(const GammaGammaModel& model,
                                                      const RepeatHistory& customer);

}  // namespace cxs
