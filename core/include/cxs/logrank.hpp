// Log-rank test: do two or more groups (segments, plans, cohorts) share one survival curve?
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// One right-censored duration with the group it belongs to (event = false: still active).
struct GroupedSurvivalObservation {
  double time = 0;  ///< ≥ 0
  bool event = false;
  int group = 0;  ///< any label; groups are reported in ascending order
};

struct LogRankGroup {
  int group = 0;
  std::uint64_t n = 0;  ///< subjects
  double observed = 0;  ///< events seen
  double expected = 0;  ///< events expected if every group shared the pooled hazard
};

struct LogRankTest {
  std::vector<LogRankGroup> groups;  ///< ascending by label
  double chisq = 0;
  int df = 0;    ///< groups with expected > 0, minus one
  double p = 1;  ///< P(χ²(df) > chisq)
};

/// Mantel (1966) log-rank test, as R's survdiff with rho = 0: at each event time the deaths
/// are shared out by the numbers at risk (hypergeometric mean and covariance), and
/// chisq = (O − E)ᵀ V⁻¹ (O − E) over all groups but the first with expected > 0. Fails with
/// too_few_rows when fewer than two groups have anyone at risk at an event time, or when the
/// covariance is singular (e.g. every subject dies at one time), and invalid_input on a
/// negative or non-finite time.
Result<LogRankTest> logrank_test(std::span<const GroupedSurvivalObservation> observations);

}  // namespace cxs
