// The shipped options schema: every option the core reads is in it, and what it refuses.
#include "cxs/contract.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cxs/analysis.hpp"
#include "cxs/column_roles.hpp"
#include "cxs/events.hpp"
#include "cxs/intent_model.hpp"
#include "cxs/issue.hpp"
#include "cxs/json_schema.hpp"
#include "cxs/lexicon.hpp"

namespace {

using nlohmann::json;

json options_schema() { return json::parse(cxs::options_schema_text()); }

std::string error_of(const char* options) {
  const auto read = cxs::read_options_json(options);
  return read ? "" : read.error().message;
}

TEST(ContractTest, the_options_schema_is_valid_json_and_uses_only_what_the_validator_knows) {
  const json schema = options_schema();
  ASSERT_TRUE(schema.is_object());
  EXPECT_EQ(schema["title"], "cxsignals.options/1");
  // A document that touches every definition: a keyword the validator lacks would show here.
  const json every = json::parse(R"({
    "as_of": "2026-11-25", "calibration_end": "2026-06-30", "horizon_weeks": 39,
    "competitors": ["Orbitly|Orbit"], "own_accounts": ["acmehq"], "company_domains": ["acme.example"],
    "influencer_min_followers": 5000, "max_issues_per_source": 10, "mapping_sample_rows": 50,
    "max_profiles": 100,
    "mapping": {"a.csv": {"kind": "tickets", "encoding": "shift_jis", "delimiter": ";",
                          "columns": {"Mail": "customer_email", "Notes": "ignore"}}},
    "routes": {"rules": [{"match": {"type": "churn_risk", "severity": "high", "segment": "EU",
                                    "source": "a.csv", "min_value": 100},
                          "team": "cs", "owner": "ana", "due_days": 2}]},
    "lexicon": {"add": {"churn_risk": ["switch off * account"]}, "remove_decoys": {"praise": ["x"]}},
    "model": {"schema": "cxsignals.intent_model/1", "hash_bits": 10, "labels_seen": 3,
              "intents": {"churn_risk": {"bias": -2, "weights": {"7": 0.5}},
                          "competitor_switch": {"bias": -2, "weights": {}},
                          "expansion": {"bias": -2, "weights": {}}}}})");
  EXPECT_TRUE(cxs::validate_json(schema, every).empty())
      << cxs::to_string(cxs::validate_json(schema, every).front());
  EXPECT_TRUE(cxs::parse_analysis_options(every.dump()));
}

// The enums in the schema are the core's own spellings: a role or kind added to the core and
// not to the schema (or the reverse) fails here rather than reaching a user as "unknown".
TEST(ContractTest, schema_enums_match_the_core) {
  const json schema = options_schema();
  const json& override_ = schema["definitions"]["source_override"]["properties"];
  json kinds = json::array();
  for (int k = 1; k <= static_cast<int>(cxs::SourceKind::mentions); ++k)
    kinds.push_back(cxs::to_string(static_cast<cxs::SourceKind>(k)));
  EXPECT_EQ(override_["kind"]["enum"], kinds);
  json roles = json::array();
  for (std::size_t r = 0; r < cxs::kRoleCount; ++r)
    roles.push_back(cxs::to_string(static_cast<cxs::Role>(r)));
  roles.push_back("ignore");
  EXPECT_EQ(override_["columns"]["additionalProperties"]["enum"], roles);
  json categories = json::array();
  for (std::size_t c = 0; c < cxs::kSignalCategoryCount; ++c)
    categories.push_back(cxs::to_string(static_cast<cxs::SignalCategory>(c)));
  EXPECT_EQ(schema["definitions"]["lexicon_edits"]["properties"]["add"]["propertyNames"]["enum"],
            categories);
  json intents = json::array();
  for (std::size_t i = 0; i < cxs::kIntentCount; ++i)
    intents.push_back(cxs::to_string(static_cast<cxs::Intent>(i)));
  EXPECT_EQ(schema["definitions"]["intent_model"]["properties"]["intents"]["required"], intents);
}

