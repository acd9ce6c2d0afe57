// JSON pieces of the report shared by report_json.cpp and insights_json.cpp (private to
// report/).
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

#include "cxs/message.hpp"
#include "cxs/report.hpp"

namespace cxs::detail {

using Json = nlohmann::ordered_json;

/// A text field of the contract: null when there is no text.
inline Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

/// A message as the report writes it beside its English text (X_msg): {"id", "args"}, each
/// argument a string, a number (whole numbers as integers) or a nested message.
inline Json message_json(const Message& message) {
  Json args = Json::object();
  for (const MessageArg& arg : message.args) {
    switch (arg.kind) {
      case MessageArg::Kind::text:
        args[arg.name] = arg.text;
        break;
      case MessageArg::Kind::number: {
        const double whole = std::trunc(arg.number);
        if (whole == arg.number && std::fabs(arg.number) < 9007199254740992.0) {
          args[arg.name] = static_cast<std::int64_t>(whole);
        } else {
          args[arg.name] = arg.number;
        }
        break;
      }
      case MessageArg::Kind::message:
        args[arg.name] = arg.message.empty() ? Json(nullptr) : message_json(arg.message.front());
        break;
    }
  }
  return Json{{"id", message.id}, {"args", std::move(args)}};
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
