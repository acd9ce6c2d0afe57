// NPS point estimate, SE and adjusted-Wald interval against hand-worked examples.
#include "cxs/nps.hpp"

#include <gtest/gtest.h>

namespace {

cxs::NpsEstimate nps_of(std::uint64_t detractors, std::uint64_t passives, std::uint64_t promoters) {
  return cxs::estimate_nps({.detractors = detractors, .passives = passives, .promoters = promoters})
      .value();
}

// DESIGN.md worked examples (Rocks 2016 trinomial SE), to the 0.1 point they are printed to:
// (1,2,3) → 33.3, 30.4; (1,0,1) → 0, 70.7; (0,1,1) → 50, 35.4; (1,1,1) → 0, 47.1.
TEST(NpsTest, matches_the_design_worked_examples) {
  struct Case {
    std::uint64_t d, pa, p;
    double nps, se;
  };
  for (const Case c : {Case{1, 2, 3, 33.3, 30.4}, Case{1, 0, 1, 0.0, 70.7},
                       Case{0, 1, 1, 50.0, 35.4}, Case{1, 1, 1, 0.0, 47.1}}) {
    const auto got = nps_of(c.d, c.pa, c.p);
    EXPECT_NEAR(got.nps.value, c.nps, 0.05) << c.d << "/" << c.pa << "/" << c.p;
    EXPECT_NEAR(got.se, c.se, 0.05) << c.d << "/" << c.pa << "/" << c.p;
    EXPECT_EQ(got.nps.n, c.d + c.pa + c.p);
  }
}

// Hand count 1/2/3 (detractors/passives/promoters): NPS (3 − 1)/6 = 33.33 points;
// SE sqrt((4/6 − (2/6)²)/6) = sqrt(0.09259) = 30.43 points.
TEST(NpsTest, matches_hand_count_for_1_2_3) {
  const auto got = nps_of(1, 2, 3);
  EXPECT_NEAR(got.nps.value, 33.33, 0.005);
  EXPECT_NEAR(got.se, 30.43, 0.005);
}

// Adjusted-Wald by hand for 20/30/50 (n = 100): add 0.75/1.5/0.75 → 20.75/31.5/50.75 of 103.
// pP = 0.49272, pD = 0.20146, diff = 0.29126; var = (0.69417 − 0.08483)/103 = 0.0059159;
// margin = 1.96 × 0.076915 = 0.15075; interval [0.14051, 0.44201] → [14.05, 44.20] points.
TEST(NpsTest, adjusted_wald_interval_matches_hand_work_for_20_30_50) {
  const auto got = nps_of(20, 30, 50);
  EXPECT_NEAR(got.nps.value, 30.0, 1e-9);
  EXPECT_NEAR(got.nps.ci95[0], 14.05, 0.005);
  EXPECT_NEAR(got.nps.ci95[1], 44.20, 0.005);
  EXPECT_EQ(got.nps.method, cxs::Method::adjusted_wald);
}

// Adjusted-Wald by hand for 1/2/3: 1.75/3.5/3.75 of 9; diff = 2/9 = 0.22222;
// var = (5.5/9 − 0.04938)/9 = 0.062414; margin = 1.96 × 0.24983 = 0.48965;
// interval [−0.26743, 0.71188] → [−26.74, 71.19] points: it does not centre on the raw 33.3.
TEST(NpsTest, adjusted_wald_interval_matches_hand_work_for_1_2_3) {
  const auto got = nps_of(1, 2, 3);
  EXPECT_NEAR(got.nps.ci95[0], -26.74, 0.005);
  EXPECT_NEAR(got.nps.ci95[1], 71.19, 0.005);
}

// All promoters: the raw SE is 0, but the adjusted interval stays open below and is clipped
// at +100 above; by hand 10.75/0/0.75 of 13 → diff 0.76923, var (0.88462 − 0.59172)/13,
// margin 1.96 × 0.15010 = 0.29419 → [47.50, 100].
TEST(NpsTest, interval_is_clipped_to_the_scale_when_everyone_promotes) {
  const auto got = nps_of(0, 0, 10);
  EXPECT_EQ(got.nps.value, 100.0);
  EXPECT_EQ(got.se, 0.0);
  EXPECT_NEAR(got.nps.ci95[0], 47.50, 0.005);
  EXPECT_EQ(got.nps.ci95[1], 100.0);
}

TEST(NpsTest, no_answers_is_an_error_not_a_zero) {
  const auto got = cxs::estimate_nps({});
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::too_few_rows);
}

TEST(NpsTest, classifies_the_scale_boundaries) {
  cxs::NpsCounts counts;
  for (int score = 0; score <= 10; ++score) counts.add(score);
  EXPECT_EQ(counts.detractors, 7u);  // 0..6
  EXPECT_EQ(counts.passives, 2u);    // 7, 8
  EXPECT_EQ(counts.promoters, 2u);   // 9, 10
}

}  // namespace
