// The message catalogue's English rendering (message.hpp): placeholders filled from named
// arguments, nested messages, numbers spelt as the core prints them, and failures on an
// unknown id or a missing or unused argument. Expected texts are written out by hand from
// core/data/messages/en.json.
#include "cxs/message.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "cxs/result.hpp"

namespace {

using cxs::Message;
using cxs::MessageArg;

TEST(MessageTest, fills_a_placeholder_with_text) {
  const auto text =
      cxs::render_english(Message("evidence.failed_payment_on").text("date", "2026-10-03"));
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(text.value(), "failed payment on 2026-10-03");
}

TEST(MessageTest, renders_nested_messages_in_place) {
  // "Churn risk: {cause}" around "churn intent, {severity}: {reason}" around two fixed words.
  const Message cause = Message("signal.cause.churn_intent")
                            .nested("severity", Message("intent.severity.decided"))
                            .nested("reason", Message("intent.reason.leaving_the_service"));
  const Message title = Message("signal.churn_risk.title").nested("cause", cause);
  EXPECT_EQ(cxs::english(title), "Churn risk: churn intent, decided: leaving the service");
}

TEST(MessageTest, fills_every_occurrence_of_a_placeholder) {
  // {max_lag} appears three times in the co-movement evidence.
  const Message m = Message("evidence.co_movement")
                        .nested("texts", Message("volume.texts.complaints"))
                        .nested("sales", Message("volume.sales.orders"))
                        .nested("lag", Message("volume.lag.weeks_later").count("weeks", 2))
                        .number("r", -0.5123, "%.2f")
                        .number("lo", -0.81, "%.2f")
                        .number("hi", -0.02, "%.2f")
                        .count("n", 20)
                        .number("q", 0.0312, "%.2g")
                        .count("max_lag", 4);
  EXPECT_EQ(cxs::english(m),
            "weekly changes in complaints and in orders 2 weeks later: r = -0.51 (95% CI -0.81 "
            "to -0.02, n = 20, q = 0.031 over lags -4..4); strongest of lags 0-4");
}

TEST(MessageTest, spells_numbers_as_printf_does_and_keeps_the_figure_shown) {
  Message m("health.order_chance");
  m.number("percent", 36.6, "%.0f");
  EXPECT_EQ(cxs::english(m), "37% chance of an order in the next 90 days (BG/NBD)");
  ASSERT_EQ(m.args.size(), 1u);
  EXPECT_EQ(m.args[0].kind, MessageArg::Kind::number);
  EXPECT_EQ(m.args[0].number, 37.0);  // the figure people read, not 36.6

  Message q("signal.cause.intent_model");
  q.number("p", 0.0000123, "%.2g");
  EXPECT_EQ(q.args[0].text, "1.2e-05");
  EXPECT_EQ(q.args[0].number, 1.2e-05);

  Message signed_number("evidence.satisfaction_change");
  signed_number.number("difference", 4.25, "%+.1f");
  EXPECT_EQ(signed_number.args[0].text, "+4.2");  // printf rounds 4.25 half to even here
  EXPECT_EQ(signed_number.args[0].number, 4.2);
}

TEST(MessageTest, keeps_a_spelling_that_is_not_a_finite_number_as_text) {
  Message m("signal.cause.intent_model");
  m.number("p", std::nan(""), "%.2f");
  ASSERT_EQ(m.args.size(), 1u);
  EXPECT_EQ(m.args[0].kind, MessageArg::Kind::text);
}

TEST(MessageTest, counts_and_negative_integers_have_no_separators) {
  EXPECT_EQ(cxs::english(Message("health.tickets_recent").integer("tickets", 12345)),
            "12345 tickets in the last 90 days");
  EXPECT_EQ(cxs::english(Message("profile.integer").integer("min", -3).integer("max", 7)),
            "integer -3\xE2\x80\x93"
            "7");
}

TEST(MessageTest, fails_on_an_unknown_id) {
  const auto text = cxs::render_english(Message("no.such.message"));
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("no.such.message"), std::string::npos);
  EXPECT_EQ(cxs::english(Message("no.such.message")), "[no.such.message]");
}

TEST(MessageTest, fails_on_an_unknown_nested_id) {
  const Message m = Message("signal.churn_risk.title").nested("cause", Message("no.such.cause"));
  EXPECT_FALSE(cxs::render_english(m));
}

TEST(MessageTest, fails_on_a_missing_argument) {
  const auto text =
      cxs::render_english(Message("evidence.downgraded").text("from", "Pro").text("to", "Basic"));
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("{date}"), std::string::npos);
}

TEST(MessageTest, fails_on_an_argument_the_template_does_not_use) {
  EXPECT_FALSE(cxs::render_english(Message("health.subscription_ended").text("extra", "x")));
}

TEST(MessageTest, an_error_worded_by_a_message_carries_both) {
  const cxs::Error error{cxs::ErrorCode::too_few_rows,
                         Message("model.personas.too_few").count("min", 3)};
  EXPECT_EQ(error.message, "Personas need at least 3 customers.");
  EXPECT_EQ(error.message_msg.id, "model.personas.too_few");
  const cxs::Error plain{cxs::ErrorCode::too_few_rows, "plain text"};
  EXPECT_TRUE(plain.message_msg.empty());
}

TEST(MessageTest, message_key_keeps_words_and_collapses_the_rest) {
  EXPECT_EQ(cxs::message_key("leaving the service"), "leaving_the_service");
  EXPECT_EQ(cxs::message_key("values look like order numbers (#1001)"),
            "values_look_like_order_numbers_1001");
  EXPECT_EQ(cxs::message_key("CRM vocabulary"), "crm_vocabulary");
  EXPECT_EQ(cxs::message_key("the tool's records"), "the_tool_s_records");
}

}  // namespace