// The same for the report: the codes and names the core writes are the schema's enums, so a
// code added to the core fails here and not in a user's validator.
TEST(ContractTest, report_schema_enums_match_the_core) {
  const json schema = json::parse(*cxs::schema_text("report"));
  const json& definitions = schema["definitions"];
  json kinds = json::array();
  for (int k = 0; k <= static_cast<int>(cxs::SourceKind::mentions); ++k)
    kinds.push_back(cxs::to_string(static_cast<cxs::SourceKind>(k)));
  EXPECT_EQ(definitions["source_kind"]["enum"], kinds);
  json roles = json::array();
  for (std::size_t r = 0; r < cxs::kRoleCount; ++r)
    roles.push_back(cxs::to_string(static_cast<cxs::Role>(r)));
  EXPECT_EQ(definitions["role"]["enum"], roles);
  json issues = json::array();
  for (int c = 0; c <= static_cast<int>(cxs::IssueCode::too_many_records); ++c)
    issues.push_back(cxs::to_string(static_cast<cxs::IssueCode>(c)));
  EXPECT_EQ(definitions["issue_code"]["enum"], issues);
  json errors = json::array();
  for (int c = 0; c <= static_cast<int>(cxs::ErrorCode::already_finished); ++c)
    errors.push_back(cxs::to_string(static_cast<cxs::ErrorCode>(c)));
  EXPECT_EQ(definitions["error_code"]["enum"], errors);
}

TEST(ContractTest, wrong_types_at_every_level_name_their_path) {
  EXPECT_EQ(error_of(R"({"mapping": {"s.csv": {"kind": 5}}})").substr(0, 45),
            R"(mapping["s.csv"].kind: expected one of "surve)");
  EXPECT_EQ(error_of(R"({"mapping": {"s.csv": {"columns": {"NPS": "nps"}}}})").substr(0, 44),
            R"(mapping["s.csv"].columns.NPS: expected one o)");
  EXPECT_EQ(error_of(R"({"mapping": {"s.csv": {"delimiter": "ab"}}})"),
            R"(mapping["s.csv"].delimiter: expected one of ",", ";", "\t" or "|", got "ab")");
  EXPECT_EQ(error_of(R"({"routes": {"rules": [{"team": "cs"}, {"team": 3}]}})"),
            "routes.rules[1].team: expected text, got 3");
  EXPECT_EQ(error_of(R"({"routes": {"rules": [{"match": {"typ": "x"}, "team": "cs"}]}})"),
            R"(routes.rules[0].match: unknown key "typ" (expected min_value, segment, severity, )"
            R"(source or type))");
  EXPECT_EQ(error_of(R"({"lexicon": {"add": {"churn": ["x"]}}})").substr(0, 35),
            R"(lexicon.add.churn: expected one of )");
  EXPECT_EQ(error_of(R"({"model": {"schema": "cxsignals.intent_model/1", "hash_bits": 40,
                                  "intents": {}}})")
                .substr(0, 37),
            "model.hash_bits: expected at most 22,");
  // JSON text cannot hold an infinity: a number too large for a double is a syntax error.
  EXPECT_EQ(error_of(R"({"horizon_weeks": 1e309})"),
            "options is not valid JSON: line 1, column 23: number overflow parsing '1e309'");
  EXPECT_EQ(error_of(R"({"competitors": "Orbitly"})"),
            R"(competitors: expected a list, got "Orbitly")");
  EXPECT_EQ(error_of(R"([1])"), "expected an object, got a list");
}

TEST(ContractTest, several_problems_are_counted_after_the_first) {
  EXPECT_EQ(error_of(R"({"as_of": 1, "horizon_weeks": 0})"),
            "as_of: expected text, got 1 (and 1 more problem)");
}

TEST(ContractTest, an_unknown_charset_label_is_refused_with_its_path) {
  const auto parsed =
      cxs::parse_analysis_options(R"({"mapping": {"a.csv": {"encoding": "klingon"}}})");
  ASSERT_FALSE(parsed);
  EXPECT_TRUE(
      parsed.error().message.starts_with(R"(mapping["a.csv"].encoding: expected a charset)"))
      << parsed.error().message;
}

TEST(ContractTest, schema_text_knows_the_shipped_names_only) {
  EXPECT_TRUE(cxs::schema_text("options"));
  const json report = json::parse(*cxs::schema_text("report"), nullptr, false);
  EXPECT_EQ(report.value("title", ""), "cxsignals.report/1");
  EXPECT_FALSE(cxs::schema_text("nonsense"));
}

}  // namespace
