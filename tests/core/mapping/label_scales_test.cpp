// Label scales: the column's other answers decide which scale a shared wording belongs to.
#include "cxs/label_scales.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string_view>
#include <vector>

#include "cxs/score_cell.hpp"

namespace {

const cxs::LabelScale& chosen(std::vector<std::string_view> cells) {
  const auto choice = cxs::choose_scale(cells, cxs::satisfaction_scales());
  EXPECT_TRUE(choice.has_value());
  return *choice->scale;
}

TEST(LabelScalesTest, shipped_scales_parse_and_have_distinct_wordings) {
  for (const auto scales : {cxs::satisfaction_scales(), cxs::agreement_scales()}) {
    ASSERT_GE(scales.size(), 4u);
    for (const cxs::LabelScale& scale : scales) {
      EXPECT_TRUE(scale.size() == 2 || scale.size() == 3 || scale.size() == 5 || scale.size() == 7)
          << scale.name;
      std::set<std::string> seen;
      for (const auto& point : scale.points) {
        for (const auto& wording : point)
          EXPECT_TRUE(seen.insert(wording).second) << scale.name << " " << wording;
      }
    }
  }
}

TEST(LabelScalesTest, satisfied_is_the_top_of_a_scale_that_has_no_very) {
  // 不満 … 満足 (with やや): 満足 is point 5 of 5.
  const auto& yaya = chosen({"満足", "やや満足", "どちらともいえない", "やや不満", "不満"});
  EXPECT_EQ(yaya.point_of("満足"), 5);
  EXPECT_EQ(yaya.point_of("やや満足"), 4);
  // 非常に不満 … 非常に満足: 満足 is point 4 of 5.
  const auto& hijouni = chosen({"非常に満足", "満足", "どちらでもない", "不満"});
  EXPECT_EQ(hijouni.point_of("満足"), 4);
  // The same in English.
  EXPECT_EQ(
      chosen({"Satisfied", "Somewhat satisfied", "Neutral", "Dissatisfied"}).point_of("satisfied"),
      5);
  EXPECT_EQ(chosen({"Very satisfied", "Satisfied", "Neutral"}).point_of("Satisfied"), 4);
}

TEST(LabelScalesTest, seven_points_when_the_column_uses_them) {
  const auto& seven =
      chosen({"Extremely satisfied", "Moderately satisfied", "Slightly satisfied", "Neutral"});
  EXPECT_EQ(seven.size(), 7);
  EXPECT_EQ(seven.point_of("Slightly satisfied"), 5);
  EXPECT_FALSE(seven.is_satisfied(5));
  EXPECT_TRUE(seven.is_satisfied(6));
}

// Top-2-box by hand on 36 answers of a seven-point Japanese scale: 非常に満足 8, 満足 10,
// やや満足 7, どちらともいえない 5, やや不満 3, 不満 2, 非常に不満 1. The top two points are
// 非常に満足 and 満足: (8 + 10) / 36 = 50.0%. Read on the five-point 非常に不満 … 非常に満足
// scale, やや満足 would count as satisfied too: 25 / 36 = 69.4%, the wrong answer.
TEST(LabelScalesTest, csat_top_two_box_on_the_columns_scale_matches_a_hand_count) {
  std::vector<std::string_view> cells;
  const std::pair<std::string_view, int> answers[] = {
      {"非常に満足", 8}, {"満足", 10}, {"やや満足", 7},  {"どちらともいえない", 5},
      {"やや不満", 3},   {"不満", 2},  {"非常に不満", 1}};
  for (const auto& [label, count] : answers) cells.insert(cells.end(), count, label);
  const auto& scale = chosen(cells);
  EXPECT_EQ(scale.size(), 7);
  int satisfied = 0;
  for (const auto cell : cells) satisfied += cxs::read_csat_cell(cell, &scale).satisfied ? 1 : 0;
  EXPECT_EQ(satisfied, 18);
  EXPECT_NEAR(100.0 * satisfied / static_cast<double>(cells.size()), 50.0, 1e-9);
}

TEST(LabelScalesTest, agreement_answers_read_as_effort_points) {
  const auto choice = cxs::choose_scale(
      std::vector<std::string_view>{"Strongly agree", "Agree", "Neutral", "Disagree"},
      cxs::agreement_scales());
  ASSERT_TRUE(choice);
  EXPECT_EQ(choice->scale->name, "agreement_5");
  EXPECT_EQ(cxs::read_ces_cell("Strongly agree", choice->scale).value, 5);
  EXPECT_EQ(cxs::read_ces_cell("6", choice->scale).value, 6);  // a number stays a number
  EXPECT_EQ(cxs::read_ces_cell("maybe", choice->scale).kind, cxs::ScoreCell::Kind::invalid);
}

}  // namespace

namespace {

TEST(LabelScalesTest, short_scales_count_only_their_top_point_as_satisfied) {
  // Good / Okay / Bad: only Good is satisfied (hand count: 2 of 4).
  const std::vector<std::string_view> three{"Good", "Okay", "Bad", "Good"};
  const auto choice = cxs::choose_scale(three, cxs::satisfaction_scales());
  ASSERT_TRUE(choice);
  EXPECT_EQ(choice->scale->size(), 3);
  int satisfied = 0;
  for (const auto cell : three) satisfied += cxs::read_csat_cell(cell, choice->scale).satisfied;
  EXPECT_EQ(satisfied, 2);
  // A binary rating keeps value 0 and reads the tool's own spellings.
  EXPECT_EQ(cxs::read_csat_cell("rated_good").value, 0);
  EXPECT_TRUE(cxs::read_csat_cell("rated_good").satisfied);
  EXPECT_FALSE(cxs::read_csat_cell("rated_bad").satisfied);
  EXPECT_EQ(cxs::read_csat_cell("not_rated").kind, cxs::ScoreCell::Kind::missing);
}

TEST(LabelScalesTest, star_ratings_written_as_words) {
  EXPECT_EQ(cxs::read_csat_cell("FIVE").value, 5);
  EXPECT_TRUE(cxs::read_csat_cell("FOUR").satisfied);
  EXPECT_FALSE(cxs::read_csat_cell("THREE").satisfied);
  EXPECT_EQ(cxs::read_csat_cell("2 stars").value, 2);
}

}  // namespace
