// Analysis: a survey export streamed in, NPS and data_quality out, as counted by hand.
#include "cxs/analysis.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace {

std::span<const std::uint8_t> bytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// 1 detractor (4), 2 passives (7, 8), 3 promoters (9, 10, "10 - Extremely likely"), one blank,
// and three invalid cells on rows 4 (N/A), 7 (11) and 10 (abc). Row 1 is the header.
constexpr std::string_view kSurvey =
    "\xEF\xBB\xBF"
    "Response ID,How likely are you to recommend us?,Comment\r\n"
    "1,9,\"Fast, friendly\"\r\n"          // row 2
    "2,4,\"Slow\nvery slow\"\r\n"         // row 3
    "3,N/A,\r\n"                          // row 4: invalid
    "4,7,ok\r\n"                          // row 5
    "5,,no answer\r\n"                    // row 6: blank, missing
    "6,11,typo\r\n"                       // row 7: invalid
    "7,8,fine\r\n"                        // row 8
    "8,10 - Extremely likely,\r\n"        // row 9
    "9,abc,\r\n"                          // row 10: invalid
    "10,10,\"He said \"\"wow\"\"\"\r\n";  // row 11

nlohmann::json analyse(std::string_view text, std::size_t chunk) {
  cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25"})"));
  analysis.add_source("survey.csv");
  for (std::size_t at = 0; at < text.size(); at += chunk) {
    analysis.feed_bytes(bytes(text.substr(at, chunk)));
  }
  return nlohmann::json::parse(analysis.finish_json());
}

TEST(AnalysisTest, survey_export_gives_hand_counted_nps_and_issues) {
  const auto report = analyse(kSurvey, 1 << 20);
  EXPECT_EQ(report["schema"], "cxsignals.report/1");
  EXPECT_EQ(report["as_of"], "2026-11-25");
  const auto& source = report["sources"][0];
  EXPECT_EQ(source["kind"], "survey_responses");
  EXPECT_EQ(source["bom"], true);
  EXPECT_EQ(source["rows"], 10);
  EXPECT_EQ(source["rows_rejected"], 3);
  const auto& columns = source["mapping"]["columns"];
  ASSERT_EQ(columns.size(), 3u);  // Response ID, the NPS question, Comment
  EXPECT_EQ(columns[0]["role"], "record_id");
  EXPECT_EQ(columns[1]["index"], 1);
  EXPECT_EQ(columns[1]["role"], "score_nps");
  EXPECT_EQ(columns[2]["role"], "comment");
  const auto& nps = report["metrics"]["nps"];
  EXPECT_EQ(nps["n"], 6);
  EXPECT_EQ(nps["promoters"], 3);
  EXPECT_EQ(nps["passives"], 2);
  EXPECT_EQ(nps["detractors"], 1);
  EXPECT_NEAR(nps["value"].get<double>(), 33.33, 0.005);  // the 1/2/3 hand count
  EXPECT_EQ(source["metrics"]["nps"], nps);               // one source: pooled = per file
  const auto& issues = report["data_quality"]["issues"];
  ASSERT_EQ(issues.size(), 3u);
  const std::pair<int, const char*> expected[] = {{4, "N/A"}, {7, "11"}, {10, "abc"}};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(issues[i]["row"], expected[i].first);
    EXPECT_EQ(issues[i]["value"], expected[i].second);
    EXPECT_EQ(issues[i]["code"], "invalid_score");
    EXPECT_EQ(issues[i]["column"], "How likely are you to recommend us?");
    EXPECT_EQ(issues[i]["source"], "survey.csv");
  }
}

TEST(AnalysisTest, report_text_does_not_depend_on_chunk_size) {
  cxs::Analysis whole(std::string(R"({"as_of":"2026-11-25"})"));
  whole.add_source("survey.csv");
  whole.feed_bytes(bytes(kSurvey));
  const std::string expected = whole.finish_json();
  for (std::size_t chunk = 1; chunk <= kSurvey.size(); ++chunk) {
    cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25"})"));
    analysis.add_source("survey.csv");
    for (std::size_t at = 0; at < kSurvey.size(); at += chunk) {
      const auto part = bytes(kSurvey.substr(at, chunk));
      const auto buffer = analysis.input_buffer(part.size());
      std::copy(part.begin(), part.end(), buffer.begin());
      analysis.feed(part.size());
    }
    ASSERT_EQ(analysis.finish_json(), expected) << "chunk size " << chunk;
  }
}

