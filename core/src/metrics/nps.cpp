// NPS point estimate, trinomial standard error and adjusted-Wald interval (Rocks 2016).
#include "cxs/nps.hpp"

#include <algorithm>
#include <cmath>

namespace cxs {
namespace {

// Two-sided 95% normal quantile, qnorm(0.975) in R.
constexpr double kZ95 = 1.959963984540054;

/// Variance of one trinomial draw scored −1/0/+1: E[X²] − E[X]² = (pP + pD) − (pP − pD)².
double trinomial_variance(double p_promoter, double p_detractor) {
  const double diff = p_promoter - p_detractor;
  return std::max(0.0, (p_promoter + p_detractor) - diff * diff);
}

}  // namespace

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
  const double size = static_cast<double>(n);
  const double p_promoter = static_cast<double>(counts.promoters) / size;
  const double p_detractor = static_cast<double>(counts.detractors) / size;

  NpsEstimate out;
  out.counts = counts;
  out.nps.n = n;
  out.nps.value = 100.0 * (p_promoter - p_detractor);
  out.se = 100.0 * std::sqrt(trinomial_variance(p_promoter, p_detractor) / size);

  // Adjusted-Wald: 3/4 pseudo-answer each to promoters and detractors, 3/2 to passives.
  const double adjusted_size = size + 3.0;
  const double adj_promoter = (static_cast<double>(counts.promoters) + 0.75) / adjusted_size;
  const double adj_detractor = (static_cast<double>(counts.detractors) + 0.75) / adjusted_size;
  const double adj_nps = adj_promoter - adj_detractor;
  const double margin =
      kZ95 * std::sqrt(trinomial_variance(adj_promoter, adj_detractor) / adjusted_size);
  out.nps.ci95 = {100.0 * std::max(-1.0, adj_nps - margin),
                  100.0 * std::min(1.0, adj_nps + margin)};
  out.nps.method = Method::adjusted_wald;
  return out;
}

}  // namespace cxs
