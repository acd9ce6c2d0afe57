// Tests for cxs/phrase_matcher.hpp: a hand-labelled table (the spec of the shipped lexicon),
// negation, decoys, folding, competitor slots, spans in the original text and user edits.
#include "cxs/phrase_matcher.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <set>

#include "cxs/text_normalize.hpp"

namespace {

using cxs::PhraseMatcher;
using cxs::SignalCategory;
using C = SignalCategory;

const std::vector<std::string> kCompetitors = {"Zendesk", "Freshdesk", "Help Scout"};

const PhraseMatcher& shipped_matcher() {
  // Built once for the whole file: compiling the default lexicon is the slow part of a test.
  static const PhraseMatcher matcher = [] {
    auto lexicon = cxs::default_lexicon();
    EXPECT_TRUE(lexicon) << lexicon.error().message;
    auto compiled = PhraseMatcher::compile(lexicon.value(), kCompetitors);
    EXPECT_TRUE(compiled) << compiled.error().message;
    return std::move(compiled).value();
  }();
  return matcher;
}

std::set<C> firing_categories(const PhraseMatcher& matcher, std::string_view text) {
  std::set<C> out;
  for (const auto& m : matcher.matches(text)) {
    if (!m.negated && !m.decoy) out.insert(m.category);
  }
  return out;
}

std::string describe(const std::set<C>& categories) {
  std::string out = "{";
  for (const C c : categories) out += std::string(out.size() > 1 ? ", " : "") + cxs::to_string(c);
  return out + "}";
}

struct Labelled {
  const char* text;
  std::set<C> expected;  ///< categories that must fire; empty: none may
};

// The spec of the shipped lexicon, labelled by hand as a support team would triage each line:
// a customer leaving is churn_risk; an order, meeting or newsletter cancelled is not.
const std::vector<Labelled> kTable = {
    // churn_risk
    {"Please send us a copy of the contract", {C::churn_risk}},
    {"We want to cancel our subscription at the end of the term", {C::churn_risk}},
    {"How do I export all our data before we leave?", {C::churn_risk}},
    {"契約書のコピーを送ってください", {C::churn_risk}},
    {"来月で解約したいです", {C::churn_risk}},
    {"退会手続きを教えてください", {C::churn_risk}},
    {"What is the notice period in our agreement?", {C::churn_risk}},
    {"We will not be renewing our contract this year.", {C::churn_risk}},
    {"Cancellation of our contract, effective June 30.", {C::churn_risk}},
    {"ＣＡＮＣＥＬ our SUBSCRIPTION please", {C::churn_risk}},
    {"ｻﾌﾞｽｸをｷｬﾝｾﾙしたいのですが", {C::churn_risk}},
    {"I'd like to close my account and delete everything", {C::churn_risk}},
    {"How can I cancel? Nobody answers the phone.", {C::churn_risk}},
    {"アカウントを削除したい", {C::churn_risk}},
    {"サービスの利用を停止したいです", {C::churn_risk}},
    {"Can you send me a copy of our contract? We're reviewing our options.", {C::churn_risk}},
    {"I don’t know how to cancel my subscription", {C::churn_risk}},
    {"We are not happy and will cancel our subscription", {C::churn_risk, C::complaint}},
    // churn_risk look-alikes: decoys and negations
    {"please cancel the duplicate order #1234", {}},
    {"cancel my meeting tomorrow", {}},
    {"I need to cancel my appointment on Friday", {}},
    {"I want to cancel the order I placed yesterday", {}},
    {"Can you cancel that invoice? It was sent twice.", {}},
    {"Please cancel my newsletter subscription", {}},
    {"Here is the signed copy of the contract.", {}},
    {"メルマガの解約をお願いします", {}},
    {"退会済みのメンバーのアカウントを削除したいです。", {}},
    {"Please delete the user account of a former employee", {}},
    {"I want to delete my user account and all our data", {C::churn_risk}},
    {"the contract renewal went smoothly", {}},
    {"we are not going to cancel", {}},
    {"We are NOT going to cancel our subscription", {}},
    {"we don't want to cancel our subscription, we just need an invoice", {}},
    {"解約するつもりはありません", {}},
    {"解約しないでください", {}},
    {"We never want to cancel our subscription, we love it", {C::praise}},
    {"we don’t want to cancel", {}},
    {"I want to cancel my subscription to the newsletter", {}},
    {"Please unsubscribe me from the newsletter", {}},
    {"How do I export my report to CSV?", {}},
    {"Can I get a copy of the invoice?", {}},
    {"Our contract ends next month, can you send the renewal quote?", {}},
    {"We won’t be renewing", {C::churn_risk}},
    // competitor_switch (competitors: Zendesk, Freshdesk, Help Scout)
    {"We're evaluating Zendesk", {C::competitor_switch}},
    {"moving to Freshdesk next quarter", {C::competitor_switch}},
    {"Freshdesk does it for half the price", {C::competitor_switch}},
    {"Freshdeskに乗り換えを検討しています", {C::competitor_switch}},
    {"We are switching to ＨＥＬＰ ＳＣＯＵＴ.", {C::competitor_switch}},
    {"Zendesk is cheaper and honestly simpler", {C::competitor_switch}},
    {"他社への乗り換えを考えています", {C::competitor_switch}},
    {"Zendeskの方が安いので", {C::competitor_switch}},
    {"We used Zendesk before we found you", {}},
    {"We are not moving to Zendesk", {}},
    {"We are moving to Zendesky, a different tool", {}},
    // opportunity
    {"We'd like to add more seats for the support team", {C::opportunity}},
    {"Can we upgrade to enterprise next month?", {C::opportunity}},
    {"What's the pricing for more users?", {C::opportunity}},
    {"追加ライセンスの見積もりをお願いします", {C::opportunity}},
    {"ライセンスを5つ増やしたいです", {C::opportunity}},
    {"We plan to roll it out to the sales team too", {C::opportunity}},
    {"We'd like to roll the product out to our other departments", {C::opportunity}},
    {"Our departments are all in Europe", {}},
    {"Please upgrade to the latest version before reporting", {}},
    // quality_issue
    {"The app crashes when I open the report", {C::quality_issue}},
    {"Export is broken since yesterday", {C::quality_issue}},
    {"I get an error when saving", {C::quality_issue}},
    {"The login button doesn’t work", {C::quality_issue}},
    {"Bug: the export is not working", {C::quality_issue}},
    {"アプリに不具合があります", {C::quality_issue}},
    {"保存するとエラーになります", {C::quality_issue}},
    {"ボタンを押しても動かない", {C::quality_issue}},
    {"ｴﾗｰが出ます", {C::quality_issue}},
    {"The report is broken down by region", {}},
    {"Since the update there are no more errors", {}},
    {"エラーは出ていません", {}},
    {"Our debug logs look clean", {}},
    // praise
    {"Thank you so much for the quick fix!", {C::praise}},
    {"Your support team was very helpful", {C::praise}},
    {"We're happy with the new features", {C::praise}},
    {"迅速な対応ありがとうございました", {C::praise}},
    {"とても使いやすいです", {C::praise}},
    {"I would love it if you added dark mode", {}},
    {"The new reporting is the best I've used in years. Recommended for support teams.",
     {C::praise}},
    {"Shout-out to the team: fastest support reply all year.", {C::praise}},
    // complaint
    {"Not impressed with the new dashboard", {C::complaint}},
    {"This is unacceptable, we have been waiting for a week", {C::complaint}},
    {"Still waiting for a reply to my ticket", {C::complaint}},
    {"The battery is a disaster after the last firmware, avoid for now.", {C::complaint}},
    {"Billing charged us twice and support is silent. Not good.", {C::complaint}},
    {"Third outage this month.", {C::quality_issue, C::complaint}},
    {"The launch was not a disaster at all", {}},
    {"対応が遅いので不満です", {C::complaint}},
    {"何度も問い合わせているのに返信がない", {C::complaint}},
    {"残念ながら来週は参加できません", {}},
    {"In the worst case we can restore from backup", {}},
    {"No response needed, just FYI", {}},
    {"不満はありません", {}},
    // complaint: deliveries (late, missing, damaged), as a shop's help desk sees them
    {"Where is my order? It's been 10 days.", {C::complaint}},
    {"My order hasn't arrived yet, tracking shows no movement", {C::complaint}},
    {"The parcel arrived damaged and late.", {C::complaint}},
    {"Late delivery again, the order was due last Monday.", {C::complaint}},
    {"注文した商品がまだ届いていません", {C::complaint}},
    {"The order arrived on time, thanks", {}},
    {"Where is my order number on the invoice?", {}},
    {"Could you email the receipt for our last shop order?", {}},
    // several at once, and nothing at all
    {"The app keeps crashing and we are frustrated; we will cancel our subscription",
     {C::quality_issue, C::complaint, C::churn_risk}},
    {"The export isn't working again and support is not helpful", {C::quality_issue, C::complaint}},
    {"Thanks for the update.", {}},
    {"", {}},
};

// Precision and recall over (sentence, category) pairs; the table is the spec, so both are 1.
TEST(PhraseMatcherTest, shipped_lexicon_labels_the_table_exactly) {
  ASSERT_GE(kTable.size(), 60u);
  std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  for (const Labelled& row : kTable) {
    const std::set<C> got = firing_categories(shipped_matcher(), row.text);
    for (const C c : got) (row.expected.count(c) ? true_positives : false_positives) += 1;
    for (const C c : row.expected) false_negatives += got.count(c) ? 0 : 1;
    EXPECT_EQ(got, row.expected) << "\"" << row.text << "\": got " << describe(got) << ", expected "
                                 << describe(row.expected);
  }
  const double precision =
      static_cast<double>(true_positives) / static_cast<double>(true_positives + false_positives);
  const double recall =
      static_cast<double>(true_positives) / static_cast<double>(true_positives + false_negatives);
  std::printf("[ table    ] %zu sentences, %zu labels: precision %.3f, recall %.3f\n",
              kTable.size(), true_positives + false_negatives, precision, recall);
  RecordProperty("precision", std::to_string(precision));
  RecordProperty("recall", std::to_string(recall));
  EXPECT_EQ(false_positives, 0u);
  EXPECT_EQ(false_negatives, 0u);
}

// Every span the table produces cuts the original on character boundaries, and folds back to
// a piece of the folded text with no blank at either edge.
TEST(PhraseMatcherTest, table_spans_fold_back_to_the_matched_text) {
  for (const Labelled& row : kTable) {
    const std::string text = row.text;
    const std::string folded = cxs::normalize_for_matching(text);
    for (const auto& m : shipped_matcher().matches(text)) {
      ASSERT_LT(m.begin, m.end) << text;
      ASSERT_LE(m.end, text.size()) << text;
      const auto continuation = [&](std::size_t at) {
        return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
      };
      EXPECT_FALSE(continuation(m.begin)) << text;
      EXPECT_FALSE(continuation(m.end)) << text;
      const std::string piece = cxs::normalize_for_matching(text.substr(m.begin, m.end - m.begin));
      EXPECT_NE(folded.find(piece), std::string::npos) << text << " / " << piece;
      EXPECT_NE(piece.front(), ' ') << text;
      EXPECT_NE(piece.back(), ' ') << text;
    }
  }
}

TEST(PhraseMatcherTest, reports_negated_and_decoy_matches_with_their_flags) {
  const auto negated = shipped_matcher().matches("We are not going to cancel");
  ASSERT_EQ(negated.size(), 1u);
  EXPECT_EQ(negated[0].phrase, "going to cancel");
  EXPECT_TRUE(negated[0].negated);
  EXPECT_FALSE(negated[0].decoy);

  const auto decoy = shipped_matcher().matches("I want to cancel the order");
  ASSERT_EQ(decoy.size(), 1u);
  EXPECT_EQ(decoy[0].phrase, "want to cancel");
  EXPECT_TRUE(decoy[0].decoy);
  EXPECT_TRUE(shipped_matcher().firing("I want to cancel the order", C::churn_risk).empty());

  const auto ja = shipped_matcher().matches("解約するつもりはありません");
  ASSERT_EQ(ja.size(), 1u);
  EXPECT_TRUE(ja[0].negated);
}

TEST(PhraseMatcherTest, negation_stops_at_the_clause_and_after_four_words) {
  const auto& m = shipped_matcher();
  EXPECT_TRUE(m.firing("Not happy, cancel our subscription", C::churn_risk).size() == 1);
  // "not" then 4 words: outside the window of the 4 words before the match.
  EXPECT_EQ(
      m.firing("If you do not fix this we will cancel our subscription", C::churn_risk).size(), 1u);
  EXPECT_TRUE(m.firing("We will never cancel our subscription", C::churn_risk).empty());
}

TEST(PhraseMatcherTest, spans_point_at_the_original_bytes_after_folding) {
  const std::string text = "Please ＣＡＮＣＥＬ our ＳＵＢＳＣＲＩＰＴＩＯＮ now";
  const auto found = shipped_matcher().firing(text, C::churn_risk);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin),
            "ＣＡＮＣＥＬ our ＳＵＢＳＣＲＩＰＴＩＯＮ");

  const std::string ja = "来月で解約したいです";
  const auto ja_found = shipped_matcher().firing(ja, C::churn_risk);
  ASSERT_EQ(ja_found.size(), 1u);
  EXPECT_EQ(ja.substr(ja_found[0].begin, ja_found[0].end - ja_found[0].begin), "解約");

  const std::string half = "ｻﾌﾞｽｸをｷｬﾝｾﾙしたい";  // 3 bytes per half-width character
  const auto half_found = shipped_matcher().firing(half, C::churn_risk);
  ASSERT_EQ(half_found.size(), 1u);
  EXPECT_EQ(half_found[0].begin, 0u);
  EXPECT_EQ(half.substr(half_found[0].begin, half_found[0].end - half_found[0].begin),
            "ｻﾌﾞｽｸをｷｬﾝｾﾙ");
}

