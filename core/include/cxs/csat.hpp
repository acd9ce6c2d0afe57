// CSAT: the share of satisfied answers (top-2-box of a 1–5 scale, or "good"), with its
// Wilson interval.
#pragma once

#include <cstdint>

#include "cxs/estimate.hpp"
#include "cxs/result.hpp"

namespace cxs {

struct CsatCounts {
  std::uint64_t satisfied = 0;  ///< 4–5, or "good"
  std::uint64_t total = 0;      ///< valid answers
  void add(bool is_satisfied) {
    satisfied += is_satisfied ? 1 : 0;
    ++total;
  }
  CsatCounts& operator+=(const CsatCounts& other) {
    satisfied += other.satisfied;
    total += other.total;
    return *this;
  }
};

struct CsatEstimate {
  Estimate csat;  ///< percent satisfied, 0..100, Wilson 95% interval
  CsatCounts counts;
};

/// CSAT = 100 × satisfied / total. The interval is Wilson's score interval (Wilson 1927;
/// method 3 of Newcombe 1998), which keeps its coverage near 0% and 100% where the Wald
/// interval collapses. Fails with too_few_rows when there is no answer.
Result<CsatEstimate> estimate_csat(const CsatCounts& counts);

}  // namespace cxs
