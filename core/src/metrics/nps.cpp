// NPS point estimate, trinomial standard error and adjusted-Wald interval (Rocks 2016).
#include "cxs/nps.hpp"

#include <algorithm>
#include <cmath>

#include "cxs/detail/nps_shares.hpp"
#include "cxs/distributions.hpp"

namespace cxs {

void NpsCounts::add(int score) {
  if (score >= 9) {
    ++promoters;
  } else if (score >= 7) {
    ++passives;
  } else {
    ++detractors;
  }
}

NpsCounts& NpsCounts::operator+=(const NpsCounts& other) {
  detractors += other.detractors;
  passives += other.passives;
  promoters += other.promoters;
  return *this;
}

Result<NpsEstimate> estimate_nps(const NpsCounts& counts) {
  const std::uint64_t n = counts.total();
  if (n == 0) return Error{ErrorCode::too_few_rows, "No valid 0-10 answers, so no NPS."};
  const detail::NpsShares plain = detail::nps_shares(counts, 0);
  // Adjusted-Wald: 3/4 pseudo-answer each to promoters and detractors, 3/2 to passives.
  const detail::NpsShares adjusted = detail::nps_shares(counts, 3);

  NpsEstimate out;
  out.counts = counts;
  out.nps.n = n;
  out.nps.value = 100.0 * plain.nps();
  out.se = 100.0 * std::sqrt(plain.squared_se());
  const double margin = kZ95 * std::sqrt(adjusted.squared_se());
  out.nps.ci95 = {100.0 * std::max(-1.0, adjusted.nps() - margin),
                  100.0 * std::min(1.0, adjusted.nps() + margin)};
  out.nps.method = Method::adjusted_wald;
  return out;
}

}  // namespace cxs
