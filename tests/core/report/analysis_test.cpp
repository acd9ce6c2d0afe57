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
  cxs::Analysis analysis(std::string("{}"));
  analysis.add_source("a.csv");
  analysis.feed_bytes(bytes("NPS\n10\n10\n3\n"));
  analysis.add_source("b.csv");
  analysis.feed_bytes(bytes("Likelihood to recommend\n8\n0\n9\n"));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(report["metrics"]["nps"]["promoters"], 3);
  EXPECT_EQ(report["metrics"]["nps"]["passives"], 1);
  EXPECT_EQ(report["metrics"]["nps"]["detractors"], 2);
  EXPECT_EQ(report["sources"][1]["metrics"]["nps"]["n"], 3);
  EXPECT_TRUE(report["as_of"].is_null());
}

TEST(AnalysisTest, a_file_that_is_not_a_survey_has_no_nps_and_keeps_its_kind) {
  cxs::Analysis analysis(std::string("{}"));
  analysis.add_source("orders.csv");
  analysis.feed_bytes(bytes("Name,Email,Financial Status,Total\n#1001,a@b.example,paid,9.99\n"));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_TRUE(report["metrics"]["nps"].is_null());
  EXPECT_EQ(report["sources"][0]["kind"], "orders");
}

TEST(AnalysisTest, a_file_of_unknown_kind_says_so) {
  cxs::Analysis analysis(std::string("{}"));
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
  cxs::Analysis analysis(std::string(R"({"max_issues_per_source":10})"));
  analysis.add_source("s.csv");
  analysis.feed_bytes(bytes(text));
  const auto report = nlohmann::json::parse(analysis.finish_json());
  EXPECT_EQ(report["data_quality"]["issues"].size(), 10u);
  EXPECT_EQ(report["data_quality"]["totals"]["issues"], 50);
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
