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

// A signal's own deadline (the day before a renewal) wins when it is earlier than the
// severity's default or a rule's days, and never puts due_by before as_of.
TEST(RoutingTest, an_earlier_deadline_of_the_signal_sets_the_due_date) {
  const cxs::RoutingRules none;
  auto renewal = signal_of("opportunity", "medium");
  renewal.deadline = "2026-11-26";  // medium would give 2026-11-28
  EXPECT_EQ(cxs::route_signal(renewal, none, "2026-11-25", kSources).due_by, "2026-11-26");
  renewal.deadline = "2026-12-11";  // later than the default: the default holds
  EXPECT_EQ(cxs::route_signal(renewal, none, "2026-11-25", kSources).due_by, "2026-11-28");
  renewal.deadline = "2026-11-20";  // already past: today
  EXPECT_EQ(cxs::route_signal(renewal, none, "2026-11-25", kSources).due_by, "2026-11-25");
  renewal.deadline = "not a date";  // ignored
  EXPECT_EQ(cxs::route_signal(renewal, none, "2026-11-25", kSources).due_by, "2026-11-28");

  const auto rules = cxs::parse_routing_rules(
      R"({"rules": [{"match": {"type": "churn_risk"}, "team": "renewals", "due_days": 14}]})");
  ASSERT_TRUE(rules) << rules.error().message;
  auto cancelling = signal_of("churn_risk", "high");
  cancelling.deadline = "2026-12-01";  // a rule's 14 days (2026-12-09) do not outlast it
  const auto route = cxs::route_signal(cancelling, rules.value(), "2026-11-25", kSources);
  EXPECT_EQ(route.team, "renewals");
  EXPECT_EQ(route.due_by, "2026-12-01");
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
