// The intent reader, rule by rule: each rule with a sentence it must read and a look-alike it
// must leave alone. The sentences are written for these tests, not taken from any corpus.
#include "cxs/intent_reader.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

const cxs::IntentReader& reader() {
  static const cxs::IntentReader r = [] {
    const std::vector<std::string> competitors{"Acmetrics|アクメトリクス", "Brightlytics"};
    const std::vector<std::string> own{"hoshi"};
    auto made = cxs::IntentReader::create(competitors, own);
    EXPECT_TRUE(made);
    return std::move(made).value();
  }();
  return r;
}

std::optional<cxs::IntentFinding> find(const std::string& text, cxs::Intent intent) {
  for (const auto& f : reader().read(text))
    if (f.intent == intent) return f;
  return std::nullopt;
}

using cxs::Intent;

std::string churn(const std::string& text) {
  const auto f = find(text, Intent::churn_risk);
  return f ? f->severity : "";
}

TEST(IntentReaderTest, leaving_the_own_service_and_not_another_object) {
  EXPECT_EQ(churn("Please cancel our subscription at the end of this month."), "decided");
  EXPECT_EQ(churn("Please cancel the duplicate invoice from March."), "");
  EXPECT_EQ(churn("We will close the account once the quarter ends."), "planning");
  EXPECT_EQ(churn("We will close the sprint board once the quarter ends."), "");
  // One instance of it is not the relationship: "the sandbox workspace".
  EXPECT_EQ(churn("Can you delete the sandbox workspace? The main one stays."), "");
}

TEST(IntentReaderTest, the_writer_not_a_third_party) {
  EXPECT_EQ(churn("I am going to terminate my contract with you."), "planning");
  EXPECT_EQ(churn("One of our clients terminated their contract with us yesterday."), "");
  EXPECT_EQ(churn("A colleague who left the company still has a login."), "");
  EXPECT_EQ(churn("Our subscribers are leaving us for cheaper apps."), "");
}

TEST(IntentReaderTest, negation_and_its_scope) {
  EXPECT_EQ(churn("We are not going to cancel the plan, relax."), "");
  EXPECT_EQ(churn("We won't be renewing the contract this autumn."), "planning");
  EXPECT_EQ(churn("We will renew the contract this autumn."), "");
  // "no longer" with a verb of use is leaving; with a verb of leaving it negates.
  EXPECT_FALSE(churn("We no longer need the platform after the merger.").empty());
}

TEST(IntentReaderTest, the_object_left_implied_needs_the_writer_or_an_intention) {
  EXPECT_EQ(churn("Thinking about cancelling if the sync keeps failing."), "considering");
  EXPECT_EQ(churn("How do I cancel a pending invite?"), "");
  EXPECT_EQ(churn("If we cancel mid-term, is there a refund?"), "asking");
}

TEST(IntentReaderTest, nouns_adjectives_and_time_off_are_not_leaving) {
  EXPECT_EQ(churn("See you at the end of the month."), "");
  EXPECT_EQ(churn("Sorry for the delay, I was on parental leave."), "");
  EXPECT_EQ(churn("Where is the report of cancelled subscriptions?"), "");
  EXPECT_EQ(churn("How many seats do we have left?"), "");
}

TEST(IntentReaderTest, past_resolved_quoted_and_general_texts) {
  EXPECT_EQ(churn("We almost cancelled the subscription last spring, but support fixed it."), "");
  EXPECT_EQ(churn("Our banner says \"cancel your plan anytime\" and users like it."), "");
  EXPECT_EQ(churn("> Please cancel our plan.\nThat was my colleague's draft, ignore it."), "");
  EXPECT_EQ(churn("What notice period do vendors usually accept?"), "");
  EXPECT_EQ(churn("What is the notice period to end our contract?"), "asking");
  EXPECT_EQ(churn("We received the copy of the contract, thanks."), "");
}

TEST(IntentReaderTest, modality_sets_the_severity) {
  EXPECT_EQ(churn("We have decided to cancel our subscription."), "decided");
  EXPECT_EQ(churn("We plan to cancel our subscription in June."), "planning");
  EXPECT_EQ(churn("We might cancel our subscription if prices rise."), "considering");
  EXPECT_EQ(churn("How do I cancel our subscription?"), "asking");
  EXPECT_EQ(churn("We are weighing whether to renew at all."), "considering");
}

TEST(IntentReaderTest, switching_towards_a_competitor_not_from_it) {
  const auto to = find("We are moving to Acmetrics next quarter.", Intent::competitor_switch);
  ASSERT_TRUE(to);
  EXPECT_EQ(to->severity, "high");
  EXPECT_EQ(to->competitor, "Acmetrics");
  EXPECT_FALSE(
      find("We imported our history from the old Acmetrics account.", Intent::competitor_switch));
  EXPECT_FALSE(find("We have no plans to switch to Brightlytics.", Intent::competitor_switch));
  const auto compare =
      find("Brightlytics is cheaper for the same features.", Intent::competitor_switch);
  ASSERT_TRUE(compare);
  EXPECT_EQ(compare->severity, "low");
  EXPECT_FALSE(
      find("We looked at Brightlytics and decided to stay with you.", Intent::competitor_switch));
  EXPECT_TRUE(find("We signed with another provider last week.", Intent::competitor_switch));
}

