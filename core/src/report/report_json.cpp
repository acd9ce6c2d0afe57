// Report → JSON text, in the key order of the cxsignals.report/1 contract (DESIGN.md).
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "cxs/date_cell.hpp"
#include "cxs/label_scales.hpp"
#include "cxs/report.hpp"
#include "cxs/version.hpp"
#include "json_parts.hpp"

namespace cxs {
namespace {

using detail::ces_json;
using detail::csat_json;
using detail::Json;
using detail::nps_json;
using detail::text_or_null;

/// Bytes that are not UTF-8 (a mis-detected encoding) become U+FFFD instead of throwing.
constexpr auto kInvalidUtf8 = nlohmann::ordered_json::error_handler_t::replace;
constexpr unsigned kIndent = 2;
/// write_json() hands the text over in pieces of about this size.
constexpr std::size_t kFlushBytes = std::size_t{1} << 20;

std::string dump(const Json& doc) { return doc.dump(kIndent, ' ', false, kInvalidUtf8) + "\n"; }

/// Writes a document piece by piece in exactly the bytes `Json::dump(2)` gives for the whole,
/// so the report's long lists (customer profiles, signals) are built and serialised one element
/// at a time instead of as one tree: on a million rows that tree held several hundred MiB.
/// Values are written by nlohmann's own serializer at the right depth (its `detail` API, stable
/// across 3.x), so strings, numbers and invalid UTF-8 come out exactly as before.
class JsonStream {
 public:
  explicit JsonStream(std::string& out)
      : out_(out),
        serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ', kInvalidUtf8) {}

  void open_object() { open('{'); }
  void open_array() { open('['); }
  /// Closes the innermost object or array.
  void close() {
    const Level level = levels_.back();
    levels_.pop_back();
    if (!level.empty) {
      out_ += '\n';
      out_.append(depth() * kIndent, ' ');
    }
    out_ += level.bracket == '{' ? '}' : ']';
  }
  /// The key of the next member of the innermost object.
  void key(std::string_view name) {
    next_element();
    out_ += '"';
    out_ += name;  // our own ASCII keys: nothing to escape
    out_ += "\": ";
  }
  /// A whole value: after key(), or as the next element of the innermost array.
  void value(const Json& v) {
    if (!levels_.empty() && levels_.back().bracket == '[') next_element();
    serializer_.dump(v, true, false, kIndent, static_cast<unsigned>(depth() * kIndent));
  }
  void member(std::string_view name, const Json& v) {
    key(name);
    value(v);
  }

 private:
  struct Level {
    char bracket;
    bool empty = true;
  };
  std::size_t depth() const { return levels_.size(); }
  void open(char bracket) {
    if (!levels_.empty() && levels_.back().bracket == '[') next_element();
    out_ += bracket;
    levels_.push_back({bracket});
  }
  void next_element() {
    Level& level = levels_.back();
    out_ += level.empty ? "\n" : ",\n";
    level.empty = false;
    out_.append(depth() * kIndent, ' ');
  }