TEST(AnalysisTest, mapping_decided_after_sample_still_counts_every_row) {
  // 450 rows: more than the 200-row mapping sample, so rows before and after it are counted.
  std::string text = "NPS\n";
  for (int i = 0; i < 450; ++i) text += std::to_string(i % 3 == 0 ? 10 : i % 3 == 1 ? 8 : 2) + "\n";
  const auto nps = analyse(text, 7)["metrics"]["nps"];
  EXPECT_EQ(nps["n"], 450);
  EXPECT_EQ(nps["promoters"], 150);
  EXPECT_EQ(nps["passives"], 150);
  EXPECT_EQ(nps["detractors"], 150);
}

TEST(AnalysisTest, pools_answers_across_sources) {
  cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25"})"));
  analysis.add_source("a.csv");
  analysis.feed_bytes(bytes("NPS\n10\n10\n3\n"));
  analysis.add_source("b.csv");
  analysis.feed_bytes(bytes("Likelihood to recommend\n8\n0\n9\n"));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(report["metrics"]["nps"]["promoters"], 3);
  EXPECT_EQ(report["metrics"]["nps"]["passives"], 1);
  EXPECT_EQ(report["metrics"]["nps"]["detractors"], 2);
  EXPECT_EQ(report["sources"][1]["metrics"]["nps"]["n"], 3);
  EXPECT_EQ(report["as_of"], "2026-11-25");
}

TEST(AnalysisTest, a_file_that_is_not_a_survey_has_no_nps_and_keeps_its_kind) {
  cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25"})"));
  analysis.add_source("orders.csv");
  analysis.feed_bytes(bytes("Name,Email,Financial Status,Total\n#1001,a@b.example,paid,9.99\n"));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_TRUE(report["metrics"]["nps"].is_null());
  EXPECT_EQ(report["sources"][0]["kind"], "orders");
}

TEST(AnalysisTest, a_file_of_unknown_kind_says_so) {
  cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25"})"));
  analysis.add_source("mystery.csv");
  analysis.feed_bytes(bytes("alpha,beta\n1,2\n"));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(report["sources"][0]["kind"], "unknown");
  EXPECT_EQ(report["data_quality"]["issues"][0]["code"], "unknown_kind");
}

TEST(AnalysisTest, ragged_rows_are_reported_and_their_fields_still_read) {
  const auto report = analyse("id,NPS,comment\n1,9\n2,10,a,b\n3,\n", 100);
  EXPECT_EQ(report["metrics"]["nps"]["n"], 2);
  EXPECT_EQ(report["data_quality"]["totals"]["by_code"]["ragged_row"], 3);
}

// Salesforce and other report exports end with one-cell lines ("Generated By: ...").
TEST(AnalysisTest, one_cell_footer_lines_under_a_wide_header_are_not_rows) {
  const auto report = analyse("id,NPS,comment\n1,9,ok\n\n\"Acme, Inc.\"\n\"Confidential\"\n", 100);
  EXPECT_EQ(report["sources"][0]["rows"], 1);
  EXPECT_EQ(report["data_quality"]["totals"]["by_code"]["summary_row"], 2);
}

TEST(AnalysisTest, issue_list_is_capped_but_every_issue_is_counted) {
  std::string text = "NPS\n";
  for (int i = 0; i < 50; ++i) text += "9\nbad\n";  // half valid, so the column is still found
  cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25","max_issues_per_source":10})"));
  analysis.add_source("s.csv");
  analysis.feed_bytes(bytes(text));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(report["data_quality"]["issues"].size(), 10u);
  EXPECT_EQ(report["data_quality"]["totals"]["issues"], 50);
}

