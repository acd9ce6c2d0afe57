// Row events: mapped rows of real export shapes become Events, checked field by field by hand.
#include "cxs/row_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cxs/date_cell.hpp"

namespace {

using Header = std::vector<std::string>;
using Row = std::vector<std::string>;

/// Maps `header` on `rows` and reads row `index` as the interpreter would while streaming.
cxs::Event event_of(const Header& header, const std::vector<Row>& rows, std::size_t index,
                    cxs::SourceKind kind) {
  const auto mapping = cxs::detect_column_roles(header, rows);
  const cxs::RowInterpreter interpreter(mapping, kind, 0, "test", rows, header);
  const std::vector<std::string_view> fields(rows[index].begin(), rows[index].end());
  return interpreter.read(fields, {index + 2, index + 2}).event;
}

std::int64_t at(const char* iso_date, int hour, int minute) {
  return *cxs::days_from_iso_date(iso_date) * 86400 + hour * 3600 + minute * 60;
}

const Header kStripe{"id",
                     "Customer Email",
                     "Plan",
                     "Currency",
                     "Interval",
                     "Amount",
                     "Status",
                     "Created (UTC)",
                     "Current Period End (UTC)",
                     "Canceled At (UTC)",
                     "Ended At (UTC)",
                     "Cancel At Period End"};
// Rows as Stripe writes them: monthly and renewing; annual and set to cancel, Canceled At being
// the day the cancellation was asked for (Stripe fills it so); canceled and ended.
const std::vector<Row> kStripeRows{
    {"sub_1", "ethan@woodgrove.example", "Acme Pro (Monthly)", "usd", "month", "99.00", "active",
     "2025-06-05 05:11", "2026-12-05 05:11", "", "", "false"},
    {"sub_2", "ren@hinode.example", "Acme Enterprise (Annual)", "usd", "year", "3600", "active",
     "2025-12-18 14:31", "2026-12-18 14:31", "2026-11-02 09:00", "", "true"},
    {"sub_3", "ava@proseware.example", "Acme Starter (Monthly)", "usd", "month", "29.00",
     "canceled", "2026-01-23 00:37", "2026-02-23 00:37", "2026-01-27 00:37", "2026-01-27 00:37",
     "false"}};

TEST(RowEventsTest, stripe_rows_carry_interval_period_end_and_cancel_flag) {
  const auto monthly = event_of(kStripe, kStripeRows, 0, cxs::SourceKind::subscriptions);
  EXPECT_EQ(monthly.record_id, "sub_1");
  EXPECT_EQ(monthly.interval, cxs::BillingInterval::month);
  EXPECT_EQ(monthly.interval_count, 1);
  EXPECT_EQ(monthly.period_end, at("2026-12-05", 5, 11));
  EXPECT_EQ(monthly.cancel_at_period_end, false);
  EXPECT_FALSE(monthly.canceled_at);

  const auto annual = event_of(kStripe, kStripeRows, 1, cxs::SourceKind::subscriptions);
  EXPECT_EQ(annual.interval, cxs::BillingInterval::year);
  EXPECT_EQ(annual.amount, 3600.0);
  EXPECT_EQ(annual.cancel_at_period_end, true);
  EXPECT_EQ(annual.period_end, at("2026-12-18", 14, 31));
  // It runs to the end of the paid period, not to the day the cancellation was asked for.
  EXPECT_EQ(annual.canceled_at, at("2026-12-18", 14, 31));

  const auto ended = event_of(kStripe, kStripeRows, 2, cxs::SourceKind::subscriptions);
  EXPECT_EQ(ended.canceled_at, at("2026-01-27", 0, 37));
  EXPECT_EQ(ended.cancel_at_period_end, false);
}

TEST(RowEventsTest, interval_count_is_read_where_the_export_has_one) {
  const Header header{"id",       "Customer Email", "Plan",         "Amount",
                      "Interval", "Interval Count", "Created (UTC)"};
  const std::vector<Row> rows{
      {"sub_q", "kim@x.example", "Quarterly", "297.00", "month", "3", "2026-01-01 00:00"}};
  const auto event = event_of(header, rows, 0, cxs::SourceKind::subscriptions);
  EXPECT_EQ(event.interval, cxs::BillingInterval::month);
  EXPECT_EQ(event.interval_count, 3);
}

// An Intercom conversation as the JSON reader flattens it (json_reader.hpp): one line per part.
const Header kIntercom{"id",
                       "created_at",
                       "source.body",
                       "source.author.email",
                       "conversation_parts.conversation_parts[].body",
                       "conversation_parts.conversation_parts[].author.type"};
const std::vector<Row> kIntercomRows{
    {"1921149871", "1781771048", "<p>How do I add an internal note?</p>",
     "oliver.chen@fourthcoffee.example",
     "<p>If you want to cancel your subscription, go to Settings &gt; Billing.</p>\n"
     "<p>Could you send us a copy of the contract? Our legal team&#39;s asking.</p>\n"
     "\n<p>We&nbsp;will not renew</p>",
     "admin\nuser\nadmin\nlead"}};

TEST(RowEventsTest, customer_parts_are_read_as_text_and_staff_parts_never) {
  const auto event = event_of(kIntercom, kIntercomRows, 0, cxs::SourceKind::conversations);
  ASSERT_EQ(event.texts.size(), 3u);
  EXPECT_EQ(event.texts[0].first, "source.body");
  EXPECT_EQ(event.texts[0].second, "How do I add an internal note?");  // tags stripped
  EXPECT_EQ(event.texts[1].first, "conversation_parts.conversation_parts[1].body");
  EXPECT_EQ(event.texts[1].second,
            "Could you send us a copy of the contract? Our legal team's asking.");
  EXPECT_EQ(event.texts[2].first, "conversation_parts.conversation_parts[3].body");
  EXPECT_EQ(event.texts[2].second, "We will not renew");
  EXPECT_EQ(event.text, "How do I add an internal note?");
}

TEST(RowEventsTest, parts_without_aligned_authors_are_not_read) {
  std::vector<Row> rows = kIntercomRows;
  rows[0][5] = "admin\nuser";  // two authors for four parts: whose words is unknown
  const auto event = event_of(kIntercom, rows, 0, cxs::SourceKind::conversations);
  ASSERT_EQ(event.texts.size(), 1u);
  EXPECT_EQ(event.texts[0].first, "source.body");
}

TEST(RowEventsTest, plain_text_keeps_its_lines_and_symbols) {
  const Header header{"Subject", "Description", "Requester email", "Status"};
  const std::vector<Row> rows{{"R&D invoice", "Line one\nline two: 3 < 4", "a@x.example", "open"}};
  const auto event = event_of(header, rows, 0, cxs::SourceKind::tickets);
  ASSERT_EQ(event.texts.size(), 2u);
  EXPECT_EQ(event.texts[0].second, "R&D invoice");
  EXPECT_EQ(event.texts[1].second, "Line one\nline two: 3 < 4");
}

}  // namespace

TEST(PaymentOutcomeTest, failed_paid_and_everything_else) {
  EXPECT_EQ(cxs::payment_outcome("failed"), cxs::PaymentOutcome::failed);
  EXPECT_EQ(cxs::payment_outcome("paid"), cxs::PaymentOutcome::paid);
  EXPECT_EQ(cxs::payment_outcome("succeeded"), cxs::PaymentOutcome::paid);
  EXPECT_EQ(cxs::payment_outcome(""), cxs::PaymentOutcome::paid);  // money received, no status
  EXPECT_EQ(cxs::payment_outcome("refunded"), cxs::PaymentOutcome::other);
  EXPECT_EQ(cxs::payment_outcome("pending"), cxs::PaymentOutcome::other);
}
