// ActivityLog: the compact per-event facts the models and signals read after identity.
#include "cxs/activity_log.hpp"

#include <gtest/gtest.h>

namespace {

cxs::Event subscription_event() {
  cxs::Event e;
  e.kind = cxs::SourceKind::subscriptions;
  e.source = 2;
  e.at = {265, 265};
  e.record_id = "sub_1QXwg9dn0L0263";
  e.time = 1766068260;        // 2025-12-18 14:31 UTC
  e.period_end = 1797604260;  // 2026-12-18 14:31 UTC
  e.canceled_at = 1797604260;
  e.amount = 3600;
  e.interval = cxs::BillingInterval::year;
  e.interval_count = 1;
  e.cancel_at_period_end = true;
  e.plan = "Acme Enterprise (Annual)";
  return e;
}

TEST(ActivityLogTest, subscriptions_keep_their_renewal_facts_and_id) {
  cxs::ActivityLog log;
  log.add(subscription_event(), 7);
  const cxs::Activity& a = log.activities().at(0);
  EXPECT_EQ(a.node, 7u);
  EXPECT_EQ(a.row, 265u);
  EXPECT_EQ(log.text(a.record_id), "sub_1QXwg9dn0L0263");
  EXPECT_EQ(a.interval, cxs::BillingInterval::year);
  EXPECT_EQ(a.interval_count, 1);
  EXPECT_EQ(a.cancel_at_period_end, 1);
  EXPECT_EQ(a.period_end, 1797604260);
  EXPECT_EQ(a.end_time, 1797604260);
  EXPECT_EQ(log.text(a.plan), "Acme Enterprise (Annual)");
}

TEST(ActivityLogTest, other_rows_keep_no_record_id_and_no_renewal_facts) {
  cxs::Event ticket;
  ticket.kind = cxs::SourceKind::tickets;
  ticket.record_id = "T-1";
  ticket.period_end = 1797604260;  // not a subscription: not kept
  cxs::ActivityLog log;
  log.add(ticket, 0);
  const cxs::Activity& a = log.activities().at(0);
  EXPECT_EQ(a.record_id, 0u);
  EXPECT_EQ(a.period_end, cxs::Activity::no_time);
  EXPECT_EQ(a.cancel_at_period_end, -1);
  EXPECT_EQ(a.interval, cxs::BillingInterval::unknown);
}

}  // namespace
