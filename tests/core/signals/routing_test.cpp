// Routing rules: the first matching rule wins, defaults per type, due dates by hand.
#include "cxs/routing.hpp"

#include <gtest/gtest.h>

namespace {

cxs::Signal signal_of(const char* type, const char* severity, double value = 0) {
  cxs::Signal s;
  s.type = type;
  s.severity = severity;
  s.customer_value = value;
  s.evidence.push_back({1, 12, "T-9", "subject", "please send a copy of the contract", ""});
  return s;
}

const std::vector<std::string> kSources{"survey.csv", "zendesk_tickets.csv"};

TEST(RoutingTest, first_matching_rule_wins_and_sets_the_due_date) {
  const auto rules = cxs::parse_routing_rules(R"({"rules": [
      {"match": {"type": "churn_risk", "min_value": 500}, "team": "key_accounts",
       "owner": "kim@acme.example", "due_days": 0},
      {"match": {"type": "churn_risk", "source": "zendesk_tickets.csv"}, "team": "support"},
      {"match": {"severity": "high"}, "team": "escalations"}]})");
  ASSERT_TRUE(rules) << rules.error().message;
  // Value 900 ≥ 500: rule 1, due the same day.
  auto route = cxs::route_signal(signal_of("churn_risk", "high", 900), rules.value(), "2026-11-25",
                                 kSources);
  EXPECT_EQ(route.team, "key_accounts");
  EXPECT_EQ(route.owner, "kim@acme.example");
  EXPECT_EQ(route.due_by, "2026-11-25");
  EXPECT_EQ(route.rule, "rule 1");
  // Value 100: rule 2 by source; high severity gives 1 day: 2026-11-26.
  route = cxs::route_signal(signal_of("churn_risk", "high", 100), rules.value(), "2026-11-25",
                            kSources);
  EXPECT_EQ(route.team, "support");
  EXPECT_EQ(route.due_by, "2026-11-26");
  // A high competitor signal skips rules 1–2 and takes rule 3.
  EXPECT_EQ(
      cxs::route_signal(signal_of("competitor", "high"), rules.value(), "2026-11-25", kSources)
          .team,
      "escalations");
}

TEST(RoutingTest, defaults_per_type_and_severity) {
  const cxs::RoutingRules none;
  // Low severity: 7 days; 2026-12-28 + 7 crosses the year: 2027-01-04.
  const auto route =
      cxs::route_signal(signal_of("quality_issue", "low"), none, "2026-12-28", kSources);
  EXPECT_EQ(route.team, "product");
  EXPECT_EQ(route.rule, "default");
  EXPECT_EQ(route.due_by, "2027-01-04");
  EXPECT_EQ(
      cxs::route_signal(signal_of("opportunity", "medium"), none, "2026-02-27", kSources).due_by,
      "2026-03-02");  // medium: 3 days, February 2026 has 28 days
}

TEST(RoutingTest, bad_rules_are_errors_that_name_the_rule) {
  EXPECT_FALSE(cxs::parse_routing_rules("[]"));
  const auto no_team = cxs::parse_routing_rules(R"({"rules": [{"match": {"type": "x"}}]})");
  ASSERT_FALSE(no_team);
  EXPECT_EQ(no_team.error().message, "routing rule 1 has no team.");
  const auto unknown = cxs::parse_routing_rules(
      R"({"rules": [{"team": "a"}, {"match": {"colour": "red"}, "team": "b"}]})");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().message, "routing rule 2: unknown match key colour.");
}

}  // namespace