TEST(IntentReaderTest, expansion_needs_what_is_bought_counted_or_whole) {
  const auto seats = find("Can we add 15 seats to our plan?", Intent::expansion);
  ASSERT_TRUE(seats);
  EXPECT_EQ(seats->severity, "high");
  EXPECT_FALSE(find("Can we add a user to this dashboard?", Intent::expansion));
  EXPECT_TRUE(find("We would love to roll it out to the finance department eventually.",
                   Intent::expansion));
  EXPECT_FALSE(find("Please add our new office address to the invoices.", Intent::expansion));
  EXPECT_FALSE(find("We're upgrading our mobile SDK next week.", Intent::expansion));
  EXPECT_FALSE(find("We need 5 fewer seats from next month.", Intent::expansion));
  EXPECT_FALSE(find("The chart shows more users than last week.", Intent::expansion));
}

TEST(IntentReaderTest, expansion_by_longer_terms_higher_limits_and_paying_more) {
  EXPECT_TRUE(find("We would like to commit for two years this time.", Intent::expansion));
  EXPECT_FALSE(find("The renewal invoice shows a 2-year term, which is wrong.", Intent::expansion));
  EXPECT_TRUE(find("Could we raise our monthly API quota to 20M?", Intent::expansion));
  EXPECT_TRUE(find("Finance approved the upgrade to the Business tier.", Intent::expansion));
  EXPECT_FALSE(find("Upgrade of the mobile SDK broke the login screen.", Intent::expansion));
  EXPECT_TRUE(find("We'd happily pay more for audit logs.", Intent::expansion));
  EXPECT_FALSE(find("We pay more than our peers for the same thing.", Intent::expansion));
}

TEST(IntentReaderTest, japanese_endings_carry_negation_and_modality) {
  EXPECT_EQ(churn("来月末で解約する予定です。"), "planning");
  EXPECT_EQ(churn("解約するつもりはありません。"), "");
  EXPECT_EQ(churn("解約方法を教えてください。"), "asking");
  EXPECT_EQ(churn("次回の更新は行わない予定です。"), "planning");
  EXPECT_EQ(churn("継続するかどうか社内で検討中です。"), "considering");
  EXPECT_EQ(churn("注文番号123は重複しているのでキャンセルしてください。"), "");
  EXPECT_EQ(churn("解約率をダッシュボードで見たいです。"), "");
  EXPECT_EQ(churn("他社に乗り換える人も多いけど、弊社は満足しています。"), "");
  EXPECT_EQ(churn("お客様が解約した日を知りたいです。"), "");
}

TEST(IntentReaderTest, japanese_switching_and_expansion) {
  const auto to = find("来月からアクメトリクスに移行します。", Intent::competitor_switch);
  ASSERT_TRUE(to);
  EXPECT_EQ(to->competitor, "Acmetrics");
  EXPECT_FALSE(find("アクメトリクスから乗り換えてきました。", Intent::competitor_switch));
  EXPECT_TRUE(find("ライセンスを10件追加したいのでお見積りをお願いします。", Intent::expansion));
  EXPECT_FALSE(find("機能をもう少し増やしてほしいです。", Intent::expansion));
}

TEST(IntentReaderTest, the_finding_cites_its_sentence_and_span) {
  const std::string text = "Hello team. We will cancel our subscription in May. Thanks!";
  const auto f = find(text, Intent::churn_risk);
  ASSERT_TRUE(f);
  EXPECT_EQ(text.substr(f->begin, f->end - f->begin), " We will cancel our subscription in May.");
  EXPECT_EQ(text.substr(f->match_begin, f->match_end - f->match_begin), "cancel our subscription");
  // Full-width letters fold for matching but the span is of the text as written.
  const std::string wide = "Ｗｅ ｗｉｌｌ ｃａｎｃｅｌ ｏｕｒ ｐｌａｎ.";
  const auto w = find(wide, Intent::churn_risk);
  ASSERT_TRUE(w);
  EXPECT_EQ(wide.substr(w->match_begin, w->match_end - w->match_begin),
            "ｃａｎｃｅｌ ｏｕｒ ｐｌａｎ");
}

TEST(IntentReaderTest, any_prefix_of_any_text_reads_without_failing) {
  const std::vector<std::string> texts{
      "Please cancel our plan. 来月から解約します？「解約」", "We'll move to Acmetrics\n> quoted",
      "\xE3\x81", "\"unbalanced quote cancel our account", "解約率乗り換える人"};
  for (const std::string& text : texts)
    for (std::size_t n = 0; n <= text.size(); ++n) (void)reader().read(text.substr(0, n));
  SUCCEED();
}

}  // namespace