TEST(PhraseMatcherTest, competitor_slot_reports_the_name_as_given) {
  const std::string text = "honestly we are moving to ｆｒｅｓｈｄｅｓｋ";
  const auto found = shipped_matcher().firing(text, C::competitor_switch);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].competitor, "Freshdesk");
  EXPECT_EQ(found[0].phrase, "moving to {competitor}");
  EXPECT_EQ(text.substr(found[0].begin), "moving to ｆｒｅｓｈｄｅｓｋ");
}

TEST(PhraseMatcherTest, slotted_phrases_need_a_competitor_list) {
  const auto lexicon = cxs::default_lexicon().value();
  const auto matcher = PhraseMatcher::compile(lexicon).value();
  EXPECT_TRUE(matcher.firing("moving to Freshdesk next quarter", C::competitor_switch).empty());
  EXPECT_EQ(matcher.firing("他社への乗り換えを考えています", C::competitor_switch).size(), 1u);
}

TEST(PhraseMatcherTest, gap_spans_at_most_three_words_in_one_clause) {
  auto lexicon = cxs::parse_lexicon(
      R"({"categories": {"churn_risk": {"phrases": ["cancel * subscription", "契約*解除"]}}})");
  const auto m = PhraseMatcher::compile(lexicon.value()).value();
  EXPECT_EQ(m.firing("cancel subscription", C::churn_risk).size(), 1u);
  EXPECT_EQ(m.firing("cancel our annual team subscription", C::churn_risk).size(), 1u);
  EXPECT_TRUE(m.firing("cancel our big annual team subscription", C::churn_risk).empty());
  EXPECT_TRUE(m.firing("cancel it. The subscription is fine", C::churn_risk).empty());
  EXPECT_EQ(m.firing("契約の解除", C::churn_risk).size(), 1u);
  EXPECT_TRUE(m.firing("契約、解除", C::churn_risk).empty());
}

