// JSON pieces of the report shared by report_json.cpp and insights_json.cpp (private to
// report/).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "cxs/report.hpp"

namespace cxs::detail {

using Json = nlohmann::ordered_json;

/// A text field of the contract: null when there is no text.
inline Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json nps_json(const std::optional<NpsEstimate>& nps);
Json csat_json(const std::optional<CsatEstimate>& csat);
Json ces_json(const std::optional<CesEstimate>& ces);

/// metrics.by_period {week, month, quarter}, metrics.by_segment and metrics.changes.
Json by_period_json(const Insights& insights);
Json by_segment_json(const Insights& insights);
Json changes_json(const Insights& insights);
/// retention {subscriptions (monthly churn and revenue retention), cohorts, lapse}.
Json retention_json(const Insights& insights);
/// segments {rfm, personas}.
Json segments_json(const Insights& insights);
/// models {survival, sbg, bgnbd, pareto_nbd, gamma_gamma, not_fitted}.
Json models_json(const Insights& insights);
/// scorecard {periods}.
Json scorecard_json(const Insights& insights);
/// The model fields of one customer profile.
Json customer_insight_json(const CustomerInsight& insight);

}  // namespace cxs::detail
