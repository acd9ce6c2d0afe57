// SignalDetector: renewal facts of subscriptions and customer parts of chats, each case worked
// out by hand against the rules in README.md ("Signals").
#include "cxs/signal_detector.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cxs/date_cell.hpp"

namespace {

constexpr std::int64_t kDay = 86400;
const std::int64_t kAsOf = *cxs::days_from_iso_date("2026-11-25") * kDay;

/// A Stripe subscription row: started a year before as_of, its period ending `days` after
/// as_of (at 00:19, early in the day).
cxs::Event subscription(std::uint64_t row, const char* id, cxs::BillingInterval interval,
                        std::int64_t days, bool cancel, const char* status = "active") {
  cxs::Event e;
  e.kind = cxs::SourceKind::subscriptions;
  e.at = {row, row};
  e.record_id = id;
  e.time = kAsOf - 365 * kDay;
  e.period_end = kAsOf + days * kDay + 19 * 60;
  e.interval = interval;
  e.cancel_at_period_end = cancel;
  if (cancel) e.canceled_at = e.period_end;  // as row_events reads a row set to cancel
  e.status = status;
  e.plan = "Acme Enterprise (Annual)";
  e.amount = 3600;
  return e;
}

struct Found {
  std::vector<cxs::Signal> signals;
  const cxs::Signal* find(const std::string& type, const std::string& customer) const {
    for (const cxs::Signal& s : signals)
      if (s.type == type && s.customer_id == customer) return &s;
    return nullptr;
  }
};

/// Runs the detector over `events`, event i belonging to customer "c<i>".
Found detect(const std::vector<cxs::Event>& events) {
  auto created = cxs::SignalDetector::create({.as_of = "2026-11-25"});
  EXPECT_TRUE(created) << created.error().message;
  cxs::SignalDetector detector = std::move(created).value();
  cxs::ActivityLog log;
  std::vector<std::int32_t> customer_of_node;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto node = static_cast<std::uint32_t>(i);
    detector.observe(events[i], node);
    log.add(events[i], node);
    customer_of_node.push_back(static_cast<std::int32_t>(i));
    ids.push_back("c" + std::to_string(i));
  }
  std::vector<std::optional<cxs::HealthScore>> health;
  return {detector.finish(log, customer_of_node, ids, cxs::Insights{}, {"stripe_subscriptions.csv"},
                          health)};
}

TEST(SignalDetectorTest, a_running_subscription_set_to_cancel_is_a_high_churn_risk) {
  const Found got =
      detect({subscription(83, "sub_83", cxs::BillingInterval::month, 25, true),
              subscription(84, "sub_84", cxs::BillingInterval::month, 1, true),
              subscription(85, "sub_85", cxs::BillingInterval::month, 25, true, "canceled"),
              subscription(86, "sub_86", cxs::BillingInterval::month, 25, false)});
  const cxs::Signal* s = got.find("churn_risk", "c0");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->severity, "high");
  EXPECT_EQ(s->cause, "cancel_at_period_end");
  ASSERT_EQ(s->evidence.size(), 1u);
  EXPECT_EQ(s->evidence[0].row, 83u);
  EXPECT_EQ(s->evidence[0].record_id, "sub_83");
  EXPECT_EQ(s->evidence[0].text,
            "Acme Enterprise (Annual) set to cancel at the period end (2026-12-20)");
  EXPECT_EQ(s->deadline, "2026-12-19");      // the day before the period end
  EXPECT_EQ(s->route.due_by, "2026-11-26");  // high: as_of + 1 is earlier
  EXPECT_EQ(s->detected_at, "2026-11-25");   // as_of: the export does not say when it was set
  // Ending at 00:19 on 2026-11-26: due the day before, which is as_of itself.
  ASSERT_NE(got.find("churn_risk", "c1"), nullptr);
  EXPECT_EQ(got.find("churn_risk", "c1")->route.due_by, "2026-11-25");
  EXPECT_EQ(got.find("churn_risk", "c2"), nullptr);  // already canceled: not a risk any more
  EXPECT_EQ(got.find("churn_risk", "c3"), nullptr);  // renewing
}