  std::string& out_;
  std::vector<Level> levels_;
  nlohmann::detail::serializer<Json> serializer_;
};

Json mapping_json(const SourceMapping& mapping) {
  Json columns = Json::array();
  for (const ColumnRole& column : mapping.columns) {
    Json item{{"index", column.index},
              {"header", column.header},
              {"role", to_string(column.role)},
              {"confidence", column.confidence},
              {"evidence", column.evidence}};
    if (!column.evidence_msg.empty())
      item["evidence_msg"] = detail::message_json(column.evidence_msg);
    columns.push_back(std::move(item));
  }
  return Json{{"columns", std::move(columns)}};
}

/// Every column as detection saw it, for the mapping view: its role ("attribute" when none),
/// the other roles it could hold, and what its values are.
/// The kind's evidence as {"feature": value}, in the model's feature order.
Json kind_features_json(const std::vector<std::pair<std::string, double>>& features) {
  Json out = Json::object();
  for (const auto& [name, value] : features) out[name] = value;
  return out;
}

Json all_columns_json(const SourceMapping& mapping) {
  Json out = Json::array();
  for (const ColumnSummary& summary : mapping.all) {
    Json alternatives = Json::array();
    for (const RoleAlternative& alternative : summary.alternatives) {
      alternatives.push_back(
          {{"role", to_string(alternative.role)}, {"confidence", alternative.confidence}});
    }
    const auto chosen = std::find_if(mapping.columns.begin(), mapping.columns.end(),
                                     [&](const ColumnRole& c) { return c.index == summary.index; });
    const bool has_role = chosen != mapping.columns.end();
    Json column{{"index", summary.index},
                {"header", summary.header},
                {"role", has_role ? to_string(chosen->role) : "attribute"},
                {"confidence", has_role ? chosen->confidence : 0.0},
                {"evidence", has_role ? chosen->evidence : std::string()}};
    if (has_role && !chosen->evidence_msg.empty())
      column["evidence_msg"] = detail::message_json(chosen->evidence_msg);
    column["alternatives"] = std::move(alternatives);
    column["profile"] = summary.profile;
    if (!summary.profile_msg.empty())
      column["profile_msg"] = detail::message_json(summary.profile_msg);
    if (has_role && chosen->scale != nullptr) column["scale"] = chosen->scale->name;
    out.push_back(std::move(column));
  }
  return out;
}

Json time_json(const std::optional<std::int64_t>& seconds) {
  return seconds ? Json(to_iso_datetime(*seconds)) : Json(nullptr);
}

Json money_json(const std::map<std::string, double>& amounts) {
  Json out = Json::object();
  for (const auto& [currency, amount] : amounts)
    out[currency.empty() ? "unknown" : currency] = amount;
  return out;
}

Json health_json(const Report& report, std::size_t index) {
  if (index >= report.health.size() || !report.health[index]) return nullptr;
  const HealthScore& h = *report.health[index];
  Json components = Json::array();
  for (const HealthComponent& c : h.components)
    components.push_back({{"name", c.name},
                          {"contribution", c.contribution},
                          {"detail", c.detail},
                          {"detail_msg", detail::message_json(c.detail_msg)}});
  return Json{{"score", h.score}, {"base", 50}, {"components", std::move(components)}};
}

/// Signal ids per customer id, for the profiles' "signals" lists.
std::map<std::string, std::vector<std::string>> signal_ids_by_customer(const Report& report) {
  std::map<std::string, std::vector<std::string>> signals_of;
  for (const Signal& s : report.signals)
    if (!s.customer_id.empty()) signals_of[s.customer_id].push_back(s.id);
  return signals_of;
}

Json customer_json(const Report& report, std::size_t index,
                   const std::map<std::string, std::vector<std::string>>& signals_of) {
  const CustomerProfile& p = report.customers[index];
  Json sources = Json::array();
  for (const std::uint32_t source : p.sources) sources.push_back(report.sources[source].name);
  Json timeline = Json::array();
  for (const TimelineEntry& entry : p.timeline) {
    timeline.push_back({{"time", time_json(entry.time)},
                        {"kind", to_string(entry.kind)},
                        {"source", report.sources[entry.source].name},
                        {"row", entry.row},
                        {"text", entry.text}});
  }
  const auto signals = signals_of.find(p.id);
  return {{"id", p.id},
          {"keys", p.keys},
          {"emails", p.emails},
          {"names", p.names},
          {"sources", std::move(sources)},
          {"first_seen", time_json(p.first_seen)},
          {"last_seen", time_json(p.last_seen)},
          {"orders", p.orders},
          {"revenue", money_json(p.revenue)},
          {"paid", money_json(p.paid)},
          {"payments_failed", p.payments_failed},
          {"tickets", p.tickets},
          {"responses", p.responses},
          {"mentions", p.mentions},
          {"last_nps", p.last_nps ? Json(*p.last_nps) : Json(nullptr)},
          {"last_csat", p.last_csat ? Json(*p.last_csat) : Json(nullptr)},
          {"subscription", {{"status", p.subscription_status}, {"plan", p.plan}}},
          {"models", index < report.insights.customers.size()
                         ? detail::customer_insight_json(report.insights.customers[index])
                         : Json(nullptr)},
          {"health", health_json(report, index)},
          {"signals", signals != signals_of.end() ? Json(signals->second) : Json::array()},
          {"timeline", std::move(timeline)}};
}

Json signal_json(const Report& report, const Signal& s) {
  Json evidence = Json::array();
  for (const Evidence& e : s.evidence) {
    const bool located = e.row > 0 && e.source < report.sources.size();
    Json item{{"source", located ? Json(report.sources[e.source].name) : Json(nullptr)},
              {"row", located ? Json(e.row) : Json(nullptr)},
              {"record_id", text_or_null(e.record_id)},
              {"field", e.field},
              {"text", e.text}};
    // Only a fact the core put in words has a message; quoted user text has none.
    if (!e.text_msg.empty()) item["text_msg"] = detail::message_json(e.text_msg);
    item["matched"] = text_or_null(e.matched);
    item["span"] =
        e.span_end > e.span_begin ? Json::array({e.span_begin, e.span_end}) : Json(nullptr);
    evidence.push_back(std::move(item));
  }
  return {{"id", s.id},
          {"type", s.type},
          {"severity", s.severity},
          {"score", s.score},
          {"customer_id", text_or_null(s.customer_id)},
          {"segment", text_or_null(s.segment)},
          {"title", s.title},
          {"title_msg", detail::message_json(s.title_msg)},
          {"cause", s.cause},
          {"cause_msg", detail::message_json(s.cause_msg)},
          {"evidence", std::move(evidence)},
          {"evidence_count", s.evidence_count},
          {"route",
           {{"team", s.route.team},
            {"owner", text_or_null(s.route.owner)},
            {"due_by", s.route.due_by},
            {"rule", s.route.rule}}},
          {"detected_at", s.detected_at}};
}

Json collections_json(const SourceReport& source) {
  Json out = Json::array();
  for (const auto& collection : source.collections) {
    out.push_back({{"name", collection.name},
                   {"kind", collection.kind},
                   {"rows", collection.rows},
                   {"mapping", mapping_json(collection.mapping)}});
  }
  return out;
}

Json issue_json(const std::string& source, const Issue& issue) {
  Json out{{"source", source}, {"row", issue.at.row}, {"line", issue.at.line}};
  out["column"] = text_or_null(issue.column);
  out["code"] = to_string(issue.code);
  out["value"] = text_or_null(issue.value);
  out["message"] = issue.message;
  if (!issue.message_msg.empty()) out["message_msg"] = detail::message_json(issue.message_msg);
  return out;
}

}  // namespace

namespace detail {

Json nps_json(const std::optional<NpsEstimate>& nps) {
  if (!nps) return nullptr;
  return Json{{"value", nps->nps.value},
              {"n", nps->nps.n},
              {"ci95", {nps->nps.ci95[0], nps->nps.ci95[1]}},
              {"method", to_string(nps->nps.method)},
              {"se", nps->se},
              {"promoters", nps->counts.promoters},
              {"passives", nps->counts.passives},
              {"detractors", nps->counts.detractors}};
}

Json csat_json(const std::optional<CsatEstimate>& csat) {
  if (!csat) return nullptr;
  return Json{{"value", csat->csat.value},
              {"n", csat->csat.n},
              {"ci95", {csat->csat.ci95[0], csat->csat.ci95[1]}},
              {"method", to_string(csat->csat.method)},
              {"satisfied", csat->counts.satisfied}};
}

Json ces_json(const std::optional<CesEstimate>& ces) {
  if (!ces) return nullptr;
  return Json{{"value", ces->ces.value},
              {"n", ces->ces.n},
              {"ci95", {ces->ces.ci95[0], ces->ces.ci95[1]}},
              {"method", to_string(ces->ces.method)},
              {"sd", ces->sd},
              {"scale", {ces->scale.min, ces->scale.max}},
              {"small_sample", ces->small_sample}};
}

}  // namespace detail

Report summarise(std::string as_of, std::vector<SourceReport> sources) {
  Report report;
  report.as_of = std::move(as_of);
  NpsCounts pooled;
  for (const SourceReport& source : sources) {
    if (source.nps) pooled += source.nps->counts;
  }
  if (auto nps = estimate_nps(pooled)) report.nps = std::move(nps).value();
  CsatCounts pooled_csat;
  for (const SourceReport& source : sources) {
    if (source.csat) pooled_csat += source.csat->counts;
  }
  if (auto csat = estimate_csat(pooled_csat)) report.csat = std::move(csat).value();
  std::optional<CesCounts> pooled_ces;
  for (const SourceReport& source : sources) {
    if (!source.ces_counts) continue;
    if (pooled_ces) {
      *pooled_ces += *source.ces_counts;
    } else {
      pooled_ces = source.ces_counts;
    }
  }
  if (pooled_ces) {
    if (auto ces = estimate_ces(*pooled_ces)) report.ces = std::move(ces).value();
  }
  report.sources = std::move(sources);
  return report;
}

void write_json(const Report& report, const std::function<void(std::string_view)>& write) {
  Json sources = Json::array();
  Json issues = Json::array();
  Json by_code = Json::object();
  std::uint64_t total_issues = 0;
  std::uint64_t rows = 0;
  std::uint64_t rows_rejected = 0;
  for (const SourceReport& source : report.sources) {
    std::uint64_t source_issues = 0;
    for (const auto& [code, count] : source.issue_counts) {
      source_issues += count;
      by_code[to_string(code)] = by_code.value(to_string(code), std::uint64_t{0}) + count;
    }
    total_issues += source_issues;
    rows += source.rows;
    rows_rejected += source.rows_rejected;
    for (const Issue& issue : source.issues) issues.push_back(issue_json(source.name, issue));
    Json item{{"name", source.name},
              {"format", source.format},
              {"encoding", source.encoding},
              {"bom", source.bom},
              {"kind", source.kind},
              {"kind_confidence", source.kind_confidence},
              {"kind_runner_up", text_or_null(source.kind_runner_up)},
              {"kind_evidence", source.kind_evidence}};
    if (!source.kind_evidence_msg.empty())
      item["kind_evidence_msg"] = detail::message_json(source.kind_evidence_msg);
    item.update(Json{{"kind_features", kind_features_json(source.kind_features)},
                     {"header_signature", source.header_signature},
                     {"uncertain", source.uncertain},
                     {"bytes", source.bytes},
                     {"rows", source.rows},
                     {"rows_rejected", source.rows_rejected},
                     {"orders", source.orders},
                     {"mapping", mapping_json(source.mapping)},
                     {"columns", all_columns_json(source.mapping)},
                     {"collections", collections_json(source)},
                     {"metrics",
                      {{"nps", nps_json(source.nps)},
                       {"csat", csat_json(source.csat)},
                       {"ces", ces_json(source.ces)}}},
                     {"issues", {{"total", source_issues}, {"listed", source.issues.size()}}}});
    sources.push_back(std::move(item));
  }
  std::string text;
  JsonStream out(text);
  out.open_object();
  out.member("schema", report_schema);
  out.member("generator", {{"name", "cxsignals"}, {"version", version}});
  out.member("as_of", text_or_null(report.as_of));
  out.member("sources", sources);
  out.member("metrics", {{"nps", nps_json(report.nps)},
                         {"csat", csat_json(report.csat)},
                         {"ces", ces_json(report.ces)},
                         {"by_period", detail::by_period_json(report.insights)},
                         {"by_segment", detail::by_segment_json(report.insights)},
                         {"changes", detail::changes_json(report.insights)}});
  out.key("customers");
  out.open_object();
  out.member("count", report.customer_count);
  out.member("listed", report.customers.size());
  out.key("profiles");
  out.open_array();
  const auto signals_of = signal_ids_by_customer(report);
  const auto flush_when_large = [&] {
    if (text.size() < kFlushBytes) return;
    write(text);
    text.clear();
  };
  for (std::size_t index = 0; index < report.customers.size(); ++index) {
    out.value(customer_json(report, index, signals_of));
    flush_when_large();
  }
  out.close();
  out.close();
  out.key("signals");
  out.open_array();
  for (const Signal& signal : report.signals) {
    out.value(signal_json(report, signal));
    flush_when_large();
  }
  out.close();
  out.member("retention", detail::retention_json(report.insights));
  out.member("segments", detail::segments_json(report.insights));
  out.member("models", detail::models_json(report.insights));
  out.member("scorecard", detail::scorecard_json(report.insights));
  out.member("data_quality", {{"totals",
                               {{"rows", rows},
                                {"rows_rejected", rows_rejected},
                                {"issues", total_issues},
                                {"listed", issues.size()},
                                {"by_code", std::move(by_code)}}},
                              {"issues", std::move(issues)}});
  out.close();
  text += '\n';
  write(text);
}

std::string to_json_text(const Report& report) {
  // The pieces are kept and joined once: appending them to one growing string copied the
  // report about twice more (and in wasm each large copy is a call out to JavaScript).
  std::vector<std::string> pieces;
  std::size_t size = 0;
  write_json(report, [&](std::string_view piece) {
    pieces.emplace_back(piece);
    size += piece.size();
  });
  std::string text;
  text.reserve(size);
  for (const std::string& piece : pieces) text += piece;
  return text;
}

std::string error_json_text(const Error& error) {
  const Json doc{{"error", {{"code", to_string(error.code)}, {"message", error.message}}}};
  return dump(doc);
}

}  // namespace cxs
