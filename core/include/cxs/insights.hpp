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
#include "cxs/bg_nbd.hpp"
#include "cxs/ces.hpp"
#include "cxs/churn.hpp"
#include "cxs/cohorts.hpp"
#include "cxs/compare.hpp"
#include "cxs/csat.hpp"
#include "cxs/gamma_gamma.hpp"
#include "cxs/kaplan_meier.hpp"
#include "cxs/logrank.hpp"
#include "cxs/message.hpp"
#include "cxs/nps.hpp"
#include "cxs/pareto_nbd.hpp"
#include "cxs/personas.hpp"
#include "cxs/repeat_history.hpp"
#include "cxs/rfm.hpp"
#include "cxs/sample_size.hpp"
#include "cxs/sbg.hpp"

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
  std::optional<CesEstimate> ces;
  /// Fewer than kSmallSampleBelow answers behind every metric: shown, too few to steer by.
  bool small_sample = false;
};

/// One segment column's value: Country = DE.
struct SegmentPart {
  std::string column;  ///< the column's header
  std::string value;
  friend bool operator==(const SegmentPart&, const SegmentPart&) = default;
};

/// The drill-down of a drop within one segment value into the two-way cell that accounts for
/// it: the same test on the segment's answers outside the cell no longer finds a significant
/// drop, held to the bar of the report's other changes.
struct CellExplanation {
  std::string segment, segment_column;  ///< the cell, as its own change's ("DE × Pro", ...)
  std::vector<SegmentPart> cell;        ///< and its segment_parts
  std::uint64_t n_a = 0, n_b = 0;       ///< the segment's answers outside the cell
  /// The segment without the cell, B − A as the change; none when a window has no answers
  /// left to test.
  std::optional<Comparison> without_cell;
};

/// A tested difference between two groups of answers (B − A).
struct SatisfactionChange {
  std::string metric;     ///< "nps", "csat" or "ces"
  std::string dimension;  ///< "month", "quarter", "recent", or a segment column's header
  std::string a, b;       ///< the groups compared: "2026-09" → "2026-10"; "rest" → "Japan"
  /// a and b as messages where the core words them ("before 2026-09-20", "rest"); empty where
  /// they are data (a period, a segment value).
  Message a_msg, b_msg;
  /// For "recent": the segment it is restricted to, if any: a value ("DE") or a two-way cell
  /// ("DE × Pro"), with its column or columns ("Country × Plan").
  std::string segment;
  std::string segment_column;
  /// The same segment as one part per column: one for a value, two for a two-way cell
  /// (columns in text order, so the cell does not depend on the order of the files).
  std::vector<SegmentPart> segment_parts;
  std::uint64_t n_a = 0, n_b = 0;
  Comparison comparison;
  double q_value = 1;        ///< Benjamini–Hochberg over every change in the report
  bool significant = false;  ///< q ≤ change_fdr and neither group small
  /// For a significant drop within one segment value: the two-way cell that accounts for it.
  std::optional<CellExplanation> explained_by;
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

/// Kaplan–Meier survival of subscriptions, per plan and pooled, and the log-rank test
/// between plans. Time is in days from start to end; still-active subscriptions are
/// right-censored at as_of.
struct SurvivalModel {
  struct Group {
    std::string name;  ///< a plan, or "all"
    KaplanMeierFit fit;
  };
  std::vector<Group> groups;  ///< "all" first, then plans by size
  std::optional<LogRankTest> logrank;
  std::vector<std::string> logrank_groups;  ///< plan name of each log-rank group label
};

/// The shifted-beta-geometric model fitted to monthly renewals of one synthetic cohort:
/// the subscriptions observed for at least `periods` whole months.
struct SbgModel {
  SbgFit fit;
  std::vector<std::uint64_t> alive;        ///< at the start of months 0..periods
  std::vector<double> projected_survival;  ///< S(t) for months periods+1 .. periods+12
  std::vector<double> projected_retention;
};

/// The repeat-purchase and spend models, fitted on the orders of the calibration period.
struct CustomerValueModels {
  std::string calibration_end;  ///< ISO date, inclusive
  std::string holdout_end;      ///< ISO date, or empty without a holdout
  std::string currency;         ///< the orders' main currency; others are left out
  std::uint64_t other_currency_orders = 0;
  RepeatHistories histories;    ///< its per-customer list is cleared after use
  std::uint64_t customers = 0;  ///< customers with a first purchase by the calibration end
  std::optional<BgNbdFit> bgnbd;
  std::optional<ParetoNbdFit> pareto_nbd;
  std::optional<GammaGammaFit> gamma_gamma;
  /// Holdout check: repeat purchases after the calibration end, predicted against actual,
  /// in total and by calibration-period frequency x (Fader, Hardie & Lee 2005, fig. 4).
  struct HoldoutRow {
    std::string x;  ///< "0".."6", "7+"
    std::uint64_t customers = 0;
    double actual = 0, bgnbd = 0, pareto_nbd = 0;  ///< mean purchases per customer
  };
  std::optional<double> holdout_actual, holdout_bgnbd, holdout_pareto_nbd;
  std::vector<HoldoutRow> holdout_by_x;
};

/// What the models say about one customer (index = customer index).
struct CustomerInsight {
  std::optional<RfmScore> rfm;
  std::optional<std::size_t> persona;
  bool lapsed = false;
  std::optional<double> p_alive, expected_purchases, expected_value;
  /// BG/NBD chance of at least one order in the 90 days after as_of (the health score's
  /// activity component reads it; see bg_nbd_conditional_probability_of_purchase).
  std::optional<double> p_order_90_days;
  /// For a live subscriber: the Kaplan–Meier chance that their newest live subscription is
  /// still running 90 days after as_of, given its age, on the curve of its plan (or "all").
  std::optional<double> p_subscribed_90_days;
  std::string subscription_curve;    ///< the curve it was read from: a plan, or "all"
  double subscription_age_days = 0;  ///< that subscription's age at as_of
};

struct Insights {
  std::vector<GroupSatisfaction> by_week, by_month, by_quarter;
  std::vector<SatisfactionChange> changes;  ///< significant first, then by q-value
  std::vector<SegmentSatisfaction> by_segment;
  std::vector<ScorecardPeriod> scorecard;