TEST(SignalDetectorTest, an_annual_renewal_within_30_days_is_an_opportunity) {
  const Found got = detect({
      subscription(126, "sub_126", cxs::BillingInterval::year, 17, false),  // 2026-12-12
      subscription(127, "sub_127", cxs::BillingInterval::year, 30, false),  // last day in
      subscription(128, "sub_128", cxs::BillingInterval::year, 31, false),  // one day out
      subscription(129, "sub_129", cxs::BillingInterval::year, 2, false),   // 2026-11-27
      subscription(130, "sub_130", cxs::BillingInterval::month, 17, false),
      subscription(131, "sub_131", cxs::BillingInterval::year, 17, true),
      subscription(132, "sub_132", cxs::BillingInterval::year, -3, false),  // period passed
  });
  const cxs::Signal* s = got.find("opportunity", "c0");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->severity, "medium");
  EXPECT_EQ(s->cause, "renewal_due");
  EXPECT_EQ(s->evidence[0].record_id, "sub_126");
  EXPECT_EQ(s->evidence[0].text, "Acme Enterprise (Annual) renews on 2026-12-12, in 17 days");
  EXPECT_EQ(s->route.team, "sales");
  EXPECT_EQ(s->route.due_by, "2026-11-28");  // medium: as_of + 3, before 2026-12-11
  EXPECT_NE(got.find("opportunity", "c1"), nullptr);
  EXPECT_EQ(got.find("opportunity", "c2"), nullptr);
  // Renewing in two days: due the day before, earlier than medium's three days.
  ASSERT_NE(got.find("opportunity", "c3"), nullptr);
  EXPECT_EQ(got.find("opportunity", "c3")->route.due_by, "2026-11-26");
  EXPECT_EQ(got.find("opportunity", "c4"), nullptr);  // monthly
  EXPECT_EQ(got.find("opportunity", "c5"), nullptr);  // set to cancel: a churn risk instead
  EXPECT_NE(got.find("churn_risk", "c5"), nullptr);
  EXPECT_EQ(got.find("opportunity", "c6"), nullptr);
}

// Texts as row_events reads an Intercom conversation: the opening message and the customer's
// later part; the admin's reply is never among them (row_events_test.cpp).
TEST(SignalDetectorTest, a_phrase_in_a_customer_part_fires_with_the_part_named) {
  cxs::Event chat;
  chat.kind = cxs::SourceKind::conversations;
  chat.at = {68, 0};
  chat.record_id = "1921149871";
  chat.time = kAsOf - 10 * kDay;
  chat.texts = {{"source.body", "How do I add an internal note?"},
                {"conversation_parts.conversation_parts[1].body",
                 "Could you send us a copy of the contract? Our legal team is reviewing."}};
  const Found got = detect({chat});
  const cxs::Signal* s = got.find("churn_risk", "c0");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->evidence[0].row, 68u);
  EXPECT_EQ(s->evidence[0].record_id, "1921149871");
  EXPECT_EQ(s->evidence[0].field, "conversation_parts.conversation_parts[1].body");
  EXPECT_EQ(s->evidence[0].matched, "copy of the contract");
  // The span indexes the context as JavaScript does: "Could you send us a " is 20 units.
  EXPECT_EQ(s->evidence[0].span_begin, 20u);
  EXPECT_EQ(s->evidence[0].span_end, 40u);
}

// A span after characters beyond the Basic Multilingual Plane: each counts two UTF-16 units,
// a kana one.
TEST(SignalDetectorTest, the_span_counts_utf16_units_before_the_match) {
  cxs::Event ticket;
  ticket.kind = cxs::SourceKind::tickets;
  ticket.at = {2, 0};
  ticket.time = kAsOf - 3 * kDay;
  ticket.texts = {{"Body", "\xF0\x9F\x98\xA0\xE3\x81\x82 We will cancel our subscription."}};
  const Found got = detect({ticket});
  const cxs::Signal* s = got.find("churn_risk", "c0");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->evidence[0].matched, "cancel our subscription");
  EXPECT_EQ(s->evidence[0].span_begin, 2u + 1u + 9u);  // 😠 (2) + あ (1) + " We will " (9)
  EXPECT_EQ(s->evidence[0].span_end, s->evidence[0].span_begin + 23u);
}

}  // namespace
