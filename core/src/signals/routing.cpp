// Routing rules; see routing.hpp.
#include "cxs/routing.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cxs/date_cell.hpp"

namespace cxs {

const char* default_team(std::string_view type) {
  if (type == "churn_risk") return "customer_success";
  if (type == "competitor") return "customer_success";
  if (type == "opportunity") return "sales";
  if (type == "quality_issue") return "product";
  if (type == "satisfaction_change") return "cx";
  if (type == "volume_change") return "revenue_ops";
  if (type == "campaign_response") return "marketing";
  if (type == "influencer") return "social";
  return "cx";
}

Result<RoutingRules> parse_routing_rules(std::string_view json_text) {
  const auto json = nlohmann::json::parse(json_text, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("rules") ||
      !json["rules"].is_array()) {
    return Error{ErrorCode::invalid_options, "Routing rules must be {\"rules\": [...]}."};
  }
  RoutingRules out;
  int index = 0;
  for (const auto& item : json["rules"]) {
    ++index;
    const std::string where = "routing rule " + std::to_string(index);
    if (!item.is_object()) return Error{ErrorCode::invalid_options, where + " is not an object."};
    RoutingRule rule;
    for (const auto& [key, value] : item.items()) {
      if (key == "match") {
        if (!value.is_object())
          return Error{ErrorCode::invalid_options, where + ": match must be an object."};
        for (const auto& [field, wanted] : value.items()) {
          if (field == "min_value" && wanted.is_number()) {
            rule.min_value = wanted.get<double>();
          } else if (!wanted.is_string()) {
            return Error{ErrorCode::invalid_options, where + ": match." + field + " must be text."};
          } else if (field == "type") {
            rule.type = wanted.get<std::string>();
          } else if (field == "severity") {
            rule.severity = wanted.get<std::string>();
          } else if (field == "segment") {
            rule.segment_contains = wanted.get<std::string>();
          } else if (field == "source") {
            rule.source = wanted.get<std::string>();
          } else {
            return Error{ErrorCode::invalid_options, where + ": unknown match key " + field + "."};
          }
        }
      } else if (key == "team" && value.is_string()) {
        rule.team = value.get<std::string>();
      } else if (key == "owner" && value.is_string()) {
        rule.owner = value.get<std::string>();
      } else if (key == "due_days" && value.is_number_integer() && value.get<int>() >= 0) {
        rule.due_days = value.get<int>();
      } else {
        return Error{ErrorCode::invalid_options, where + ": unknown or invalid key " + key + "."};
      }
    }
    if (rule.team.empty()) return Error{ErrorCode::invalid_options, where + " has no team."};
    out.rules.push_back(std::move(rule));
  }
  return out;
}

Route route_signal(const Signal& signal, const RoutingRules& rules, std::string_view as_of,
                   const std::vector<std::string>& source_names) {
  auto has_source = [&](const std::string& name) {
    for (const Evidence& e : signal.evidence)
      if (e.source < source_names.size() && source_names[e.source] == name) return true;
    return false;
  };
  Route route;
  std::optional<int> days;
  int index = 0;
  for (const RoutingRule& rule : rules.rules) {
    ++index;
    if (!rule.type.empty() && rule.type != signal.type) continue;
    if (!rule.severity.empty() && rule.severity != signal.severity) continue;
    if (!rule.segment_contains.empty() &&
        signal.segment.find(rule.segment_contains) == std::string::npos)
      continue;
    if (!rule.source.empty() && !has_source(rule.source)) continue;
    if (rule.min_value && signal.customer_value < *rule.min_value) continue;
    route.team = rule.team;
    route.owner = rule.owner;
    route.rule = "rule " + std::to_string(index);
    days = rule.due_days;
    break;
  }
  if (route.team.empty()) {
    route.team = default_team(signal.type);
    route.rule = "default";
  }
  if (!days) days = signal.severity == "high" ? 1 : signal.severity == "medium" ? 3 : 7;
  if (const auto day = days_from_iso_date(as_of)) {
    std::int64_t due = *day + *days;
    // A deadline already past (a stale export) still means now, not a date before as_of.
    if (const auto deadline = days_from_iso_date(signal.deadline))
      due = std::max(*day, std::min(due, *deadline));
    route.due_by = to_iso_date(due * 86400);
  }
  return route;
}

}  // namespace cxs