TEST(PhraseMatcherTest, latin_phrases_need_word_boundaries_cjk_do_not) {
  auto lexicon =
      cxs::parse_lexicon(R"({"categories": {"quality_issue": {"phrases": ["bug", "エラー"]}}})");
  const auto m = PhraseMatcher::compile(lexicon.value()).value();
  EXPECT_TRUE(m.firing("debug build", C::quality_issue).empty());
  EXPECT_TRUE(m.firing("bugs", C::quality_issue).empty());
  EXPECT_EQ(m.firing("a bug, again", C::quality_issue).size(), 1u);
  EXPECT_EQ(m.firing("BUG-1234", C::quality_issue).size(), 1u);
  EXPECT_EQ(m.firing("通信エラーです", C::quality_issue).size(), 1u);
}

TEST(PhraseMatcherTest, a_phrase_inside_a_longer_match_of_its_category_is_not_repeated) {
  auto lexicon =
      cxs::parse_lexicon(R"({"categories": {"churn_risk": {"phrases": ["解約", "解約したい"]}}})");
  const auto m = PhraseMatcher::compile(lexicon.value()).value();
  const auto found = m.matches("来月解約したい");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].phrase, "解約したい");
}

TEST(PhraseMatcherTest, user_edits_add_and_remove_phrases) {
  const auto base = cxs::default_lexicon().value();
  const std::string text = "we may pull the plug on this tool; what is the notice period?";
  const auto before = PhraseMatcher::compile(base, kCompetitors).value();
  ASSERT_EQ(before.firing(text, C::churn_risk).size(), 1u);
  EXPECT_EQ(before.firing(text, C::churn_risk)[0].phrase, "notice period");

  const auto edited = cxs::apply_edits(
      base,
      R"({"add": {"churn_risk": ["pull the plug"]}, "remove": {"churn_risk": ["notice period"]}})");
  ASSERT_TRUE(edited) << edited.error().message;
  const auto after = PhraseMatcher::compile(edited.value(), kCompetitors).value();
  const auto found = after.firing(text, C::churn_risk);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].phrase, "pull the plug");
}

