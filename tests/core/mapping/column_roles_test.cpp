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

namespace {

using Header = std::vector<std::string>;
using Sample = std::vector<std::vector<std::string>>;

std::string role_at(const cxs::SourceMapping& mapping, std::size_t index) {
  for (const auto& column : mapping.columns) {
    if (column.index == index) return cxs::to_string(column.role);
  }
  return "attribute";
}

// Joint assignment: the customer's address among several.
TEST(JointAssignmentTest, an_agent_header_keeps_its_addresses_from_the_customer) {
  const auto mapping = cxs::detect_column_roles(
      Header{"Agent Email", "Email"},
      Sample{{"sam@acme.example", "a@x.example"}, {"kim@acme.example", "b@y.example"}});
  EXPECT_EQ(role_at(mapping, 0), "agent");
  EXPECT_EQ(role_at(mapping, 1), "customer_email");
}

TEST(JointAssignmentTest, addresses_on_one_domain_beside_spread_ones_are_staff) {
  // Neutral headers: the values alone say which column is the staff's.
  const Sample sample{{"sam@acme.example", "a@x.example"},
                      {"kim@acme.example", "b@y.example"},
                      {"sam@acme.example", "c@z.example"},
                      {"lee@acme.example", "d@w.example"}};
  for (const Header& header : {Header{"Email 1", "Email 2"}, Header{"col1", "col2"}}) {
    const auto mapping = cxs::detect_column_roles(header, sample);
    EXPECT_EQ(role_at(mapping, 0), "agent") << header[0];
    EXPECT_EQ(role_at(mapping, 1), "customer_email") << header[1];
  }
  // Swapped column order: the same decision.
  Sample swapped;
  for (const auto& row : sample) swapped.push_back({row[1], row[0]});
  const auto mapping = cxs::detect_column_roles(Header{"col1", "col2"}, swapped);
  EXPECT_EQ(role_at(mapping, 0), "customer_email");
  EXPECT_EQ(role_at(mapping, 1), "agent");
}

TEST(JointAssignmentTest, the_company_domain_is_never_the_customer) {
  const std::vector<std::string> company{"acme.example"};
  const auto mapping = cxs::detect_column_roles(
      Header{"Email"}, Sample{{"sam@acme.example"}, {"kim@acme.example"}}, {}, company);
  EXPECT_EQ(role_at(mapping, 0), "agent");
  const auto without =
      cxs::detect_column_roles(Header{"Email"}, Sample{{"sam@acme.example"}, {"kim@acme.example"}});
  EXPECT_EQ(role_at(without, 0), "customer_email");
}

TEST(JointAssignmentTest, a_tie_keeps_the_leftmost_column_and_says_so) {
  const auto mapping =
      cxs::detect_column_roles(Header{"NPS", "NPS"}, Sample{{"9", "3"}, {"10", "7"}, {"6", "8"}});
  EXPECT_EQ(role_at(mapping, 0), "score_nps");
  EXPECT_EQ(role_at(mapping, 1), "attribute");
  ASSERT_EQ(mapping.doubts.size(), 1u);
  EXPECT_EQ(mapping.doubts[0].chosen, 0u);
  EXPECT_EQ(mapping.doubts[0].rival, 1u);
  EXPECT_LT(mapping.doubts[0].margin, cxs::kUncertainMargin);
}

TEST(JointAssignmentTest, two_addresses_named_as_the_customers_both_link_without_doubt) {
  const auto mapping = cxs::detect_column_roles(
      Header{"Customer Email", "Billing Email"},
      Sample{{"a@x.example", "a@x.example"}, {"c@z.example", "billing@z.example"}});
  EXPECT_EQ(role_at(mapping, 0), "customer_email");
  EXPECT_EQ(role_at(mapping, 1), "customer_email");
  EXPECT_TRUE(mapping.doubts.empty());
}

TEST(JointAssignmentTest, two_ids_of_one_person_both_link) {
  const auto mapping = cxs::detect_column_roles(Header{"Requester id", "Requester external id"},
                                                Sample{{"501", "crm-77"}, {"502", "crm-78"}});
  EXPECT_EQ(role_at(mapping, 0), "customer_id");
  EXPECT_EQ(role_at(mapping, 1), "customer_id");
}

// Look-alikes: the header words of a key role without its values or its meaning.
TEST(LookAlikeTest, effort_question_is_not_a_handle) {
  const auto mapping = cxs::detect_column_roles(
      Header{"The team made it easy for me to handle my issue"}, Sample{{"6"}, {"2"}, {"7"}});
  EXPECT_EQ(role_at(mapping, 0), "score_ces");
}

TEST(LookAlikeTest, categories_are_not_ids_or_names) {
  const Sample sample{{"Completed", "gold", "Email, Chat", "acme brand"},
                      {"Partial", "silver", "Phone", "acme brand"},
                      {"Completed", "gold", "Chat", "acme brand"},
                      {"Completed", "bronze", "Email", "acme brand"}};
  const auto mapping =
      cxs::detect_column_roles(Header{"Response Type", "customer_tier",
                                      "Which channels did you use to contact us?", "Query Name"},
                               sample);
  EXPECT_EQ(role_at(mapping, 0), "attribute");
  EXPECT_NE(role_at(mapping, 1), "customer_name");
  EXPECT_NE(role_at(mapping, 1), "customer_id");
  EXPECT_EQ(role_at(mapping, 2), "attribute");
  EXPECT_NE(role_at(mapping, 3), "customer_name");
}

TEST(LookAlikeTest, a_bare_external_id_is_the_records_not_the_customers) {
  // A conversation's own external id; "Requester external id" names the person's.
  const auto mapping = cxs::detect_column_roles(Header{"External ID", "Requester external id"},
                                                Sample{{"zd-1", "crm-77"}, {"zd-2", "crm-78"}});
  EXPECT_NE(role_at(mapping, 0), "customer_id");
  EXPECT_EQ(role_at(mapping, 1), "customer_id");
}

TEST(LookAlikeTest, a_count_of_interactions_is_not_an_id) {
  const auto mapping =
      cxs::detect_column_roles(Header{"Customer interactions"}, Sample{{"6"}, {"8"}, {"8"}, {"3"}});
  EXPECT_EQ(role_at(mapping, 0), "attribute");
}

TEST(LookAlikeTest, a_wait_time_is_not_the_requester) {
  const auto mapping = cxs::detect_column_roles(Header{"Requester wait time in minutes"},
                                                Sample{{"12"}, {"40"}, {"7"}});
  EXPECT_EQ(role_at(mapping, 0), "attribute");
}

// Generic score fields: the values say which question.
TEST(ScoreFieldTest, range_decides_csat_nps_or_effort) {
  EXPECT_EQ(
      role_at(cxs::detect_column_roles(Header{"Score"}, Sample{{"5"}, {"3"}, {"4"}, {"1"}}), 0),
      "score_csat");
  EXPECT_EQ(role_at(cxs::detect_column_roles(Header{"rating"}, Sample{{"10"}, {"3"}, {"8"}}), 0),
            "score_nps");
  EXPECT_EQ(role_at(cxs::detect_column_roles(Header{"star_rating"}, Sample{{"5"}, {"2"}}), 0),
            "score_csat");
  EXPECT_EQ(role_at(cxs::detect_column_roles(Header{"score"}, Sample{{"7"}, {"6"}, {"2"}}), 0),
            "score_ces");
  // A derived sentiment score is no answer.
  EXPECT_EQ(role_at(cxs::detect_column_roles(Header{"Sentiment score"}, Sample{{"5"}, {"3"}}), 0),
            "attribute");
}

TEST(ScoreFieldTest, a_sibling_survey_type_settles_the_scale) {
  // 1-5 answers would read as CSAT; the survey type says they are NPS answers.
  const auto mapping = cxs::detect_column_roles(Header{"score", "survey_type"},
                                                Sample{{"5", "nps"}, {"3", "nps"}, {"4", "nps"}});
  EXPECT_EQ(role_at(mapping, 0), "score_nps");
}

TEST(ScoreFieldTest, labels_on_a_satisfaction_scale_need_no_header) {
  const auto mapping = cxs::detect_column_roles(
      Header{"How was your visit?"},
      Sample{{"Very satisfied"}, {"Dissatisfied"}, {"Satisfied"}, {"Neutral"}});
  EXPECT_EQ(role_at(mapping, 0), "score_csat");
  ASSERT_EQ(mapping.columns.size(), 1u);
  ASSERT_NE(mapping.columns[0].scale, nullptr);
}

}  // namespace

namespace {

TEST(ValueFirstTest, answers_spread_over_zero_to_ten_are_the_recommend_question_weakly) {
  const Sample sample{{"9"}, {"3"}, {"10"}, {"7"}, {"6"}, {"8"}};
  EXPECT_EQ(role_at(cxs::detect_column_roles(Header{"QID1"}, sample), 0), "score_nps");
  // A count of orders has the same shape; its header names a measure.
  EXPECT_EQ(role_at(cxs::detect_column_roles(Header{"Orders"}, sample), 0), "attribute");
}

TEST(ValueFirstTest, null_cells_are_blank_and_phone_columns_need_phone_shapes) {
  const auto phones = cxs::detect_column_roles(
      Header{"phone"}, Sample{{"null"}, {"+81 80-2487-1203"}, {"null"}, {"503-555-0484"}});
  EXPECT_EQ(role_at(phones, 0), "customer_phone");
  const auto ids = cxs::detect_column_roles(Header{"phone_number_id"},
                                            Sample{{"360000123456"}, {"360000123457"}});
  EXPECT_NE(role_at(ids, 0), "customer_phone");
}

}  // namespace
