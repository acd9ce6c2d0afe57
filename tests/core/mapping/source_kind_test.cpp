// classify_source: a file's kind from all its roles, with the runner-up and the margin.
#include "cxs/source_kind.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace {

using Header = std::vector<std::string>;
using Sample = std::vector<std::vector<std::string>>;

cxs::KindDecision kind_of(const Header& header, const Sample& sample,
                          std::string_view collection = "") {
  return cxs::classify_source(cxs::detect_column_roles(header, sample), collection, header);
}

TEST(SourceKindTest, a_survey_with_a_campaign_tag_is_still_a_survey) {
  const auto decision =
      kind_of(Header{"Response ID", "Submitted at", "How likely are you to recommend us?", "email",
                     "utm_campaign"},
              Sample{{"r1", "2026-05-01 10:00", "9", "a@x.example", "spring_promo"},
                     {"r2", "2026-05-02 11:00", "4", "b@y.example", "spring_promo"},
                     {"r3", "2026-05-03 12:00", "10", "c@z.example", "newsletter"}});
  EXPECT_EQ(decision.kind, cxs::SourceKind::survey_responses);
  EXPECT_GT(decision.margin, 0.25);
  EXPECT_FALSE(decision.uncertain());
}

TEST(SourceKindTest, tickets_with_a_satisfaction_rating_are_tickets) {
  const auto decision = kind_of(
      Header{"Ticket ID", "Subject", "Requester email", "Assignee", "Status", "Satisfaction",
             "Created"},
      Sample{{"101", "Cannot log in", "a@x.example", "Sam", "open", "good", "2026-05-01"},
             {"102", "Refund please", "b@y.example", "Kim", "solved", "bad", "2026-05-02"}});
  EXPECT_EQ(decision.kind, cxs::SourceKind::tickets);
  EXPECT_EQ(decision.runner_up, cxs::SourceKind::survey_responses);
}

TEST(SourceKindTest, a_collection_name_speaks_for_its_records) {
  EXPECT_EQ(kind_of(Header{"id", "email"}, Sample{{"1", "a@x.example"}}, "users").kind,
            cxs::SourceKind::contacts);
  EXPECT_EQ(kind_of(Header{"id", "subject"}, Sample{{"1", "Help"}}, "tickets").kind,
            cxs::SourceKind::tickets);
}

TEST(SourceKindTest, stripe_ids_tell_payments_from_subscriptions) {
  const Header header{"id", "Customer ID", "Amount", "Currency", "Status", "Created (UTC)"};
  const auto payments =
      kind_of(header, Sample{{"py_1A", "cus_9", "49.00", "usd", "Paid", "2026-01-01"},
                             {"py_2B", "cus_8", "19.00", "usd", "Failed", "2026-01-02"}});
  EXPECT_EQ(payments.kind, cxs::SourceKind::payments);
  const auto subscriptions =
      kind_of(header, Sample{{"sub_1A", "cus_9", "49.00", "usd", "active", "2026-01-01"},
                             {"sub_2B", "cus_8", "19.00", "usd", "canceled", "2026-01-02"}});
  EXPECT_EQ(subscriptions.kind, cxs::SourceKind::subscriptions);
}

TEST(SourceKindTest, nothing_to_go_on_is_unknown) {
  const auto decision = kind_of(Header{"a", "b"}, Sample{{"x", "y"}, {"z", "w"}});
  EXPECT_EQ(decision.kind, cxs::SourceKind::unknown);
  EXPECT_FALSE(decision.uncertain());
}

TEST(SourceKindTest, a_close_call_is_uncertain_and_names_the_runner_up) {
  // An amount and a status with a plan and nothing else: payments or subscriptions.
  const auto decision = kind_of(
      Header{"Email", "Plan", "Amount", "Status"},
      Sample{{"a@x.example", "Pro", "49", "active"}, {"b@y.example", "Basic", "19", "active"}});
  EXPECT_TRUE(decision.uncertain());
  EXPECT_NE(decision.runner_up, cxs::SourceKind::unknown);
  EXPECT_NE(decision.runner_up, decision.kind);
}

}  // namespace

namespace {

TEST(SourceKindTest, header_words_are_features_singular_and_lowercase) {
  const auto features = cxs::kind_features(
      cxs::detect_column_roles(Header{"Tickets", "Status", "Created At", "X", "2"},
                               Sample{{"a", "open", "2026-01-01", "b", "1"}}),
      "", Header{"Tickets", "Status", "Created At", "X", "2"});
  const auto has = [&](std::string_view name) {
    return std::find(features.names.begin(), features.names.end(), name) != features.names.end();
  };
  EXPECT_TRUE(has("word:ticket"));
  EXPECT_TRUE(has("word:status"));  // not a plural
  EXPECT_TRUE(has("word:created"));
  EXPECT_FALSE(has("word:x"));  // one letter says nothing
  EXPECT_FALSE(has("word:2"));
}

TEST(SourceKindTest, probabilities_are_a_distribution_and_confidence_is_the_kind_s) {
  const auto decision =
      kind_of(Header{"Ticket ID", "Subject", "Requester email", "Status", "Created"},
              Sample{{"101", "Cannot log in", "a@x.example", "open", "2026-05-01"}});
  double sum = 0;
  for (const double p : decision.probabilities) sum += p;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(decision.confidence,
                   decision.probabilities[static_cast<std::size_t>(decision.kind) - 1]);
  EXPECT_FALSE(decision.evidence.empty());
}

// The model file names features by their spelling: a typo would weigh nothing, silently.
TEST(SourceKindTest, the_model_weighs_only_features_the_extractor_emits) {
  std::ifstream in(CXS_TEST_DATA "/../../core/data/models/source_kind.json");
  ASSERT_TRUE(in.good());
  const auto model = nlohmann::json::parse(in);
  const auto names = cxs::kind_feature_names();
  std::set<std::string> kinds;
  for (const auto& kind : model.at("kinds")) kinds.insert(kind.get<std::string>());
  EXPECT_EQ(kinds.size(), cxs::kScoredKinds);
  for (const char* table : {"prior", "weights"}) {
    if (!model.contains(table)) continue;
    for (const auto& [feature, per_kind] : model[table].items()) {
      const bool known = feature.starts_with("word:") ||
                         std::find(names.begin(), names.end(), feature) != names.end();
      EXPECT_TRUE(known) << table << " names " << feature;
      for (const auto& [kind, weight] : per_kind.items())
        EXPECT_TRUE(kinds.count(kind)) << table << "." << feature << " names kind " << kind;
    }
  }
}

}  // namespace