TEST(PhraseMatcherTest, matches_are_ordered_and_carry_every_category) {
  const auto found = shipped_matcher().matches(
      "The app keeps crashing and we are frustrated; we will cancel our subscription");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].category, C::quality_issue);
  EXPECT_EQ(found[1].category, C::complaint);
  EXPECT_EQ(found[2].category, C::churn_risk);
  EXPECT_LT(found[0].begin, found[1].begin);
  EXPECT_LT(found[1].begin, found[2].begin);
}

TEST(PhraseMatcherTest, rejects_empty_competitor_names_and_bad_phrases) {
  const cxs::Lexicon lexicon;
  const std::vector<std::string> blank = {"Zendesk", "　"};
  const auto matcher = PhraseMatcher::compile(lexicon, blank);
  ASSERT_FALSE(matcher);
  EXPECT_EQ(matcher.error().code, cxs::ErrorCode::invalid_options);

  cxs::Lexicon bad;
  bad.categories[0].phrases = {"cancel *"};
  EXPECT_FALSE(PhraseMatcher::compile(bad));
}

TEST(PhraseMatcherTest, survives_invalid_utf8_and_cut_characters) {
  const std::string text = std::string("cancel our subscription \xFF\xE3\x81", 27);
  const auto found = shipped_matcher().firing(text, C::churn_risk);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].end, 23u);
}

}  // namespace
