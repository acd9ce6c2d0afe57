// Tests for cxs/lexicon.hpp: the document format, its errors, the shipped files and user edits.
#include "cxs/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using cxs::SignalCategory;

bool holds(const std::vector<std::string>& list, const std::string& phrase) {
  return std::find(list.begin(), list.end(), phrase) != list.end();
}

TEST(LexiconTest, category_names_round_trip) {
  for (std::size_t i = 0; i < cxs::kSignalCategoryCount; ++i) {
    const auto category = static_cast<SignalCategory>(i);
    EXPECT_EQ(cxs::signal_category_from_string(cxs::to_string(category)), category);
  }
  EXPECT_FALSE(cxs::signal_category_from_string("churn"));
}

TEST(LexiconTest, parses_phrases_decoys_and_negations) {
  const auto lexicon = cxs::parse_lexicon(R"({
    "language": "en",
    "negations": {"before": ["not"], "after": ["しない"]},
    "categories": {
      "churn_risk": {"phrases": ["cancel * subscription"], "decoys": ["cancel * order"]},
      "competitor_switch": {"phrases": ["moving to {competitor}"]}
    }})");
  ASSERT_TRUE(lexicon) << lexicon.error().message;
  const auto& churn = lexicon.value()[SignalCategory::churn_risk];
  EXPECT_EQ(churn.phrases, std::vector<std::string>{"cancel * subscription"});
  EXPECT_EQ(churn.decoys, std::vector<std::string>{"cancel * order"});
  EXPECT_EQ(lexicon.value()[SignalCategory::competitor_switch].phrases.size(), 1u);
  EXPECT_TRUE(lexicon.value()[SignalCategory::praise].phrases.empty());
  EXPECT_EQ(lexicon.value().negations_before, std::vector<std::string>{"not"});
  EXPECT_EQ(lexicon.value().negations_after, std::vector<std::string>{"しない"});
}

// Each bad document fails with invalid_options and a message naming what is wrong.
struct BadLexicon {
  const char* json;
  const char* message_part;
};
class LexiconErrors : public testing::TestWithParam<BadLexicon> {};

TEST_P(LexiconErrors, names_the_problem) {
  const auto lexicon = cxs::parse_lexicon(GetParam().json);
  ASSERT_FALSE(lexicon);
  EXPECT_EQ(lexicon.error().code, cxs::ErrorCode::invalid_options);
  EXPECT_NE(lexicon.error().message.find(GetParam().message_part), std::string::npos)
      << lexicon.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    LexiconTest, LexiconErrors,
    testing::Values(
        BadLexicon{"{", "not valid JSON"}, BadLexicon{"[]", "JSON object"},
        BadLexicon{R"({"categories": {"churn": {"phrases": ["x"]}}})",
                   "unknown category \"churn\""},
        BadLexicon{R"({"categories": {"praise": {"phrases": [""]}}})", "empty phrase"},
        BadLexicon{R"({"categories": {"praise": {"phrases": ["  　 "]}}})", "empty phrase"},
        BadLexicon{R"({"categories": {"praise": {"phrases": [3]}}})", "non-string"},
        BadLexicon{R"({"categories": {"praise": {"phrases": "great"}}})", "array of strings"},
        BadLexicon{R"({"categories": {"praise": {"phrases": ["* great"]}}})", "gap (*)"},
        BadLexicon{R"({"categories": {"praise": {"phrases": ["great * * job"]}}})", "gap (*)"},
        BadLexicon{R"({"categories": {"praise": {"phrases": ["{vendor} is great"]}}})",
                   "slot other than {competitor}"},
        BadLexicon{R"({"categories": {"praise": {"words": ["great"]}}})", "unknown key \"words\""},
        BadLexicon{R"({"negations": {"around": ["not"]}})", "negations.around"},
        BadLexicon{R"({"phrases": []})", "unknown key \"phrases\""},
        BadLexicon{R"({"terms": ["battery"]})", "\"terms\" must be an object"},
        BadLexicon{R"({"terms": {"battery": "batteries"}})", "terms.battery must be an array"}));

