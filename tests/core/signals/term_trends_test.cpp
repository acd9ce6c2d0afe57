// Rising terms: the calendar-month windows, variants counted as one term, the company's name
// ignored, companion terms grouped with their lead, counted by hand.
#include "cxs/term_trends.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "cxs/date_cell.hpp"

namespace {

using Texts = std::vector<std::pair<std::string, std::string>>;

std::int64_t day(int y, unsigned m, unsigned d) { return cxs::days_from_civil(y, m, d); }

cxs::Evidence record(std::uint64_t row) { return {0, row, "T-" + std::to_string(row), "", "", ""}; }

TEST(CandidateTermsTest, words_versions_and_katakana) {
  EXPECT_EQ(cxs::candidate_terms("the battery dies after update 4.2, the battery"),
            (std::vector<std::string>{"battery", "dies", "update", "4.2"}));
  // Function words and words under four letters are not terms; a lone number is not a version.
  EXPECT_EQ(cxs::candidate_terms("please help, it was 42 days"),
            (std::vector<std::string>{"days"}));
  EXPECT_EQ(cxs::candidate_terms("acme podsのバッテリーがすぐ切れる"),
            (std::vector<std::string>{"acme", "pods", "バッテリー"}));
}

// Twelve months of 10 documents a month ending 2026-11-20, one of them about the battery each
// month; then in the last month (2026-10-21..11-20) 8 more documents, all about the battery
// (half in Japanese), with "overnight" beside it in 6 of them and "acme" in every one.
class TermTrendsTest : public ::testing::Test {
 protected:
  cxs::TermTrends trends{{{"バッテリー", "battery"}}, {"acme"}, day(2025, 1, 1)};
  std::uint64_t row = 1;

  void add(std::int64_t on, const std::string& text) {
    const Texts texts = {{"body", text}};
    trends.add_document(texts, on, static_cast<std::uint32_t>(row), record(row));
    ++row;
  }

  void SetUp() override {
    for (int month = 0; month < 12; ++month) {
      // The 15th of each month from 2025-12 to 2026-11: each inside one window.
      const int y = month == 0 ? 2025 : 2026;
      const unsigned m = month == 0 ? 12 : static_cast<unsigned>(month);
      add(day(y, m, 15), "acme battery question");
      for (int i = 0; i < 9; ++i) add(day(y, m, 15), "acme invoice address");
    }
    for (int i = 0; i < 8; ++i) {
      const std::string text = i % 2 ? "acme battery dead" : "acme のバッテリーが切れる";
      add(day(2026, 10, 21) + i, i < 6 ? text + " overnight" : text);
    }
    add(day(2026, 11, 20), "acme invoice address");  // the last day with a document
  }
};

TEST_F(TermTrendsTest, the_last_calendar_month_against_the_eleven_before) {
  // as_of five days after the data ends: the window still ends on the last document's day.
  const auto issues = trends.rising(day(2026, 11, 25));
  ASSERT_EQ(issues.size(), 1u);
  const cxs::RisingIssue& issue = issues[0];
  EXPECT_EQ(issue.recent_first_day, day(2026, 10, 21));
  EXPECT_EQ(issue.recent_last_day, day(2026, 11, 20));
  EXPECT_EQ(issue.baseline_first_day, day(2025, 11, 21));
  // Recent month: the 2026-11-15 batch (10 documents, 1 battery), the 8 battery documents and
  // the one on 11-20: 9 of 19. Baseline: 2025-12 .. 2026-10 batches, 11 × 10, 11 battery.
  EXPECT_EQ(issue.change.recent_count, 9u);
  EXPECT_EQ(issue.change.recent_total, 19u);
  EXPECT_EQ(issue.change.baseline_count, 11u);
  EXPECT_EQ(issue.change.baseline_total, 110u);
  EXPECT_TRUE(issue.change.rising);
  // "overnight" (6 texts, all with the battery) joins as a companion; "acme" is the company.
  EXPECT_EQ(issue.terms, (std::vector<std::string>{"battery", "overnight"}));
  // Evidence: every recent text with the lead term, Japanese ones included, oldest first.
  ASSERT_EQ(issue.mentions.size(), 9u);
  EXPECT_EQ(issue.mentions.front().day, day(2026, 10, 21));
  EXPECT_EQ(issue.mentions.front().evidence.matched, "battery");
  EXPECT_EQ(issue.mentions.front().evidence.field, "body");
  EXPECT_EQ(issue.mentions.front().evidence.record_id, "T-" + std::to_string(121));
}

TEST_F(TermTrendsTest, nothing_rises_when_the_month_looks_like_the_others) {
  // As of 2026-10-20, the recent month is 2026-09-21..10-20, one battery text of ten.
  EXPECT_TRUE(trends.rising(day(2026, 10, 20)).empty());
}

TEST(TermTrendsEdgeTest, too_few_recent_texts_is_not_a_rise) {
  cxs::TermTrends trends{{}, {}, 0};
  for (int i = 0; i < 100; ++i)
    trends.add_document(Texts{{"body", "invoice address"}}, day(2026, 1, 1) + i * 3, 0, record(1));
  for (int i = 0; i < 4; ++i)
    trends.add_document(Texts{{"body", "screen flicker"}}, day(2026, 11, 1) + i, 0, record(2));
  EXPECT_TRUE(trends.rising(day(2026, 11, 30)).empty());  // 4 < min_recent_texts (5)
}

}  // namespace
