// Routing: which team and owner get a signal, and by when, from user rules (--routes) with a
// default route per signal type.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/result.hpp"
#include "cxs/signal.hpp"

namespace cxs {

/// One rule; every field that is set must match. The first rule that matches wins.
struct RoutingRule {
  std::string type;                 ///< signal type, or empty for any
  std::string severity;             ///< high / medium / low, or empty for any
  std::string segment_contains;     ///< a substring of the signal's segment
  std::string source;               ///< a source (file) name in the evidence
  std::optional<double> min_value;  ///< customer value at least this
  std::string team, owner;
  std::optional<int> due_days;  ///< overrides the default urgency
};

struct RoutingRules {
  std::vector<RoutingRule> rules;
};

/// Reads {"rules": [{"match": {"type", "severity", "segment", "source", "min_value"},
/// "team", "owner", "due_days"}]}; an unknown key or a rule without a team is an error
/// naming the rule.
Result<RoutingRules> parse_routing_rules(std::string_view json_text);

/// The route of `signal` as of `as_of` (ISO date): the first matching rule, else the default
/// team for its type. due_by is as_of plus the rule's days, or the default urgency: 1 day for
/// high severity, 3 for medium, 7 for low; or the signal's own deadline when that is earlier
/// (a renewal two days away does not wait for the default), but never before as_of.
Route route_signal(const Signal& signal, const RoutingRules& rules, std::string_view as_of,
                   const std::vector<std::string>& source_names);

/// The team a type goes to when no rule matches.
const char* default_team(std::string_view type);

}  // namespace cxs
