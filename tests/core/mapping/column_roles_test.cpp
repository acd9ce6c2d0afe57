// detect_column_roles: the NPS column found by header (en, ja) and confirmed by values.
#include "cxs/column_roles.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using Header = std::vector<std::string>;
using Sample = std::vector<std::vector<std::string>>;

std::optional<std::size_t> nps_column(const Header& header, const Sample& sample) {
  const auto mapping = cxs::detect_column_roles(header, sample);
  const auto column = mapping.find(cxs::Role::score_nps);
  return column ? std::optional<std::size_t>(column->index) : std::nullopt;
}

TEST(ColumnRolesTest, finds_the_question_under_the_names_tools_use) {
  const Sample sample{{"x", "9"}, {"y", "3"}};
  for (const char* name :
       {"NPS", "nps_score", "Net Promoter Score", "Likelihood to Recommend",
        "How likely are you to recommend Acme to a friend or colleague?", "Q1 - NPS", "LTR",
        "友人や同僚にこのサービスを勧める可能性はどのくらいありますか？", "おすすめ度"}) {
    EXPECT_EQ(nps_column({"Respondent", name}, sample), 1u) << name;
  }
}

TEST(ColumnRolesTest, ignores_follow_up_and_derived_columns) {
  const Sample sample{{"9", "Promoter", "great"}, {"2", "Detractor", "slow"}};
  const auto got =
      nps_column({"How likely are you to recommend us?", "NPS_Group", "NPS comment"}, sample);
  EXPECT_EQ(got, 0u);
  EXPECT_FALSE(nps_column({"Why did you give a score of NPS?"}, {{"9"}}));
  EXPECT_FALSE(nps_column({"NPS の理由"}, {{"9"}}));
}

TEST(ColumnRolesTest, needs_values_that_fit_the_scale) {
  // "Would you recommend us?" answered yes/no is not an NPS question.
  EXPECT_FALSE(nps_column({"Would you recommend us?"}, {{"Yes"}, {"No"}, {"Yes"}}));
  // A few bad cells among good ones do not hide the column (they become issues later).
  EXPECT_EQ(nps_column({"NPS"}, {{"9"}, {"N/A"}, {"10"}, {"8"}}), 0u);
}

TEST(ColumnRolesTest, prefers_the_clearer_header_and_reports_confidence) {
  const auto mapping = cxs::detect_column_roles(
      Header{"Would you recommend this article?", "How likely are you to recommend us?"},
      Sample{{"7", "9"}, {"2", "10"}});
  ASSERT_EQ(mapping.columns.size(), 1u);
  EXPECT_EQ(mapping.columns[0].index, 1u);
  EXPECT_GT(mapping.columns[0].confidence, 0.9);
  EXPECT_LE(mapping.columns[0].confidence, 1.0);
}

std::optional<std::size_t> column_of(const cxs::SourceMapping& mapping, cxs::Role role) {
  const auto column = mapping.find(role);
  return column ? std::optional<std::size_t>(column->index) : std::nullopt;
}

