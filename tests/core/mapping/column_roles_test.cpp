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

}  // namespace
