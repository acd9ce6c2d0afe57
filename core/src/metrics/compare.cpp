// Two-group comparisons of NPS, CSAT and mean scores; see compare.hpp.
#include "cxs/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "cxs/detail/nps_shares.hpp"
#include "cxs/detail/portable_math.hpp"
#include "cxs/distributions.hpp"
#include "cxs/sample_size.hpp"

namespace cxs {
namespace {

Error empty_group(const char* metric) {
  return Error{ErrorCode::too_few_rows, std::string("A group has no valid ") + metric +
                                            " answers, so there is nothing to compare."};
}

}  // namespace

Result<Comparison> compare_nps(const NpsCounts& a, const NpsCounts& b) {
  if (a.total() == 0 || b.total() == 0) return empty_group("0-10");
  const detail::NpsShares plain_a = detail::nps_shares(a, 0), plain_b = detail::nps_shares(b, 0);
  const detail::NpsShares adjusted_a = detail::nps_shares(a, 3);
  const detail::NpsShares adjusted_b = detail::nps_shares(b, 3);
  const double adjusted_se = std::sqrt(adjusted_a.squared_se() + adjusted_b.squared_se());

  Comparison out;
  out.difference = 100 * (plain_b.nps() - plain_a.nps());
  double se = std::sqrt(plain_a.squared_se() + plain_b.squared_se());
  out.test = "wald_z";
  if (se == 0) {  // one class per group: the Wald SE says nothing, the adjusted one still does
    se = adjusted_se;
    out.test = "adjusted_wald_z";
  }
  out.statistic = out.difference / (100 * se);
  out.p_value = normal_two_sided_p(out.statistic);
  const double adjusted_difference = adjusted_b.nps() - adjusted_a.nps();
  out.ci95 = {100 * std::max(-2.0, adjusted_difference - kZ95 * adjusted_se),
              100 * std::min(2.0, adjusted_difference + kZ95 * adjusted_se)};
  out.interval = Method::adjusted_wald;
  out.small_sample = small_sample(a.total()) || small_sample(b.total());
  return out;
}

Result<Comparison> compare_csat(const CsatCounts& a, const CsatCounts& b) {
  const auto estimate_a = estimate_csat(a);
  const auto estimate_b = estimate_csat(b);
  if (!estimate_a || !estimate_b) return empty_group("CSAT");
  const double n_a = static_cast<double>(a.total), n_b = static_cast<double>(b.total);
  const double p_a = static_cast<double>(a.satisfied) / n_a;
  const double p_b = static_cast<double>(b.satisfied) / n_b;

  Comparison out;
  out.difference = 100 * (p_b - p_a);
  const double pooled = static_cast<double>(a.satisfied + b.satisfied) / (n_a + n_b);
  const double se = std::sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b));
  // se is 0 only when both groups are all satisfied or all not: then p_a = p_b exactly.
  out.statistic = se > 0 ? (p_b - p_a) / se : 0.0;
  out.p_value = normal_two_sided_p(out.statistic);
  out.test = "two_proportion_z";

  // Newcombe (1998) method 10: the distance from each p to its Wilson limit (Wilson 1927,
  // via estimate_csat) on the side that moves the difference, combined in quadrature.
  const auto& wilson_a = estimate_a.value().csat.ci95;  // percent
  const auto& wilson_b = estimate_b.value().csat.ci95;
  const double lower_b = 100 * p_b - wilson_b[0], upper_b = wilson_b[1] - 100 * p_b;
  const double lower_a = 100 * p_a - wilson_a[0], upper_a = wilson_a[1] - 100 * p_a;
  out.ci95 = {out.difference - pmath::hypot(lower_b, upper_a),
              out.difference + pmath::hypot(upper_b, lower_a)};
  out.interval = Method::newcombe_hybrid;
  out.small_sample = small_sample(a.total) || small_sample(b.total);
  return out;
}

MeanSummary summarize(std::span<const double> values) {
  MeanSummary out;
  out.n = values.size();
  if (values.empty()) return out;
  double sum = 0;
  for (const double v : values) sum += v;
  out.mean = sum / static_cast<double>(out.n);
  if (out.n < 2) return out;
  double squares = 0;  // second pass about the mean, free of Σx² − n·mean² cancellation
  for (const double v : values) squares += (v - out.mean) * (v - out.mean);
  out.sd = std::sqrt(squares / static_cast<double>(out.n - 1));
  return out;
}

Result<Comparison> compare_means(const MeanSummary& a, const MeanSummary& b) {
  if (a.n < 2 || b.n < 2) {
    return Error{ErrorCode::too_few_rows,
                 "A t-test needs at least two answers in each group to measure their spread."};
  }
  const double n_a = static_cast<double>(a.n), n_b = static_cast<double>(b.n);
  const double v_a = a.sd * a.sd / n_a, v_b = b.sd * b.sd / n_b;
  const double squared_se = v_a + v_b;
  if (squared_se == 0) {
    return Error{ErrorCode::no_variance,
                 "Every answer in both groups is the same, so a t-test has no spread to use; "
                 "compare the values directly."};
  }
  Comparison out;
  out.difference = b.mean - a.mean;
  // Welch (1947), Biometrika 34:28–35; Satterthwaite (1946) degrees of freedom.
  out.df = squared_se * squared_se / (v_a * v_a / (n_a - 1) + v_b * v_b / (n_b - 1));
  const double se = std::sqrt(squared_se);
  out.statistic = out.difference / se;
  out.p_value = 2 * student_t_cdf(-std::fabs(out.statistic), out.df);
  const double half = student_t_quantile(0.975, out.df) * se;
  out.ci95 = {out.difference - half, out.difference + half};
  out.interval = Method::welch_t;
  out.test = "welch_t";
  out.small_sample = small_sample(a.n) || small_sample(b.n);
  return out;
}

Result<Comparison> compare_ces(const CesCounts& a, const CesCounts& b) {
  if (!(a.scale() == b.scale())) {
    return Error{ErrorCode::mixed_scales,
                 "The two groups answered CES on different scales, so their means differ in unit."};
  }
  const auto estimate_a = estimate_ces(a);
  if (!estimate_a) return estimate_a.error();
  const auto estimate_b = estimate_ces(b);
  if (!estimate_b) return estimate_b.error();
  const auto summary = [](const CesEstimate& e) {
    return MeanSummary{.mean = e.ces.value, .sd = e.sd, .n = e.ces.n};
  };
  return compare_means(summary(estimate_a.value()), summary(estimate_b.value()));
}

}  // namespace cxs
