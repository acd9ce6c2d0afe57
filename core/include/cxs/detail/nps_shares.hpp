// Promoter and detractor shares with Rocks' (2016) pseudo-answers, shared by NPS and its
// comparison.
#pragma once

#include <algorithm>

#include "cxs/nps.hpp"

namespace cxs::detail {

/// Shares of promoters and detractors after adding `pseudo_answers` in Rocks' 1 : 2 : 1 split
/// (3 for the adjusted-Wald interval: 3/4 promoter, 3/2 passive, 3/4 detractor; 0 for the
/// plain shares), with the size they rest on. The caller makes sure size > 0.
struct NpsShares {
  double promoter = 0;
  double detractor = 0;
  double size = 0;

  double nps() const { return promoter - detractor; }
  /// Squared SE of nps(): the variance of one answer scored −1/0/+1,
  /// (pP + pD) − (pP − pD)², over size (Rocks 2016, The American Statistician 70(4)).
  double squared_se() const { return std::max(0.0, promoter + detractor - nps() * nps()) / size; }
};

inline NpsShares nps_shares(const NpsCounts& counts, double pseudo_answers) {
  const double size = static_cast<double>(counts.total()) + pseudo_answers;
  return {(static_cast<double>(counts.promoters) + pseudo_answers / 4) / size,
          (static_cast<double>(counts.detractors) + pseudo_answers / 4) / size, size};
}

}  // namespace cxs::detail
