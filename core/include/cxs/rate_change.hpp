// "Rising above baseline" for a term's share of documents (a defect term or product name in
// tickets): the latest periods against the ones before, with a rate ratio and an exact test.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

struct RateChangeOptions {
  std::size_t recent_periods = 2;    ///< the window under test: the last periods of the series
  std::size_t baseline_periods = 8;  ///< the periods just before it (fewer if the series is short)
  std::uint64_t min_count = 5;       ///< recent mentions needed before a rise is called
  double alpha = 0.05;               ///< level for `rising` (on q_value when many terms)
};

/// Recent window against baseline window for one term.
struct RateChange {
  std::uint64_t recent_count = 0;  ///< documents mentioning the term in the recent window
  std::uint64_t recent_total = 0;  ///< all documents in the recent window
  std::uint64_t baseline_count = 0;
  std::uint64_t baseline_total = 0;
  std::size_t baseline_periods = 0;  ///< periods the baseline actually spans
  double recent_rate = 0;            ///< recent_count / recent_total
  double baseline_rate = 0;
  double rate_ratio = 0;         ///< recent_rate / baseline_rate (with ½ added, see below)
  std::array<double, 2> ci95{};  ///< log-scale Wald interval of rate_ratio
  bool zero_corrected = false;   ///< a count was 0, so ½ was added to both before the ratio
  double p_value = 1;            ///< one-sided, H1: the recent rate is higher
  double q_value = 1;            ///< Benjamini–Hochberg over the terms (= p_value for one)
  std::string test;              ///< "poisson_conditional_exact"
  bool enough_data = false;      ///< recent_count ≥ min_count
  bool rising = false;           ///< enough_data, rate_ratio > 1 and q_value < alpha
};

/// Tests whether the term's rate in the last recent_periods exceeds its rate in the
/// baseline_periods before them. Counts are treated as Poisson with the document totals as
/// exposure, and compared by the exact conditional test (Przyborowski & Wilenski 1940,
/// Biometrika 31(3/4):313–323): given the n = x₁ + x₀ mentions, x₁ is Binomial(n, T₁/(T₁ + T₀))
/// when the rates are equal, so p = P(X ≥ x₁), R's poisson.test(c(x₁, x₀), c(T₁, T₀),
/// alternative = "greater"). Exact at any count, which matters because a new defect term often
/// has a handful of mentions, where the z test of prop.test misstates p; for a term in a large
/// share of documents the binomial variance is smaller than Poisson's and the test is
/// conservative. Interval: exp(log RR ± 1.96 √(1/x₁ + 1/x₀)), the log-scale Wald interval for
/// a rate ratio (Rothman, Greenland & Lash 2008, Modern Epidemiology 3rd ed., ch. 14), with ½
/// added to both counts when either is 0 (Haldane 1956) so a term new this week still gets a
/// finite ratio. Fails with invalid_input when the spans differ in length, a count exceeds its
/// total, or a window option is 0, and with too_few_rows when the series has no baseline period
/// or a window has no documents.
Result<RateChange> rate_change(std::span<const std::uint64_t> counts,
                               std::span<const std::uint64_t> totals,
                               const RateChangeOptions& options = {});

/// rate_change for each term over the same totals, with Benjamini–Hochberg q-values (R's
/// p.adjust "BH") over the terms that have enough data, and `rising` judged on q. Terms below
/// min_count keep q = 1. Fails as rate_change does for the first term that fails.
Result<std::vector<RateChange>> rate_changes(std::span<const std::vector<std::uint64_t>> counts,
                                             std::span<const std::uint64_t> totals,
                                             const RateChangeOptions& options = {});

}  // namespace cxs
