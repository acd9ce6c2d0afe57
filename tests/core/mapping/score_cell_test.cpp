// read_score_cell: the cell spellings survey tools export, and what must stay invalid.
#include "cxs/score_cell.hpp"

#include <gtest/gtest.h>

namespace {

using Kind = cxs::ScoreCell::Kind;

TEST(ScoreCellTest, reads_plain_padded_and_labelled_answers) {
  struct Case {
    const char* text;
    int value;
  };
  for (const Case c :
       {Case{"9", 9}, Case{" 10 ", 10}, Case{"0", 0}, Case{"7.0", 7},
        Case{"10 - Extremely likely", 10}, Case{"0 - Not at all likely", 0}, Case{"8 (likely)", 8},
        Case{"\xEF\xBC\x99", 9} /* full-width ９ */, Case{"\xEF\xBC\x91\xEF\xBC\x90", 10},
        Case{"\xE3\x80\x80"
             "6",
             6}}) {
    const auto got = cxs::read_score_cell(c.text, 0, 10);
    EXPECT_EQ(got.kind, Kind::valid) << c.text;
    EXPECT_EQ(got.value, c.value) << c.text;
  }
}

TEST(ScoreCellTest, blank_is_missing_not_invalid) {
  for (const char* text : {"", "   ", "\t", "\xE3\x80\x80"}) {
    EXPECT_EQ(cxs::read_score_cell(text, 0, 10).kind, Kind::missing) << '"' << text << '"';
  }
}

TEST(ScoreCellTest, out_of_range_and_non_numeric_are_invalid) {
  for (const char* text :
       {"11", "-1", "N/A", "abc", "7.5", "10abc", "9 apples", "1e1", "00010", "."}) {
    EXPECT_EQ(cxs::read_score_cell(text, 0, 10).kind, Kind::invalid) << text;
  }
}

TEST(ScoreCellTest, respects_the_scale_it_is_asked_for) {
  EXPECT_EQ(cxs::read_score_cell("0", 1, 5).kind, Kind::invalid);
  EXPECT_EQ(cxs::read_score_cell("5", 1, 5).kind, Kind::valid);
  EXPECT_EQ(cxs::read_score_cell("6", 1, 5).kind, Kind::invalid);
}

}  // namespace

namespace {

TEST(CsatCellTest, reads_numbers_labels_and_binary_ratings) {
  struct Case {
    const char* text;
    int value;
    bool satisfied;
  };
  for (const Case c :
       {Case{"5", 5, true}, Case{"4", 4, true}, Case{"3", 3, false},
        Case{"Very satisfied", 5, true}, Case{"satisfied", 4, true},
        Case{"Neither satisfied nor dissatisfied", 3, false}, Case{"Very Dissatisfied", 1, false},
        Case{"非常に満足", 5, true}, Case{"満足", 4, true}, Case{"どちらでもない", 3, false},
        Case{"不満", 2, false}, Case{"good", 0, true}, Case{"bad", 0, false},
        Case{"５", 5, true}}) {
    const auto got = cxs::read_csat_cell(c.text);
    EXPECT_EQ(got.kind, cxs::ScoreCell::Kind::valid) << c.text;
    EXPECT_EQ(got.value, c.value) << c.text;
    EXPECT_EQ(got.satisfied, c.satisfied) << c.text;
  }
}

TEST(CsatCellTest, offered_is_missing_and_nonsense_is_invalid) {
  EXPECT_EQ(cxs::read_csat_cell("offered").kind, cxs::ScoreCell::Kind::missing);
  EXPECT_EQ(cxs::read_csat_cell("unoffered").kind, cxs::ScoreCell::Kind::missing);
  EXPECT_EQ(cxs::read_csat_cell("").kind, cxs::ScoreCell::Kind::missing);
  for (const char* text : {"6", "0", "N/A", "meh", "7.5"}) {
    EXPECT_EQ(cxs::read_csat_cell(text).kind, cxs::ScoreCell::Kind::invalid) << text;
  }
}

}  // namespace

TEST(ScoreCellTest, zendesk_binary_rating_in_its_japanese_ui) {
  EXPECT_TRUE(cxs::read_csat_cell("良い").satisfied);
  EXPECT_EQ(cxs::read_csat_cell("悪い").kind, cxs::ScoreCell::Kind::valid);
  EXPECT_FALSE(cxs::read_csat_cell("悪い").satisfied);
  EXPECT_EQ(cxs::read_csat_cell("提供済み").kind, cxs::ScoreCell::Kind::missing);
  EXPECT_EQ(cxs::read_csat_cell("未提供").kind, cxs::ScoreCell::Kind::missing);
}

TEST(ScoreCellTest, happiness_labels_read_on_their_scale) {
  EXPECT_EQ(cxs::read_csat_cell("Extremely Happy").value, 5);
  EXPECT_TRUE(cxs::read_csat_cell("Happy").satisfied);
  EXPECT_FALSE(cxs::read_csat_cell("Unhappy").satisfied);
}

TEST(ScoreCellTest, labels_in_brackets_right_after_the_number) {
  EXPECT_EQ(cxs::read_score_cell("10（非常にすすめたい）", 0, 10).value, 10);
  EXPECT_EQ(cxs::read_score_cell("0（まったくすすめたくない）", 0, 10).kind,
            cxs::ScoreCell::Kind::valid);
  EXPECT_EQ(cxs::read_score_cell("10(Extremely likely)", 0, 10).value, 10);
  EXPECT_EQ(cxs::read_score_cell("10abc", 0, 10).kind, cxs::ScoreCell::Kind::invalid);
}
