// Change between two groups (two periods or two segments) in NPS, CSAT or a mean score, with
// its interval and significance test.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>

#include "cxs/ces.hpp"
#include "cxs/csat.hpp"
#include "cxs/estimate.hpp"
#include "cxs/nps.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// Group B minus group A (B the later period, or the segment of interest).
struct Comparison {
  double difference = 0;  ///< B − A, in the metric's unit (NPS and CSAT points, scale points)
  std::array<double, 2> ci95{};    ///< 95% interval of the difference
  Method interval = Method::none;  ///< how ci95 was computed
  double statistic = 0;            ///< z, or t for welch_t
  double df = 0;                   ///< degrees of freedom of t; 0 for z tests
  double p_value = 1;              ///< two-sided
  std::string test;                ///< "wald_z", "adjusted_wald_z", "two_proportion_z", "welch_t"
  bool small_sample = true;        ///< either group below kSmallSampleBelow (sample_size.hpp)
};

/// NPS_B − NPS_A, in points. Test: Wald z = difference / sqrt(SE_A² + SE_B²), each SE from
/// the group's trinomial variance (pP + pD) − (pP − pD)² over n (Rocks 2016, The American
/// Statistician 70(4)). Interval: adjusted-Wald, the same on counts with Rocks' 3/4 promoter,
/// 3/2 passive and 3/4 detractor added to each group, as Agresti & Caffo (2000, The American
/// Statistician 54(4)) add pseudo-answers to each group for a difference of proportions;
/// clipped to [−200, 200]. When neither group has any spread (every answer in a group in one
/// class) the Wald SE is 0, and the test uses the adjusted SE instead ("adjusted_wald_z").
/// Fails with too_few_rows when a group has no answer.
Result<Comparison> compare_nps(const NpsCounts& a, const NpsCounts& b);

/// CSAT_B − CSAT_A, in points. Test: two-proportion z with the pooled SE
/// sqrt(p̄(1 − p̄)(1/n_A + 1/n_B)), whose z² is R's prop.test(correct = FALSE) X-squared; when
/// p̄ is 0 or 1 the groups agree exactly, so z = 0 and p = 1. Interval: Newcombe (1998),
/// "Interval estimation for the difference between independent proportions", Statistics in
/// Medicine 17:873–890, method 10 (hybrid score, from each group's Wilson limits).
/// Fails with too_few_rows when a group has no answer.
Result<Comparison> compare_csat(const CsatCounts& a, const CsatCounts& b);

/// Mean, sample standard deviation (n − 1 denominator) and size of one group.
struct MeanSummary {
  double mean = 0;
  double sd = 0;
  std::uint64_t n = 0;
};
/// The summary of raw values; sd is 0 below two values.
MeanSummary summarize(std::span<const double> values);

/// mean_B − mean_A by Welch's (1947) unequal-variance t-test with the Welch–Satterthwaite
/// df = (v_A + v_B)² / (v_A²/(n_A − 1) + v_B²/(n_B − 1)), v = s²/n, and the interval
/// difference ± t(0.975, df) · sqrt(v_A + v_B): R's t.test(b, a). Fails with too_few_rows
/// below two values in a group and with no_variance when both groups have sd 0.
Result<Comparison> compare_means(const MeanSummary& a, const MeanSummary& b);

/// CES_B − CES_A by compare_means on each group's counts. Fails as estimate_ces does, with
/// mixed_scales when the two groups were asked on different scales, and as compare_means does.
Result<Comparison> compare_ces(const CesCounts& a, const CesCounts& b);

}  // namespace cxs