// max_records_per_source: 7 answers (rows 2..8), a limit of 4. Rows 2..5 (9, 9, 0, 10) are
// analysed: 3 promoters, 1 detractor, NPS 50. Rows 6..8 are left out and counted, and the one
// issue points at row 6, the first record not read; the second file has its own count.
TEST(AnalysisTest, records_past_the_limit_are_counted_and_reported_not_read) {
  cxs::Analysis analysis(std::string(R"({"as_of":"2026-11-25","max_records_per_source":4})"));
  analysis.add_source("a.csv");
  analysis.feed_bytes(bytes("id,NPS\n1,9\n2,9\n3,0\n4,10\n5,0\n6,0\n7,0\n"));
  analysis.add_source("b.csv");
  analysis.feed_bytes(bytes("id,NPS\n8,10\n"));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(report["metrics"]["nps"]["n"], 5);
  EXPECT_EQ(report["metrics"]["nps"]["promoters"], 4);
  EXPECT_EQ(report["data_quality"]["totals"]["by_code"]["too_many_records"], 1);
  const auto& issue = report["data_quality"]["issues"][0];
  EXPECT_EQ(issue["code"], "too_many_records");
  EXPECT_EQ(issue["source"], "a.csv");
  EXPECT_EQ(issue["row"], 6);
  EXPECT_NE(issue["message"].get<std::string>().find("Records left out: 3."), std::string::npos);
}

TEST(AnalysisTest, bad_options_give_an_error_document) {
  for (const char* options :
       {"not json", R"({"as_of":"25/11/2026"})", R"({"colour":"red"})",
        R"({"own_accounts":"AcmeHQ"})", R"({"influencer_min_followers":-5})"}) {
    cxs::Analysis analysis{std::string(options)};
    const auto reply = nlohmann::json::parse(analysis.finish_json());
    EXPECT_EQ(reply["error"]["code"], "invalid_options") << options;
  }
}

// The crash that opened issue 15: a number where a kind's name belongs aborted the CLI.
TEST(AnalysisTest, a_wrong_type_deep_in_the_options_is_an_error_naming_its_path) {
  cxs::Analysis analysis{
      std::string(R"({"as_of":"2026-11-25","mapping":{"survey.csv":{"kind":5}}})")};
  analysis.add_source("survey.csv");
  analysis.feed_bytes(bytes("NPS\n9\n"));
  const auto reply = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(reply["error"]["code"], "invalid_options");
  EXPECT_TRUE(reply["error"]["message"].get<std::string>().starts_with(
      R"(mapping["survey.csv"].kind: expected one of "survey_responses", )"))
      << reply["error"]["message"];
}

// Without as_of, signals counted recency from 1970 while insights used the last answer: every
// churn and quality signal of the demo set vanished with no error. Now there is no default.
TEST(AnalysisTest, as_of_is_required_and_must_be_on_the_calendar) {
  for (const char* options : {"{}", R"({"as_of":"2026-02-30"})"}) {
    cxs::Analysis analysis{std::string(options)};
    analysis.add_source("s.csv");
    analysis.feed_bytes(bytes("NPS\n9\n"));
    const auto reply = nlohmann::json::parse(analysis.finish_json());
    EXPECT_EQ(reply["error"]["code"], "invalid_options") << options;
    EXPECT_NE(reply["error"]["message"].get<std::string>().find("as_of"), std::string::npos);
  }
}

TEST(AnalysisTest, a_second_finish_is_an_error_not_an_empty_report) {
  cxs::Analysis analysis{std::string(R"({"as_of":"2026-11-25"})")};
  analysis.add_source("s.csv");
  analysis.feed_bytes(bytes("NPS\n9\n10\n"));
  const auto first = analysis.finish();
  ASSERT_TRUE(first);
  EXPECT_EQ(first.value().nps->counts.total(), 2u);
  const auto second = analysis.finish();
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, cxs::ErrorCode::already_finished);
}

