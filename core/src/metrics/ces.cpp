// CES mean and Student-t interval from counts per scale point; see ces.hpp.
#include "cxs/ces.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "cxs/distributions.hpp"
#include "cxs/sample_size.hpp"

namespace cxs {

CesCounts::CesCounts(CesScale scale)
    : scale_(scale),
      mixed_scales_(scale.min > scale.max || scale.max - scale.min + 1 > kMaxPoints) {}

bool CesCounts::add(int score) {
  if (mixed_scales_ || score < scale_.min || score > scale_.max) return false;
  ++counts_[static_cast<std::size_t>(score - scale_.min)];
  return true;
}

CesCounts& CesCounts::operator+=(const CesCounts& other) {
  if (!(other.scale_ == scale_) || other.mixed_scales_) {
    mixed_scales_ = true;
    return *this;
  }
  for (std::size_t i = 0; i < counts_.size(); ++i) counts_[i] += other.counts_[i];
  return *this;
}

std::uint64_t CesCounts::count(int score) const {
  if (mixed_scales_ || score < scale_.min || score > scale_.max) return 0;
  return counts_[static_cast<std::size_t>(score - scale_.min)];
}

std::uint64_t CesCounts::total() const {
  std::uint64_t sum = 0;
  for (const std::uint64_t c : counts_) sum += c;
  return sum;
}

Result<CesEstimate> estimate_ces(const CesCounts& counts) {
  if (counts.mixed_scales()) {
    return Error{ErrorCode::mixed_scales,
                 "CES answers from different scales were pooled, or the scale is not a range of "
                 "at most 11 points; estimate each scale apart."};
  }
  const std::uint64_t n = counts.total();
  if (n == 0) return Error{ErrorCode::too_few_rows, "No valid CES answers, so no CES."};
  const CesScale scale = counts.scale();
  const double size = static_cast<double>(n);

  // Two passes over at most 11 points: the mean, then squared deviations from it, which
  // avoids the cancellation of Σx² − n·mean².
  double sum = 0;
  for (int score = scale.min; score <= scale.max; ++score) {
    sum += static_cast<double>(counts.count(score)) * score;
  }
  const double mean = sum / size;
  double squares = 0;
  for (int score = scale.min; score <= scale.max; ++score) {
    const double deviation = score - mean;
    squares += static_cast<double>(counts.count(score)) * deviation * deviation;
  }

  CesEstimate out;
  out.scale = scale;
  out.small_sample = small_sample(n);
  out.ces.value = mean;
  out.ces.n = n;
  if (n == 1) {  // no spread to estimate: say so with the widest honest interval
    out.ces.ci95 = {static_cast<double>(scale.min), static_cast<double>(scale.max)};
    out.ces.method = Method::none;
    return out;
  }
  out.sd = std::sqrt(squares / (size - 1));
  const double half = student_t_quantile(0.975, size - 1) * out.sd / std::sqrt(size);
  out.ces.ci95 = {std::max<double>(scale.min, mean - half),
                  std::min<double>(scale.max, mean + half)};
  out.ces.method = Method::student_t;
  return out;
}

CesCounts ces_counts_on_scale(const CesAnswers& answers, CesScale scale) {
  CesCounts counts(scale);
  for (int score = 1; score <= 7; ++score) {
    for (std::uint64_t i = 0; i < answers[static_cast<std::size_t>(score)]; ++i) counts.add(score);
  }
  return counts;
}

CesCounts ces_counts_on_implied_scale(const CesAnswers& answers) {
  const bool above_five = answers[6] + answers[7] > 0;
  return ces_counts_on_scale(answers, CesScale{1, above_five ? 7 : 5});
}

}  // namespace cxs