// The header of Stripe's dashboard Subscriptions export (tests/data/signals,
// scripts/lib/exports.mjs) and two of its rows, one annual and set to cancel.
TEST(ColumnRolesTest, stripe_subscriptions_give_the_renewal_columns) {
  const Header header{"id",
                      "Customer ID",
                      "Customer Description",
                      "Customer Email",
                      "Plan",
                      "Product",
                      "Quantity",
                      "Currency",
                      "Interval",
                      "Amount",
                      "Status",
                      "Created (UTC)",
                      "Start (UTC)",
                      "Current Period Start (UTC)",
                      "Current Period End (UTC)",
                      "Trial Start (UTC)",
                      "Trial End (UTC)",
                      "Canceled At (UTC)",
                      "Ended At (UTC)",
                      "Cancel At Period End"};
  const Sample sample{{"sub_1",
                       "cus_1",
                       "Ethan Haddad",
                       "ethan@woodgrove.example",
                       "Acme Pro (Monthly)",
                       "Acme Pro",
                       "4",
                       "usd",
                       "month",
                       "99.00",
                       "active",
                       "2025-06-05 05:11",
                       "2025-06-05 05:11",
                       "2026-11-05 05:11",
                       "2026-12-05 05:11",
                       "",
                       "",
                       "",
                       "",
                       "false"},
                      {"sub_2",
                       "cus_2",
                       "Ren Nakamura",
                       "ren@hinode.example",
                       "Acme Enterprise (Annual)",
                       "Acme Enterprise",
                       "20",
                       "usd",
                       "year",
                       "3600",
                       "active",
                       "2025-12-18 14:31",
                       "2025-12-18 14:31",
                       "2025-12-18 14:31",
                       "2026-12-18 14:31",
                       "",
                       "",
                       "",
                       "",
                       "true"}};
  const auto mapping = cxs::detect_column_roles(header, sample);
  EXPECT_EQ(column_of(mapping, cxs::Role::billing_interval), 8u);
  EXPECT_EQ(column_of(mapping, cxs::Role::current_period_end), 14u);
  EXPECT_EQ(column_of(mapping, cxs::Role::cancel_at_period_end), 19u);
  EXPECT_EQ(column_of(mapping, cxs::Role::canceled_at), 17u);  // unchanged by the new roles
  EXPECT_EQ(column_of(mapping, cxs::Role::ended_at), 18u);
  EXPECT_FALSE(column_of(mapping, cxs::Role::billing_interval_count));
}

TEST(ColumnRolesTest, renewal_columns_need_fitting_values_and_take_api_names) {
  // Stripe API field names, flattened: plan.interval, plan.interval_count, current_period_end
  // (unix seconds), cancel_at_period_end.
  const auto api = cxs::detect_column_roles(
      Header{"plan.interval", "plan.interval_count", "current_period_end", "cancel_at_period_end"},
      Sample{{"year", "1", "1797465600", "false"}, {"week", "2", "1797465600", "true"}});
  EXPECT_EQ(column_of(api, cxs::Role::billing_interval), 0u);
  EXPECT_EQ(column_of(api, cxs::Role::billing_interval_count), 1u);
  EXPECT_EQ(column_of(api, cxs::Role::current_period_end), 2u);
  EXPECT_EQ(column_of(api, cxs::Role::cancel_at_period_end), 3u);
  // An "Interval" of minutes between calls, or a yes/no column of something else, is not one.
  const auto other = cxs::detect_column_roles(Header{"Interval", "Cancel At Period End"},
                                              Sample{{"15", "maybe"}, {"30", "soon"}});
  EXPECT_FALSE(column_of(other, cxs::Role::billing_interval));
  EXPECT_FALSE(column_of(other, cxs::Role::cancel_at_period_end));
}

// Intercom's conversations flattened by the JSON reader: the opening message is the body, the
// later parts a role of their own, and their author types line for line.
TEST(ColumnRolesTest, intercom_parts_and_their_authors_have_roles) {
  const Header header{"id", "source.body", "source.author.email",
                      "conversation_parts.conversation_parts[].body",
                      "conversation_parts.conversation_parts[].author.type"};
  const Sample sample{{"1", "<p>Hi</p>", "a@x.example", "<p>Hello</p>\n<p>We will not renew</p>\n",
                       "admin\nuser\nadmin"}};
  const auto mapping = cxs::detect_column_roles(header, sample);
  EXPECT_EQ(column_of(mapping, cxs::Role::body), 1u);
  EXPECT_EQ(column_of(mapping, cxs::Role::part_body), 3u);
  EXPECT_EQ(column_of(mapping, cxs::Role::part_author_type), 4u);
  const auto odd = cxs::detect_column_roles(
      Header{"conversation_parts.conversation_parts[].author.type"}, Sample{{"admin\nrobot"}});
  EXPECT_FALSE(column_of(odd, cxs::Role::part_author_type));
}

TEST(ColumnRolesTest, every_role_reads_back_from_its_name) {
  for (std::size_t i = 0; i < cxs::kRoleCount; ++i) {
    const auto role = static_cast<cxs::Role>(i);
    EXPECT_EQ(cxs::role_from_string(cxs::to_string(role)), role) << cxs::to_string(role);
  }
  EXPECT_EQ(cxs::role_from_string("cancel_at_period_end"), cxs::Role::cancel_at_period_end);
  EXPECT_FALSE(cxs::role_from_string("attribute"));
}

}  // namespace
