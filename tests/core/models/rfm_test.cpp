// RFM quintile scores (hand counts, ties included), the (R, FM) segment table against the
// published ranges, and a scored customer list.
#include "cxs/rfm.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <vector>

namespace {

using cxs::RfmSegment;

std::vector<int> scores(std::vector<double> values) { return cxs::quintile_scores(values); }

// score = floor(5 × (average rank − ½) / n) + 1. Each line was counted by hand and agrees with
// R: q <- function(x) floor(5 * (rank(x) - 0.5) / length(x)) + 1.
TEST(RfmTest, quintiles_without_ties_are_equal_fifths) {
  // Ranks equal the values; (r − ½)/2 floors to 0,0,1,1,2,2,3,3,4,4 for r = 1..10.
  EXPECT_EQ(scores({5, 3, 9, 1, 7, 2, 8, 4, 10, 6}),
            (std::vector<int>{3, 2, 5, 1, 4, 1, 4, 2, 5, 3}));
  // n = 3: percentiles 1/6, 3/6, 5/6 → 1, 3, 5 (symmetric).
  EXPECT_EQ(scores({10, 20, 30}), (std::vector<int>{1, 3, 5}));
}

TEST(RfmTest, tied_values_share_the_score_of_their_average_rank) {
  // 1,1,1 hold ranks 1..3 (average 2): 5 × 1.5/10 = 0.75 → 1. 3,3 hold ranks 5,6 (5.5):
  // 5 × 5/10 = 2.5 → 3. 4 → 3.25 → 4; 5 → 3.75 → 4; 6 → 4.25 → 5; 7 → 4.75 → 5.
  EXPECT_EQ(scores({1, 1, 1, 2, 3, 3, 4, 5, 6, 7}),
            (std::vector<int>{1, 1, 1, 2, 3, 3, 4, 4, 5, 5}));
  // Six 2s span ranks 2..7 (average 4.5): 5 × 4/10 = 2 → 3, one score for the whole run even
  // though it straddles two fifths.
  EXPECT_EQ(scores({1, 2, 2, 2, 2, 2, 2, 3, 4, 5}),
            (std::vector<int>{1, 3, 3, 3, 3, 3, 3, 4, 5, 5}));
}

TEST(RfmTest, identical_values_and_a_lone_customer_score_in_the_middle) {
  EXPECT_EQ(scores({4, 4, 4, 4}), (std::vector<int>{3, 3, 3, 3}));  // 5 × 2/4 = 2.5 → 3
  EXPECT_EQ(scores({7}), (std::vector<int>{3}));                    // 5 × 0.5/1 = 2.5 → 3
  EXPECT_TRUE(scores({}).empty());
}

// The ranges of R and of the average F/M score published for each segment by Putler, "RFM
// Analysis For Successful Customer Segmentation" (putler.com/rfm-analysis); a 0 lower bound
// reads as 1 on 1–5 scores.
struct PublishedRange {
  RfmSegment segment;
  int r_lo, r_hi, fm_lo, fm_hi;
};
constexpr PublishedRange kPutler[] = {
    {RfmSegment::champions, 4, 5, 4, 5},
    {RfmSegment::loyal, 2, 5, 3, 5},
    {RfmSegment::potential_loyalist, 3, 5, 1, 3},
    {RfmSegment::new_customers, 4, 5, 0, 1},
    {RfmSegment::promising, 3, 4, 0, 1},
    {RfmSegment::need_attention, 2, 3, 2, 3},
    {RfmSegment::about_to_sleep, 2, 3, 0, 2},
    {RfmSegment::at_risk, 0, 2, 2, 5},
    {RfmSegment::cant_lose_them, 0, 1, 4, 5},
    {RfmSegment::hibernating, 1, 2, 1, 2},
    {RfmSegment::lost, 0, 2, 0, 2},
};

TEST(RfmTest, every_cell_lies_in_its_segments_published_range_and_every_segment_occurs) {
  std::set<RfmSegment> seen;
  for (int r = 1; r <= 5; ++r) {
    for (int fm = 1; fm <= 5; ++fm) {
      const RfmSegment segment = cxs::rfm_segment(r, fm);
      seen.insert(segment);
      bool inside = false;
      for (const PublishedRange& range : kPutler) {
        if (range.segment == segment) {
          inside = r >= range.r_lo && r <= range.r_hi && fm >= range.fm_lo && fm <= range.fm_hi;
        }
      }
      EXPECT_TRUE(inside) << "R " << r << " FM " << fm << " → " << cxs::to_string(segment);
    }
  }
  EXPECT_EQ(seen.size(), cxs::kRfmSegmentCount);
}

// Five customers (recency days, purchases, spend), n = 5 so untied scores equal ranks:
//   A 2, 10, 500: R 5, F 5, M 5, FM 5 → champions
//   B 10, 8, 400: R 4, F 4, M 4, FM 4 → champions
//   C 30, 1, 50:  R 3, F 2 (tied with E: ranks 1, 2 → 1.5 → 5 × 1/5 = 1 → 2), M 2, FM 2
//                 → about to sleep
//   D 200, 6, 300: R 2, F 3, M 3, FM 3 → at risk
//   E 400, 1, 20: R 1, F 2, M 1, FM floor(3/2) = 1 → lost
TEST(RfmTest, scores_segments_and_summaries_of_five_customers) {
  const std::vector<cxs::RfmInput> customers = {
      {2, 10, 500}, {10, 8, 400}, {30, 1, 50}, {200, 6, 300}, {400, 1, 20}};
  const auto got = cxs::score_rfm(customers).value();
  ASSERT_EQ(got.customers.size(), 5u);
  const int expected[5][4] = {{5, 5, 5, 5}, {4, 4, 4, 4}, {3, 2, 2, 2}, {2, 3, 3, 3}, {1, 2, 1, 1}};
  const RfmSegment segments[5] = {RfmSegment::champions, RfmSegment::champions,
                                  RfmSegment::about_to_sleep, RfmSegment::at_risk,
                                  RfmSegment::lost};
  for (std::size_t i = 0; i < 5; ++i) {
    const auto& s = got.customers[i];
    EXPECT_EQ(s.recency_score, expected[i][0]) << i;
    EXPECT_EQ(s.frequency_score, expected[i][1]) << i;
    EXPECT_EQ(s.monetary_score, expected[i][2]) << i;
    EXPECT_EQ(s.fm_score, expected[i][3]) << i;
    EXPECT_EQ(s.segment, segments[i]) << i;
  }
  const auto& champions = got.segments[static_cast<std::size_t>(RfmSegment::champions)];
  EXPECT_EQ(champions.count, 2u);
  EXPECT_DOUBLE_EQ(champions.share, 0.4);
  EXPECT_DOUBLE_EQ(*champions.mean_monetary, 450);
  const auto& lost = got.segments[static_cast<std::size_t>(RfmSegment::lost)];
  EXPECT_EQ(lost.count, 1u);
  EXPECT_DOUBLE_EQ(*lost.mean_monetary, 20);
  const auto& loyal = got.segments[static_cast<std::size_t>(RfmSegment::loyal)];
  EXPECT_EQ(loyal.count, 0u);
  EXPECT_EQ(loyal.share, 0.0);
  EXPECT_FALSE(loyal.mean_monetary.has_value());
  EXPECT_STREQ(cxs::to_string(RfmSegment::cant_lose_them), "cant_lose_them");
}

TEST(RfmTest, no_customer_or_a_non_finite_input_is_an_error) {
  EXPECT_EQ(cxs::score_rfm({}).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<cxs::RfmInput> bad = {{1, 1, std::nan("")}};
  EXPECT_EQ(cxs::score_rfm(bad).error().code, cxs::ErrorCode::invalid_input);
}

}  // namespace
