// Customer Effort Score: counts per scale point in, mean effort with a t interval out.
#pragma once

#include <array>
#include <cstdint>

#include "cxs/estimate.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// The answer range of a CES question, chosen by the survey: 1–7 for CES 2.0, or 1–5.
struct CesScale {
  int min = 1;
  int max = 7;
  friend bool operator==(const CesScale&, const CesScale&) = default;
};

/// Answers per scale point. Mergeable: partial counts from shards add up with +=.
class CesCounts {
 public:
  /// Largest supported number of scale points (0–10 is the widest effort scale in use).
  static constexpr int kMaxPoints = 11;

  /// A scale with min ≤ max and at most kMaxPoints points; anything else leaves the counts
  /// unusable, and estimate_ces then fails with mixed_scales.
  explicit CesCounts(CesScale scale = {});

  /// Counts one answer; false (and nothing counted) when it is outside the scale, so the
  /// caller can record the row as an Issue.
  bool add(int score);
  /// Adds another shard's counts. Counts on a different scale cannot be pooled (a 5 on 1–5
  /// is not a 5 on 1–7): the result is marked and estimate_ces refuses it.
  CesCounts& operator+=(const CesCounts& other);

  CesScale scale() const { return scale_; }
  /// Answers at one scale point (0 outside the scale).
  std::uint64_t count(int score) const;
  std::uint64_t total() const;
  /// True after merging counts from another scale, or for an invalid scale.
  bool mixed_scales() const { return mixed_scales_; }

 private:
  CesScale scale_;
  std::array<std::uint64_t, kMaxPoints> counts_{};  ///< counts_[score − scale_.min]
  bool mixed_scales_ = false;
};

struct CesEstimate {
  Estimate ces;              ///< mean answer, in scale points; ci95 by Student t
  double sd = 0;             ///< sample standard deviation (n − 1 denominator); 0 when n = 1
  CesScale scale;            ///< the scale the mean is on
  bool small_sample = true;  ///< n below kSmallSampleBelow (sample_size.hpp)
};

/// Mean effort with the Student-t 95% interval mean ± t(0.975, n − 1) · s / √n (Student
/// 1908; R's t.test(x)$conf.int), clipped to the scale. With one answer there is no spread
/// to estimate: the value is that answer, method none, and ci95 the whole scale. All answers
/// equal gives sd 0 and a zero-width interval at that answer. Fails with too_few_rows when
/// there is no answer and with mixed_scales for counts pooled across scales.
Result<CesEstimate> estimate_ces(const CesCounts& counts);

/// Answers 1..7 by value (index = answer; index 0 unused), as a pipeline collects them
/// before it knows the question's scale.
using CesAnswers = std::array<std::uint64_t, 8>;
/// The counts on a given scale; answers outside it are not counted.
CesCounts ces_counts_on_scale(const CesAnswers& answers, CesScale scale);
/// The counts on the scale the answers imply: 1–5 when no answer is above 5, else 1–7
/// (CES 2.0). Empty answers give empty 1–7 counts.
CesCounts ces_counts_on_implied_scale(const CesAnswers& answers);

}  // namespace cxs