// Social mentions of the last 14 days: the company's own post, a large and a small audience.
std::vector<std::string> influencers(const std::string& options) {
  constexpr std::string_view kMentions =
      R"({"id":"m-1","author":{"handle":"AcmeHQ","followers":500000},"text":"Acme 2.0 is out!","created_at":"2026-11-20T09:00:00Z"})"
      "\n"
      R"({"id":"m-2","author":{"handle":"bigvoice","followers":150000},"text":"Acme support is slow","created_at":"2026-11-21T09:00:00Z"})"
      "\n"
      R"({"id":"m-3","author":{"handle":"smallvoice","followers":5000},"text":"Acme is fine","created_at":"2026-11-22T09:00:00Z"})"
      "\n"
      R"({"id":"m-4","author":{"handle":"oldvoice","followers":900000},"text":"Acme is great","created_at":"2026-10-01T09:00:00Z"})"
      "\n";
  cxs::Analysis analysis(options);
  analysis.add_source("mentions.ndjson");
  analysis.feed_bytes(bytes(kMentions));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  std::vector<std::string> out;
  for (const auto& s : report["signals"])
    if (s["type"] == "influencer") out.push_back(s["segment"]);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AnalysisTest, influencers_are_recent_large_audiences_other_than_the_company) {
  EXPECT_EQ(influencers(R"({"as_of":"2026-11-25","own_accounts":["@acmehq"]})"),
            (std::vector<std::string>{"author bigvoice"}));
  EXPECT_EQ(influencers(R"({"as_of":"2026-11-25"})"),
            (std::vector<std::string>{"author AcmeHQ", "author bigvoice"}));
  EXPECT_EQ(influencers(R"({"as_of":"2026-11-25","own_accounts":["AcmeHQ"],)"
                        R"("influencer_min_followers":1000})"),
            (std::vector<std::string>{"author bigvoice", "author smallvoice"}));
}

TEST(AnalysisTest, text_that_is_not_utf8_does_not_break_the_report) {
  // Shift_JIS bytes for a header are not UTF-8; the report must still be valid JSON.
  const auto report = analyse("NPS,\x82\xA8\x8B\x71\x97\x6C\n9,x\n", 100);
  EXPECT_EQ(report["metrics"]["nps"]["n"], 1);
}

}  // namespace

namespace {

nlohmann::json analyse_named(std::string_view name, std::string_view text,
                             std::string_view options = R"({"as_of":"2026-11-25"})") {
  cxs::Analysis analysis{std::string(options)};
  analysis.add_source(std::string(name));
  analysis.feed_bytes(bytes(text));
  return nlohmann::json::parse(analysis.finish_json());
}

std::string role_of(const nlohmann::json& source, std::string_view header) {
  for (const auto& column : source["columns"]) {
    if (column["header"] == header) return column["role"];
  }
  return "missing";
}

// A listening tool's report: six title lines and a blank one above the header. Hand count:
// 4 mentions, none with an e-mail, so no customers; the data starts on row 9.
TEST(AnalysisTest, a_title_block_above_the_header_is_a_preamble_not_rows) {
  const auto report =
      analyse_named("mentions.csv",
                    "\"Listening Tool\"\n\"Report:\",\"Mentions\"\n\"Query:\",\"Brand\"\n"
                    "\"From:\",\"2026-04-01\"\n\"To:\",\"2026-04-30\"\n\"Exported:\",\"x\"\n\n"
                    "Date,Author,Snippet,Url,Sentiment,Followers\n"
                    "2026-04-02 10:00,ava_c1,Love it,https://x.example/1,positive,120\n"
                    "2026-04-03 11:00,ben_k2,Broken again,https://x.example/2,negative,90\n"
                    "2026-04-04 12:00,cy_m3,Meh,https://x.example/3,neutral,15\n"
                    "2026-04-05 13:00,dee_p4,Great team,https://x.example/4,positive,300\n");
  const auto& source = report["sources"][0];
  EXPECT_EQ(source["kind"], "mentions");
  EXPECT_EQ(source["rows"], 4);
  EXPECT_EQ(role_of(source, "Author"), "customer_handle");
  EXPECT_EQ(role_of(source, "Followers"), "followers");
  EXPECT_EQ(report["data_quality"]["totals"]["by_code"]["preamble"], 1);
  const auto& issue = report["data_quality"]["issues"][0];
  EXPECT_EQ(issue["code"], "preamble");
  EXPECT_EQ(issue["row"], 8);  // the header's row
}

// Tickets with side-loaded users: the requester's address lives in users[], and a ticket an
// agent raised for themself leaves with the agent. Hand count: requesters 11 (ann) and 12
// (bo) are customers; 90 is an agent: 2 customers.
TEST(AnalysisTest, side_loaded_users_reach_their_tickets_and_staff_leave_with_theirs) {
  const auto report = analyse_named("tickets.json", R"({"tickets":[
      {"id":1,"subject":"Login fails","status":"open","requester_id":11,"assignee_id":90,"created_at":"2026-04-01T10:00:00Z"},
      {"id":2,"subject":"Refund","status":"solved","requester_id":12,"assignee_id":90,"created_at":"2026-04-02T10:00:00Z"},
      {"id":3,"subject":"Test ticket","status":"solved","requester_id":90,"assignee_id":90,"created_at":"2026-04-03T10:00:00Z"},
      {"id":4,"subject":"Again","status":"open","requester_id":11,"assignee_id":90,"created_at":"2026-04-04T10:00:00Z"}],
    "users":[
      {"id":11,"name":"Ann","email":"ann@north.example","role":"end-user"},
      {"id":12,"name":"Bo","email":"bo@south.example","role":"end-user"},
      {"id":90,"name":"Sam","email":"sam@acme.example","role":"agent"}]})");
  EXPECT_EQ(report["sources"][0]["kind"], "tickets");
  EXPECT_EQ(report["customers"]["count"], 2);
  for (const auto& profile : report["customers"]["profiles"]) {
    EXPECT_FALSE(profile["emails"].empty()) << profile["keys"];  // every one reached by users[]
  }
}

