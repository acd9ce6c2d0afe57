// CSAT with the Wilson score interval; see csat.hpp.
#include "cxs/csat.hpp"

#include "cxs/proportion.hpp"

namespace cxs {

Result<CsatEstimate> estimate_csat(const CsatCounts& counts) {
  if (counts.total == 0) return Error{ErrorCode::too_few_rows, "No valid CSAT answers."};
  const Estimate share = share_with_wilson_interval(counts.satisfied, counts.total);
  CsatEstimate out;
  out.counts = counts;
  out.csat = share;
  out.csat.value = 100 * share.value;
  out.csat.ci95 = {100 * share.ci95[0], 100 * share.ci95[1]};
  return out;
}

}  // namespace cxs