  std::optional<SubscriptionChurn> churn;
  std::string mrr_currency;    ///< MRR is summed in the currency most subscriptions use
  std::string order_currency;  ///< RFM spend and revenue per persona: the orders' main currency
  std::optional<CohortRetention> cohorts;
  std::optional<OrderLapse> lapse;  ///< its per-customer list is moved into `customers`
  std::optional<SurvivalModel> survival;
  std::optional<SbgModel> sbg;
  std::optional<RfmResult> rfm;
  std::optional<CustomerValueModels> value;
  std::optional<Personas> personas;
  /// Per persona (in Personas order): what its members say and do.
  struct PersonaOutcome {
    std::optional<NpsEstimate> nps;             ///< over members' latest NPS answers
    Estimate churned;                           ///< share cancelled or lapsed, Wilson interval
    double mean_revenue = 0;                    ///< order revenue per member
    std::optional<double> mean_expected_value;  ///< over members with a value forecast
  };
  std::vector<PersonaOutcome> persona_outcomes;
  std::vector<std::string> persona_features;  ///< the behaviour and satisfaction columns tried
  std::uint64_t persona_rows = 0;             ///< customers the personas were found on
  /// Why a model is missing, by its report name ("sbg": "fewer than 2 ..."): a clear
  /// message instead of a wrong number (the error its fit returned; message_msg where the
  /// core words it for the report).
  std::vector<std::pair<std::string, Error>> not_fitted;
  std::vector<CustomerInsight> customers;
};

/// False discovery rate at which a change is called significant.
inline constexpr double change_fdr = 0.05;
/// Days of answers that make the "recent" window compared with everything before it.
inline constexpr int recent_window_days = 60;
/// Values of a segment column listed; a column with more is an identifier, not a segment.
inline constexpr std::size_t max_segment_values = 30;
/// Answers a two-way cell (Country × Plan) needs in each window, per metric, to be tested.
/// A smaller cell could never be called significant (small_sample, below the same threshold),
/// so testing it would only widen the Benjamini–Hochberg family and take power from the
/// tests that can be. Cells are tested in the same family as every other change.
inline constexpr std::uint64_t two_way_cell_min_answers = kSmallSampleBelow;

/// Computes every insight from the activity log. `customer_of_node` maps the log's graph
/// nodes to customers (CustomerGraph::Customers::customer_of_node); `customer_count` is the
/// number of customers.
Insights compute_insights(const ActivityLog& log, std::span<const std::int32_t> customer_of_node,
                          std::size_t customer_count, const InsightOptions& options);

}  // namespace cxs
