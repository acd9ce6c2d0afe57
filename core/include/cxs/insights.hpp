// Insights: the metrics and models computed once identity is settled: satisfaction by
// period and segment with their changes, retention and churn, survival, customer value,
// segments and personas, and the balanced-scorecard customer perspective.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cxs/activity_log.hpp"
#include "cxs/csat.hpp"
#include "cxs/nps.hpp"

namespace cxs {

struct InsightOptions {
  std::string as_of;            ///< ISO date: censoring and recency are measured to it
  std::string calibration_end;  ///< ISO date, or empty: see AnalysisOptions
  int horizon_weeks = 52;
};

/// Satisfaction of one group of answers: a period ("2026-03") or a segment value ("Japan").
struct GroupSatisfaction {
  std::string key;
  std::uint64_t responses = 0;
  std::optional<NpsEstimate> nps;
  std::optional<CsatEstimate> csat;
  /// Fewer than small_sample_n answers behind every metric: shown, but too few to steer by.
  bool small_sample = false;
};

struct SegmentSatisfaction {
  std::string column;  ///< the header of the segment column ("Country", "Plan")
  std::vector<GroupSatisfaction> groups;
  std::uint64_t distinct_values = 0;  ///< all of them; groups lists at most max_segment_values
};

/// One month of the balanced-scorecard customer perspective (Kaplan & Norton 1996, ch. 4):
/// acquisition, retention, satisfaction and profitability, and what customers say beside
/// what they do.
struct ScorecardPeriod {
  std::string period;                    ///< "2026-03"
  std::uint64_t new_customers = 0;       ///< first seen this month
  std::uint64_t active_customers = 0;    ///< with any event this month
  std::uint64_t retained_customers = 0;  ///< active this month and the month before
  std::optional<double> retention;       ///< retained / active the month before
  std::uint64_t orders = 0;
  double revenue = 0;
  std::optional<double> revenue_per_customer;  ///< revenue / customers who ordered
  std::uint64_t tickets = 0;
  std::uint64_t responses = 0;
  std::optional<NpsEstimate> nps;
  std::optional<CsatEstimate> csat;
};

struct Insights {
  std::vector<GroupSatisfaction> by_month, by_quarter;
  std::vector<SegmentSatisfaction> by_segment;
  std::vector<ScorecardPeriod> scorecard;
};

/// Answers per group below which an estimate is flagged small_sample. With n = 30 the
/// adjusted-Wald NPS interval is about ±30 points wide: wider than most changes a team
/// would act on (Sauro & Lewis 2016, "Quantifying the User Experience", 2nd ed., ch. 3).
inline constexpr std::uint64_t small_sample_n = 30;
/// Values of a segment column listed; a column with more is an identifier, not a segment.
inline constexpr std::size_t max_segment_values = 30;

/// Computes every insight from the activity log. `customer_of_node` maps the log's graph
/// nodes to customers (CustomerGraph::Customers::customer_of_node); `customer_count` is the
/// number of customers.
Insights compute_insights(const ActivityLog& log, std::span<const std::int32_t> customer_of_node,
                          std::size_t customer_count, const InsightOptions& options);

}  // namespace cxs