TEST(AnalysisTest, a_type_field_says_what_the_records_are) {
  // JSON:API reviews: a 1-5 rating, but "type" says these are reviews, not survey answers.
  const auto report = analyse_named("reviews.json", R"({"data":[
      {"type":"customerReviews","id":"r1","attributes":{"rating":5,"title":"Great","body":"Works","createdDate":"2026-04-01T10:00:00Z"}},
      {"type":"customerReviews","id":"r2","attributes":{"rating":2,"title":"Meh","body":"Crashes","createdDate":"2026-04-02T10:00:00Z"}},
      {"type":"customerReviews","id":"r3","attributes":{"rating":4,"title":"Good","body":"Fine","createdDate":"2026-04-03T10:00:00Z"}}]})");
  const auto& source = report["sources"][0];
  EXPECT_EQ(source["kind"], "mentions");
  EXPECT_EQ(source["metrics"]["csat"]["n"], 3);
  EXPECT_EQ(source["metrics"]["csat"]["satisfied"], 2);
}

TEST(AnalysisTest, uncertain_kind_is_reported_with_its_runner_up_and_a_mapping_settles_it) {
  constexpr std::string_view kFile =
      "Email,Plan,Amount,Status\na@x.example,Pro,49,active\nb@y.example,Basic,19,active\n";
  const auto report = analyse_named("plans.csv", kFile);
  const auto& source = report["sources"][0];
  EXPECT_TRUE(source["uncertain"].get<bool>());
  ASSERT_FALSE(source["kind_runner_up"].is_null());
  EXPECT_EQ(report["data_quality"]["totals"]["by_code"]["uncertain_kind"], 1);
  // The same header fixed by its signature, whatever the file is called.
  const std::string options = R"({"as_of":"2026-11-25","mapping":{"sig:)" +
                              source["header_signature"].get<std::string>() +
                              R"(":{"kind":"subscriptions"}}})";
  const auto fixed = analyse_named("another-name.csv", kFile, options);
  EXPECT_EQ(fixed["sources"][0]["kind"], "subscriptions");
  EXPECT_EQ(fixed["sources"][0]["kind_confidence"], 1.0);
  EXPECT_FALSE(fixed["sources"][0]["uncertain"].get<bool>());
}

TEST(AnalysisTest, a_fix_names_the_column_by_the_header_the_report_shows) {
  constexpr std::string_view kFile =
      "Notify,Raised by,Subject\nteam@acme.example,ann@north.example,Help\n"
      "team@acme.example,bo@south.example,Refund\nteam@acme.example,cy@east.example,Hi\n";
  const auto fixed = analyse_named(
      "desk.csv", kFile,
      R"({"as_of":"2026-11-25","mapping":{"desk.csv":{"columns":{"Raised by":"customer_email","Notify":"ignore"}}}})");
  const auto& source = fixed["sources"][0];
  EXPECT_EQ(role_of(source, "Raised by"), "customer_email");
  EXPECT_EQ(role_of(source, "Notify"), "attribute");
  EXPECT_EQ(fixed["customers"]["count"], 3);
}

}  // namespace
