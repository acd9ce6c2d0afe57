// Net Promoter Score: counts of 0–10 answers in, NPS with standard error and interval out.
#pragma once

#include <cstdint>

#include "cxs/estimate.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// Answers to the 0–10 "how likely are you to recommend" question, by NPS class.
struct NpsCounts {
  std::uint64_t detractors = 0;  ///< answers 0–6
  std::uint64_t passives = 0;    ///< answers 7–8
  std::uint64_t promoters = 0;   ///< answers 9–10

  std::uint64_t total() const { return detractors + passives + promoters; }
  /// Counts one valid answer (0..10); the caller has already rejected anything else.
  void add(int score);
  NpsCounts& operator+=(const NpsCounts& other);
};

struct NpsEstimate {
  Estimate nps;   ///< on the −100..100 scale; ci95 by the adjusted-Wald method
  double se = 0;  ///< standard error of nps.value, in points (trinomial, unadjusted)
  NpsCounts counts;
};

/// NPS = %promoters − %detractors. SE from the trinomial variance
/// (pP + pD) − (pP − pD)², divided by n (Rocks 2016, The American Statistician 70(4)).
/// The 95% interval is Rocks' adjusted-Wald: add 3/4 to promoters and to detractors and
/// 3/2 to passives (n + 3), take the same variance, and clip to [−100, 100].
/// Fails with too_few_rows when there is no answer at all.
Result<NpsEstimate> estimate_nps(const NpsCounts& counts);

}  // namespace cxs
