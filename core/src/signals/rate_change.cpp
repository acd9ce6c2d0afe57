// Recent-versus-baseline term rates by the exact conditional Poisson test; see rate_change.hpp.
#include "cxs/rate_change.hpp"

#include <cmath>

#include "cxs/detail/portable_math.hpp"
#include "cxs/distributions.hpp"
#include "cxs/multiple_testing.hpp"

namespace cxs {

Result<RateChange> rate_change(std::span<const std::uint64_t> counts,
                               std::span<const std::uint64_t> totals,
                               const RateChangeOptions& options) {
  if (counts.size() != totals.size()) {
    return Error{ErrorCode::invalid_input,
                 "Term counts and document totals must cover the same periods."};
  }
  if (options.recent_periods == 0 || options.baseline_periods == 0) {
    return Error{ErrorCode::invalid_input, "The recent and baseline windows need a period each."};
  }
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] > totals[i]) {
      return Error{ErrorCode::invalid_input,
                   "A period has more documents mentioning the term than documents."};
    }
  }
  if (counts.size() <= options.recent_periods) {
    return Error{ErrorCode::too_few_rows,
                 "No period precedes the recent window, so there is no baseline."};
  }
  const std::size_t recent_begin = counts.size() - options.recent_periods;
  const std::size_t baseline_begin =
      recent_begin > options.baseline_periods ? recent_begin - options.baseline_periods : 0;
  RateChange out;
  out.baseline_periods = recent_begin - baseline_begin;
  for (std::size_t i = baseline_begin; i < counts.size(); ++i) {
    (i < recent_begin ? out.baseline_count : out.recent_count) += counts[i];
    (i < recent_begin ? out.baseline_total : out.recent_total) += totals[i];
  }
  if (out.recent_total == 0 || out.baseline_total == 0) {
    return Error{ErrorCode::too_few_rows, "A window has no documents at all."};
  }
  const double x1 = static_cast<double>(out.recent_count);
  const double x0 = static_cast<double>(out.baseline_count);
  const double t1 = static_cast<double>(out.recent_total);
  const double t0 = static_cast<double>(out.baseline_total);
  out.recent_rate = x1 / t1;
  out.baseline_rate = x0 / t0;

  out.zero_corrected = out.recent_count == 0 || out.baseline_count == 0;
  const double a = out.zero_corrected ? x1 + 0.5 : x1;
  const double b = out.zero_corrected ? x0 + 0.5 : x0;
  out.rate_ratio = (a / t1) / (b / t0);
  const double half_width = kZ95 * std::sqrt(1 / a + 1 / b);
  out.ci95 = {out.rate_ratio * pmath::exp(-half_width), out.rate_ratio * pmath::exp(half_width)};

  // Given n mentions in all, the recent count is Binomial(n, T1 / (T1 + T0)) under equal
  // rates; P(X ≥ x1) = I_p(x1, n − x1 + 1) (the binomial tail as an incomplete beta).
  const double n = x1 + x0;
  out.p_value = x1 == 0 ? 1.0 : regularized_beta(t1 / (t1 + t0), x1, n - x1 + 1);
  out.q_value = out.p_value;
  out.test = "poisson_conditional_exact";
  out.enough_data = out.recent_count >= options.min_count;
  out.rising = out.enough_data && out.rate_ratio > 1 && out.q_value < options.alpha;
  return out;
}

Result<std::vector<RateChange>> rate_changes(std::span<const std::vector<std::uint64_t>> counts,
                                             std::span<const std::uint64_t> totals,
                                             const RateChangeOptions& options) {
  std::vector<RateChange> out;
  std::vector<double> p_values;
  for (const auto& term : counts) {
    auto change = rate_change(term, totals, options);
    if (!change) return change.error();
    out.push_back(std::move(change).value());
    if (out.back().enough_data) p_values.push_back(out.back().p_value);
  }
  const auto q_values = benjamini_hochberg(p_values);
  if (!q_values) return q_values.error();
  std::size_t next = 0;
  for (auto& change : out) {
    change.q_value = change.enough_data ? q_values.value()[next++] : 1.0;
    change.rising = change.enough_data && change.rate_ratio > 1 && change.q_value < options.alpha;
  }
  return out;
}

}  // namespace cxs
