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

TEST(IntentReaderTest, a_coordinated_verb_shares_the_subject_before_it) {
  EXPECT_FALSE(churn("We moved offices and will be leaving when the term ends.").empty());
  // The second clause has a subject of its own: "it" is the export, not the writer.
  EXPECT_EQ(churn("I made a nightly export and it is no longer needed."), "");
  EXPECT_EQ(churn("Our client outgrew it and will be leaving soon."), "");
}

TEST(IntentReaderTest, answering_no_and_withdrawing_a_notice_negate_nothing_or_everything) {
  EXPECT_EQ(churn("no, we are renewing for sure, just checking the date"), "");
  EXPECT_FALSE(churn("No plans to renew the contract this time.").empty());
  EXPECT_EQ(churn("Please disregard the cancellation request we sent on Monday."), "");
  EXPECT_EQ(churn("Please cancel our plan, as we wrote on Monday."), "decided");
}

TEST(IntentReaderTest, objects_that_are_someone_elses_or_a_verb_undone) {
  EXPECT_EQ(churn("A shopper asked us to delete their account under GDPR."), "");
  EXPECT_EQ(churn("Please delete our account under GDPR."), "decided");
  EXPECT_EQ(churn("I uninstalled and reinstalled the app, still blank."), "");
  EXPECT_EQ(churn("can you end all my login sessions? lost my phone"), "");
  EXPECT_EQ(churn("please close the case, it's fixed on our end"), "");
}

TEST(IntentReaderTest, verb_forms_of_the_contract_terms_are_not_the_terms) {
  EXPECT_EQ(churn("How do I terminate a webhook token?"), "");
  EXPECT_EQ(churn("What is the termination fee if we end early?"), "asking");
}

TEST(IntentReaderTest, leaving_said_by_idiom_gerund_or_an_omitted_subject) {
  EXPECT_EQ(churn("Honestly ready to pull the plug on this."), "considering");
  EXPECT_EQ(churn("I might stop using it next month."), "considering");
  EXPECT_EQ(churn("Stop using the legacy filter, it is deprecated."), "");
  EXPECT_EQ(churn("We are thinking about dropping it."), "considering");
  EXPECT_EQ(churn("How do I drop it from the chart?"), "");
  EXPECT_EQ(churn("Cancelled yesterday, after three years."), "decided");
  EXPECT_EQ(churn("Cancelled invoices still show as due."), "");
  EXPECT_EQ(churn("We will let our subscription lapse in June."), "planning");
  EXPECT_EQ(churn("The trial coupon will lapse in June."), "");
  EXPECT_EQ(churn("Budget is gone, so hoshi goes at the end of June."), "planning");
  EXPECT_EQ(churn("The account goes to our finance team from June."), "");
  EXPECT_EQ(churn("If you ever want to leave, the export is simple."), "");
}

TEST(IntentReaderTest, comparing_alone_is_not_leaving) {
  EXPECT_EQ(churn("Acmetrics is easier than you, which we used before."), "");
  EXPECT_EQ(churn("We are comparing Acmetrics with you for our next contract."), "considering");
  EXPECT_EQ(churn("Comparing how Acmetrics and you count sessions for a talk."), "");
  const auto quote =
      find("Brightlytics offered us a lower price, can you match it?", Intent::competitor_switch);
  ASSERT_TRUE(quote);
  EXPECT_EQ(quote->severity, "low");
  EXPECT_EQ(churn("Brightlytics offered us a lower price, can you match it?"), "");
}

TEST(IntentReaderTest, expansion_by_count_interest_price_and_for_everyone) {
  EXPECT_TRUE(find("We'd like to order 25 desk lamps for the new floor.", Intent::expansion));
  EXPECT_FALSE(find("I ordered 2 lamps by mistake, please refund one.", Intent::expansion));
  EXPECT_FALSE(find("Order 2231 arrived with a dent.", Intent::expansion));
  EXPECT_FALSE(find("Please cancel duplicate order #55 today.", Intent::expansion));
  EXPECT_TRUE(find("Interested in the audit add-on, is there a price list?", Intent::expansion));
  EXPECT_TRUE(find("What would the reporting add-on cost per month?", Intent::expansion));
  EXPECT_FALSE(find("How much is our plan this year?", Intent::expansion));
  EXPECT_TRUE(find("Thinking of getting one for every desk.", Intent::expansion));
  EXPECT_FALSE(find("Thinking of getting it fixed before Monday.", Intent::expansion));
  EXPECT_FALSE(find("I want to cancel if I could get my team to agree.", Intent::expansion));
  EXPECT_FALSE(find("Your rep keeps writing to me about upgrading.", Intent::expansion));
  EXPECT_TRUE(find("We are thinking about upgrading to the Business tier.", Intent::expansion));
  EXPECT_FALSE(find("Finance needs a cost breakdown per seat.", Intent::expansion));
}

TEST(IntentReaderTest, japanese_negation_reach_ease_counts_and_retraction) {
  EXPECT_EQ(churn("他社への乗り換えは考えておりません。"), "");
  EXPECT_EQ(churn("アクメトリクスに移るという話ではないのですが、質問です。"), "");
  EXPECT_EQ(churn("解約する理由がありません。"), "");
  EXPECT_EQ(churn("先日お送りした解約の申請は撤回いたします。"), "");
  EXPECT_EQ(churn("解約しにくいサービスは嫌いです。"), "");
  EXPECT_EQ(churn("今月は弊社サービスの解約が多くて困っています。"), "");
  EXPECT_EQ(churn("一時は解約も考えましたが、今は満足です。"), "");
  EXPECT_EQ(churn("解約手続きが面倒という声を見かけました。"), "");
  EXPECT_EQ(churn("次の支払日までに解約します。"), "planning");
  EXPECT_EQ(churn("かいやくしたいです"), "decided");
  EXPECT_EQ(churn("作業が済んだらアカウントを閉じます。"), "decided");
  EXPECT_EQ(churn("フォルダを閉じます。"), "");
}

TEST(IntentReaderTest, japanese_comparison_term_and_price) {
  EXPECT_EQ(churn("アクメトリクスより設定が簡単です。"), "");
  const auto moved = find("アクメトリクスに移った。", Intent::competitor_switch);
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->severity, "high");
  EXPECT_TRUE(find("次回は3年契約でお願いしたいです。", Intent::expansion));
  EXPECT_FALSE(find("1年契約の更新日を教えてください。", Intent::expansion));
  EXPECT_TRUE(find("上位のEnterpriseプランの概算費用を教えていただけますか。", Intent::expansion));
  EXPECT_FALSE(find("現在のプランの料金を教えてください。", Intent::expansion));
  EXPECT_TRUE(find("他の部署にも広げたいと考えています。", Intent::expansion));
}

TEST(IntentReaderTest, a_japanese_name_in_an_english_sentence_stands_among_its_words) {
  // The name was once placed by its byte offset where a word index was expected, so the span
  // was read from past the end of the words (a crash on a long enough sentence).
  const std::string text =
      "After a long and careful review of every option on the table we are moving to "
      "アクメトリクス";
  const auto f = find(text, Intent::competitor_switch);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->competitor, "Acmetrics");
  ASSERT_LE(f->match_end, text.size());
  ASSERT_LE(f->match_begin, f->match_end);
  // The name is no English word, so the span ends at the word before it.
  EXPECT_EQ(text.substr(f->match_begin, f->match_end - f->match_begin), "moving to");
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
