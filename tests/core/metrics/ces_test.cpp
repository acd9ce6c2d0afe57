// CES mean and t interval against base R's t.test (tests/data/ces/make_reference.R) and by hand.
#include "cxs/ces.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

cxs::CesCounts counts_of(cxs::CesScale scale, const std::vector<int>& answers) {
  cxs::CesCounts counts(scale);
  for (const int a : answers) EXPECT_TRUE(counts.add(a)) << a;
  return counts;
}

struct Reference {
  cxs::CesScale scale;
  std::vector<std::uint64_t> per_point;
  std::uint64_t n;
  double mean, sd, lo, hi;
};

std::vector<Reference> read_reference() {
  std::ifstream in(CXS_TEST_DATA "/ces/reference.csv");
  std::vector<Reference> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::stringstream cells(line);
    std::string min, max, per_point, n, mean, sd, lo, hi;
    for (std::string* cell : {&min, &max, &per_point, &n, &mean, &sd, &lo, &hi}) {
      std::getline(cells, *cell, ',');
    }
    Reference r{{std::stoi(min), std::stoi(max)},
                {},
                std::stoull(n),
                std::stod(mean),
                std::stod(sd),
                std::stod(lo),
                std::stod(hi)};
    std::stringstream counts(per_point);
    for (std::uint64_t c = 0; counts >> c;) r.per_point.push_back(c);
    rows.push_back(r);
  }
  return rows;
}

// R's t.test(x)$conf.int, printed to 17 digits. Our interval is R's clipped to the scale
// (R's 1–7 case with answers 3, 4 runs from −2.85 to 9.85). Tolerance: student_t_quantile
// is accurate to about 1e-12, scaled here by s/√n ≤ 1.2.
TEST(CesTest, mean_sd_and_interval_match_r_t_test) {
  const auto rows = read_reference();
  ASSERT_EQ(rows.size(), 6u);
  for (const auto& r : rows) {
    cxs::CesCounts counts(r.scale);
    for (std::size_t i = 0; i < r.per_point.size(); ++i) {
      for (std::uint64_t k = 0; k < r.per_point[i]; ++k) {
        ASSERT_TRUE(counts.add(r.scale.min + static_cast<int>(i)));
      }
    }
    const auto got = cxs::estimate_ces(counts).value();
    EXPECT_EQ(got.ces.n, r.n);
    EXPECT_NEAR(got.ces.value, r.mean, 1e-13);
    EXPECT_NEAR(got.sd, r.sd, 1e-13);
    EXPECT_NEAR(got.ces.ci95[0], std::max<double>(r.scale.min, r.lo), 1e-11) << r.n;
    EXPECT_NEAR(got.ces.ci95[1], std::min<double>(r.scale.max, r.hi), 1e-11) << r.n;
    EXPECT_EQ(got.ces.method, cxs::Method::student_t);
    EXPECT_EQ(got.small_sample, r.n < 30);
    EXPECT_EQ(got.scale, r.scale);
  }
}

// Hand count, answers 2, 4, 4, 6 on 1–7: mean 16/4 = 4; squared deviations 4 + 0 + 0 + 4 = 8,
// s² = 8/3, s = 1.63299; t(0.975, 3) = 3.182 (any printed t table); half-width
// 3.182 × 1.63299 / 2 = 2.598, so 1.402 to 6.598. Tolerance: the table's 4 digits.
TEST(CesTest, matches_hand_count_for_2_4_4_6) {
  const auto got = cxs::estimate_ces(counts_of({1, 7}, {2, 4, 4, 6})).value();
  EXPECT_DOUBLE_EQ(got.ces.value, 4.0);
  EXPECT_NEAR(got.sd, 1.63299, 0.000005);
  EXPECT_NEAR(got.ces.ci95[0], 1.402, 0.001);
  EXPECT_NEAR(got.ces.ci95[1], 6.598, 0.001);
  EXPECT_TRUE(got.small_sample);
}

TEST(CesTest, one_answer_is_its_value_with_the_whole_scale_and_no_method) {
  const auto got = cxs::estimate_ces(counts_of({1, 5}, {4})).value();
  EXPECT_EQ(got.ces.value, 4.0);
  EXPECT_EQ(got.ces.n, 1u);
  EXPECT_EQ(got.sd, 0.0);
  EXPECT_EQ(got.ces.ci95[0], 1.0);
  EXPECT_EQ(got.ces.ci95[1], 5.0);
  EXPECT_EQ(got.ces.method, cxs::Method::none);
  EXPECT_TRUE(got.small_sample);
}

TEST(CesTest, identical_answers_give_a_zero_width_interval_not_nan) {
  const auto got = cxs::estimate_ces(counts_of({1, 7}, {5, 5, 5, 5, 5})).value();
  EXPECT_EQ(got.ces.value, 5.0);
  EXPECT_EQ(got.sd, 0.0);
  EXPECT_EQ(got.ces.ci95[0], 5.0);
  EXPECT_EQ(got.ces.ci95[1], 5.0);
}

TEST(CesTest, no_answers_is_an_error) {
  const auto got = cxs::estimate_ces(cxs::CesCounts({1, 7}));
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::too_few_rows);
}

TEST(CesTest, answers_off_the_scale_are_refused_not_counted) {
  cxs::CesCounts counts({1, 5});
  EXPECT_FALSE(counts.add(0));
  EXPECT_FALSE(counts.add(6));
  EXPECT_FALSE(counts.add(7));
  EXPECT_TRUE(counts.add(5));
  EXPECT_EQ(counts.total(), 1u);
}

TEST(CesTest, shards_merge_to_the_one_pass_counts) {
  const std::vector<int> answers{1, 7, 3, 3, 6, 2, 7, 5, 4, 4, 4};
  cxs::CesCounts first = counts_of({1, 7}, {answers.begin(), answers.begin() + 4});
  first += counts_of({1, 7}, {answers.begin() + 4, answers.end()});
  const cxs::CesCounts whole = counts_of({1, 7}, answers);
  for (int score = 1; score <= 7; ++score) EXPECT_EQ(first.count(score), whole.count(score));
  EXPECT_EQ(first.total(), answers.size());
}

TEST(CesTest, counts_from_two_scales_cannot_be_pooled) {
  cxs::CesCounts seven = counts_of({1, 7}, {6, 7});
  seven += counts_of({1, 5}, {5});
  const auto got = cxs::estimate_ces(seven);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::mixed_scales);
}

TEST(CesTest, an_impossible_scale_counts_nothing_and_is_refused) {
  cxs::CesCounts reversed({7, 1});
  EXPECT_FALSE(reversed.add(3));
  EXPECT_EQ(cxs::estimate_ces(reversed).error().code, cxs::ErrorCode::mixed_scales);
  cxs::CesCounts too_wide({0, 11});
  EXPECT_FALSE(too_wide.add(3));
  EXPECT_EQ(cxs::estimate_ces(too_wide).error().code, cxs::ErrorCode::mixed_scales);
}

}  // namespace
