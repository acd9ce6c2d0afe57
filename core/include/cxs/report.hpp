// Report: the cxsignals.report/1 document as plain structs, and its JSON text.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cxs/ces.hpp"
#include "cxs/column_roles.hpp"
#include "cxs/csat.hpp"
#include "cxs/customer_graph.hpp"
#include "cxs/health_score.hpp"
#include "cxs/insights.hpp"
#include "cxs/issue.hpp"
#include "cxs/nps.hpp"
#include "cxs/signal.hpp"

namespace cxs {

inline constexpr const char* report_schema = "cxsignals.report/1";

struct SourceReport {
  std::string name;
  std::string format = "csv";
  std::string encoding = "utf-8";
  bool bom = false;
  std::string kind = "unknown";  ///< survey_responses, tickets, ... (DESIGN.md)
  double kind_confidence = 0;    ///< 0..1 (source_kind.hpp); 1 when the user set the kind
  std::string kind_runner_up;    ///< the next best kind, empty when none scored
  std::string kind_evidence;     ///< why, in a few words
  Message kind_evidence_msg{};   ///< the same as a message (message.hpp)
  /// The evidence the kind was weighed from (source_kind.hpp), features that are not 0.
  std::vector<std::pair<std::string, double>> kind_features;
  /// Identifies the header (same columns → same signature), so a correction made for one
  /// file applies to the next export of the same layout: the mapping option's "sig:<this>".
  std::string header_signature;
  bool uncertain = false;  ///< the kind or a key role was decided by a small margin
  std::uint64_t bytes = 0;
  std::uint64_t rows = 0;           ///< data records, header and blank lines excluded
  std::uint64_t orders = 0;         ///< distinct order ids (a Shopify order spans line items)
  std::uint64_t rows_rejected = 0;  ///< records with one or more cells excluded as invalid
  SourceMapping mapping;
  /// Further record sets of the same file (Zendesk side-loaded users, ...).
  struct Collection {
    std::string name;
    std::string kind;
    std::uint64_t rows = 0;
    SourceMapping mapping;
  };
  std::vector<Collection> collections;
  std::optional<NpsEstimate> nps;  ///< empty when the file has no valid NPS answer
  std::optional<CsatEstimate> csat;
  std::optional<CesEstimate> ces;
  std::optional<CesCounts> ces_counts;  ///< the answers behind ces, for pooling
  std::vector<Issue> issues;            ///< the first max_issues_per_source, in file order
  std::map<IssueCode, std::uint64_t> issue_counts;  ///< all of them, by code
};

struct Report {
  std::string as_of;  ///< ISO date the analysis is "as of"
  std::vector<SourceReport> sources;
  std::optional<NpsEstimate> nps;  ///< pooled over every source's valid answers
  std::optional<CsatEstimate> csat;
  /// Pooled CES; absent when sources ask on different scales (1–5 and 1–7 do not pool).
  std::optional<CesEstimate> ces;
  std::size_t customer_count = 0;          ///< every linked customer
  std::vector<CustomerProfile> customers;  ///< the first max_profiles, by smallest key
  Insights insights;
  std::vector<Signal> signals;                     ///< ranked by score
  std::vector<std::optional<HealthScore>> health;  ///< by customer index
};

/// Pools the per-source answers into the report-level metrics.
Report summarise(std::string as_of, std::vector<SourceReport> sources);

/// The report as JSON text (2-space indent, keys in contract order, newline at the end).
/// Doubles print in shortest round-trip form, so native and wasm builds agree byte for byte.
std::string to_json_text(const Report& report);
/// The same text, handed to `write` in pieces (about 1 MiB each) as it is produced, so a
/// caller that writes to a file never holds the whole report text.
void write_json(const Report& report, const std::function<void(std::string_view)>& write);

/// {"error": {"code", "message"}} for a call that produced no report.
std::string error_json_text(const Error& error);

}  // namespace cxs