TEST(LexiconTest, terms_map_folded_variants_to_one_term) {
  const auto lexicon =
      cxs::parse_lexicon(R"({"terms": {"Battery": ["バッテリー", "ＢＡＴＴＥＲＩＥＳ"]}})");
  ASSERT_TRUE(lexicon) << lexicon.error().message;
  const std::map<std::string, std::string> want = {{"batteries", "battery"},
                                                   {"バッテリー", "battery"}};
  EXPECT_EQ(lexicon.value().same_terms, want);
  // The shipped lexicons join a Japanese loanword to its English source.
  EXPECT_EQ(cxs::default_lexicon().value().same_terms.at("クラッシュ"), "crash");
}

TEST(LexiconTest, shipped_lexicons_parse_and_merge) {
  const auto lexicon = cxs::default_lexicon();
  ASSERT_TRUE(lexicon) << lexicon.error().message;
  const auto& churn = lexicon.value()[SignalCategory::churn_risk];
  EXPECT_TRUE(holds(churn.phrases, "cancel * subscription"));  // from en.json
  EXPECT_TRUE(holds(churn.phrases, "解約"));                   // from ja.json
  EXPECT_TRUE(holds(lexicon.value().negations_before, "not"));
  EXPECT_TRUE(holds(lexicon.value().negations_after, "つもりはありません"));
  for (std::size_t i = 0; i < cxs::kSignalCategoryCount; ++i) {
    EXPECT_FALSE(lexicon.value().categories[i].phrases.empty())
        << cxs::to_string(static_cast<SignalCategory>(i));
  }
}

TEST(LexiconTest, merge_skips_phrases_already_present_after_folding) {
  cxs::Lexicon a;
  a.categories[0].phrases = {"cancel * subscription"};
  cxs::Lexicon b;
  b.categories[0].phrases = {"CANCEL * Subscription", "解約"};
  const auto merged = cxs::merge_lexicons(a, b);
  EXPECT_EQ(merged.categories[0].phrases,
            (std::vector<std::string>{"cancel * subscription", "解約"}));
}

TEST(LexiconTest, edits_add_and_remove_phrases_per_category) {
  const auto base = cxs::parse_lexicon(
      R"({"categories": {"churn_risk": {"phrases": ["cancel * subscription", "notice period"]}}})");
  ASSERT_TRUE(base);
  const auto edited = cxs::apply_edits(base.value(), R"({
      "add": {"churn_risk": ["pull the plug"], "opportunity": ["more seats"]},
      "remove": {"churn_risk": ["Notice Period"]},
      "add_decoys": {"churn_risk": ["pull the plug on the test server"]}})");
  ASSERT_TRUE(edited) << edited.error().message;
  EXPECT_EQ(edited.value()[SignalCategory::churn_risk].phrases,
            (std::vector<std::string>{"cancel * subscription", "pull the plug"}));
  EXPECT_EQ(edited.value()[SignalCategory::opportunity].phrases,
            std::vector<std::string>{"more seats"});
  EXPECT_EQ(edited.value()[SignalCategory::churn_risk].decoys,
            std::vector<std::string>{"pull the plug on the test server"});
  // The input lexicon is a value: editing made a new one.
  EXPECT_EQ(base.value()[SignalCategory::churn_risk].phrases.size(), 2u);
}

TEST(LexiconTest, edits_reject_unknown_names_and_absent_phrases) {
  const cxs::Lexicon empty;
  const auto unknown_key = cxs::apply_edits(empty, R"({"append": {}})");
  ASSERT_FALSE(unknown_key);
  EXPECT_NE(unknown_key.error().message.find("append"), std::string::npos);
  const auto unknown_category = cxs::apply_edits(empty, R"({"add": {"churn": ["x"]}})");
  ASSERT_FALSE(unknown_category);
  EXPECT_NE(unknown_category.error().message.find("churn"), std::string::npos);
  const auto absent = cxs::apply_edits(empty, R"({"remove": {"praise": ["great job"]}})");
  ASSERT_FALSE(absent);
  EXPECT_NE(absent.error().message.find("great job"), std::string::npos);
  const auto empty_phrase = cxs::apply_edits(empty, R"({"add": {"praise": [""]}})");
  ASSERT_FALSE(empty_phrase);
  EXPECT_NE(empty_phrase.error().message.find("empty phrase"), std::string::npos);
}

}  // namespace
