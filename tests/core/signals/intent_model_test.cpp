// The intent model: decides as the phrase rules with no labels, moves with labels, and reads
// back exactly what it wrote.
#include "cxs/intent_model.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "cxs/intent_reader.hpp"
#include "cxs/lexicon.hpp"

namespace {

const cxs::IntentReader& reader() {
  static const cxs::IntentReader r = [] {
    auto made = cxs::IntentReader::create({}, {});
    EXPECT_TRUE(made);
    return std::move(made).value();
  }();
  return r;
}

cxs::PhraseMatcher rules() {
  auto lexicon = cxs::default_lexicon();
  EXPECT_TRUE(lexicon);
  auto matcher = cxs::PhraseMatcher::compile(lexicon.value());
  EXPECT_TRUE(matcher);
  return std::move(matcher).value();
}

double churn(const cxs::IntentModel& model, const cxs::PhraseMatcher& matcher,
             const std::string& text) {
  const auto features = cxs::intent_features(text, matcher.matches(text), false,
                                             reader().read(text), model.hash_bits);
  return model.probability(cxs::Intent::churn_risk, features);
}

TEST(IntentModelTest, without_labels_it_decides_as_the_intent_reader) {
  const auto matcher = rules();
  const auto model = cxs::IntentModel::from_rules();
  const std::string firing = "Please cancel my subscription at the end of the month.";
  ASSERT_FALSE(reader().read(firing).empty());
  EXPECT_NEAR(churn(model, matcher, firing), 1 / (1 + std::exp(-2.0)), 1e-12);
  EXPECT_NEAR(churn(model, matcher, "How do I export a chart as PNG?"), 1 / (1 + std::exp(2.0)),
              1e-12);
}

TEST(IntentModelTest, labels_move_a_text_s_score_the_way_they_say) {
  const auto matcher = rules();
  const auto start = cxs::IntentModel::from_rules();
  // A wording no rule knows, labelled churn; a rule's wording in a text labelled not churn.
  const std::string missed = "We will not be renewing with you next quarter, sorry.";
  const std::string false_alarm = "Can you cancel the duplicate invoice you sent?";
  std::vector<cxs::IntentLabel> labels(2);
  labels[0].text = missed;
  labels[0].holds = {1, 0, 0};
  labels[1].text = false_alarm;
  labels[1].holds = {0, 0, 0};
  const auto trained = cxs::train_intent_model(start, labels, matcher, nullptr, &reader());
  EXPECT_GT(churn(trained, matcher, missed), churn(start, matcher, missed));
  EXPECT_GT(churn(trained, matcher, missed), 0.5);
  EXPECT_LT(churn(trained, matcher, false_alarm), churn(start, matcher, false_alarm));
  EXPECT_EQ(trained.labels_seen, 2u);
  // An intent labelled −1 (not labelled) is left alone.
  std::vector<cxs::IntentLabel> silent(1);
  silent[0].text = missed;
  const auto unchanged = cxs::train_intent_model(start, silent, matcher, nullptr, &reader());
  EXPECT_EQ(churn(unchanged, matcher, missed), churn(start, matcher, missed));
}

TEST(IntentModelTest, a_model_read_back_scores_exactly_as_written) {
  const auto matcher = rules();
  std::vector<cxs::IntentLabel> labels(1);
  labels[0].text = "解約を検討しています。";
  labels[0].holds = {1, 0, 0};
  const auto trained =
      cxs::train_intent_model(cxs::IntentModel::from_rules(), labels, matcher, nullptr, &reader());
  const auto read = cxs::intent_model_from_json(cxs::intent_model_to_json(trained));
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(cxs::intent_model_to_json(read.value()), cxs::intent_model_to_json(trained));
  for (const std::string text : {"解約を検討しています。", "契約の更新について", "thanks!"})
    EXPECT_EQ(churn(read.value(), matcher, text), churn(trained, matcher, text));
}

TEST(IntentModelTest, a_bad_model_file_names_what_is_wrong) {
  const auto no_schema = cxs::intent_model_from_json(R"({"hash_bits": 18})");
  ASSERT_FALSE(no_schema);
  EXPECT_NE(no_schema.error().message.find("schema"), std::string::npos);
  const auto bad_index = cxs::intent_model_from_json(
      R"({"schema": "cxsignals.intent_model/1", "hash_bits": 10, "intents": {
        "churn_risk": {"bias": 0, "weights": {"5000": 1}},
        "competitor_switch": {"bias": 0, "weights": {}},
        "expansion": {"bias": 0, "weights": {}}}})");
  ASSERT_FALSE(bad_index);
  EXPECT_NE(bad_index.error().message.find("intents.churn_risk.weights[\"5000\"]"),
            std::string::npos);
}

TEST(IntentModelTest, labels_are_read_line_by_line_and_a_bad_line_is_named) {
  const auto labels = cxs::parse_intent_labels(
      "{\"subject\": \"Renewal\", \"text\": \"We are leaving.\", \"labels\": [\"churn_risk\"]}\n"
      "\n"
      "{\"text\": \"Love it\", \"labels\": [{\"type\": \"praise\"}], \"unlabelled\": "
      "[\"expansion\"]}\n");
  ASSERT_TRUE(labels) << labels.error().message;
  ASSERT_EQ(labels.value().size(), 2u);
  EXPECT_EQ(labels.value()[0].text, "Renewal\nWe are leaving.");
  EXPECT_EQ(labels.value()[0].holds[0], 1);
  EXPECT_EQ(labels.value()[1].holds[0], 0);   // praise says "not churn"
  EXPECT_EQ(labels.value()[1].holds[2], -1);  // expansion left unlabelled
  const auto bad = cxs::parse_intent_labels("{\"text\": \"ok\", \"labels\": []}\n{\"text\": 3}\n");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("line 2"), std::string::npos);
}

TEST(IntentModelTest, features_of_words_are_scaled_to_unit_length_and_japanese_gets_char_grams) {
  const auto a = cxs::intent_features("cancel cancel cancel", {}, false, {}, 18);
  double squares = 0;
  for (const auto& f : a) squares += static_cast<double>(f.value) * f.value;
  // "cancel" ×3, its stem "cance" ×3 and the pair "cancel cancel" ×2, each over √8.
  EXPECT_EQ(a.size(), 3u);
  EXPECT_NEAR(squares, (9.0 + 9.0 + 4.0) / 8.0, 1e-6);
  const auto ja = cxs::intent_features("解約したい", {}, false, {}, 18);
  EXPECT_EQ(ja.size(), 4u + 3u);  // 4 character pairs, 3 triples
}

}  // namespace
