// Recent-vs-baseline term rates against R's poisson.test (tests/data/rate_change/make_reference.R)
// and hand counts.
#include "cxs/rate_change.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "support/reference_table.hpp"

namespace {

std::vector<std::uint64_t> split(const std::string& cell) {
  std::vector<std::uint64_t> out;
  std::stringstream cells(cell);
  for (std::string v; std::getline(cells, v, ';');) out.push_back(std::stoull(v));
  return out;
}

// poisson.test's p is pbinom in R (Morten Welinder's/Loader's algorithms); here it is the
// incomplete beta's continued fraction, agreeing to about 1e-12 relative. The Wald interval is
// the same formula in R, so it agrees to rounding.
TEST(RateChangeTest, matches_r_poisson_test) {
  const auto rows = cxs::test::read_reference_table(CXS_TEST_DATA "/rate_change/reference.csv");
  ASSERT_EQ(rows.size(), 9u);
  for (const auto& row : rows) {
    const std::string label = row.at("case");
    const auto counts = split(row.at("counts")), totals = split(row.at("totals"));
    const auto got = cxs::rate_change(counts, totals).value();
    EXPECT_EQ(got.recent_count, std::stoull(row.at("recent_count"))) << label;
    EXPECT_EQ(got.recent_total, std::stoull(row.at("recent_total"))) << label;
    EXPECT_EQ(got.baseline_count, std::stoull(row.at("baseline_count"))) << label;
    EXPECT_EQ(got.baseline_total, std::stoull(row.at("baseline_total"))) << label;
    EXPECT_EQ(got.baseline_periods, std::stoul(row.at("baseline_periods"))) << label;
    const double p = std::stod(row.at("p_value"));
    EXPECT_NEAR(got.p_value, p, 1e-11 * p) << label;
    const double ratio = std::stod(row.at("rate_ratio"));
    EXPECT_NEAR(got.rate_ratio, ratio, 1e-13 * ratio) << label;
    if (!got.zero_corrected) {  // R's estimate is the plain ratio (Inf or 0 when a count is 0)
      EXPECT_NEAR(got.rate_ratio, std::stod(row.at("estimate")), 1e-13 * ratio) << label;
    }
    EXPECT_NEAR(got.ci95[0], std::stod(row.at("lo")), 1e-13 * ratio) << label;
    EXPECT_NEAR(got.ci95[1], std::stod(row.at("hi")), 1e-12 * std::stod(row.at("hi"))) << label;
    EXPECT_EQ(got.test, "poisson_conditional_exact");
  }
}

// Hand count (reference case defect_rising): 16 of 415 documents in the last two weeks against
// 16 of 1605 in the eight before: RR = (16/415)/(16/1605) = 3.867; p = P(Bin(32, 415/2020) ≥ 16)
// = 0.0002 (R 0.00019979). Enough mentions (16 ≥ 5), so it is rising.
TEST(RateChangeTest, a_defect_term_rising_is_flagged) {
  const std::vector<std::uint64_t> counts{2, 1, 3, 2, 2, 1, 2, 3, 7, 9};
  const std::vector<std::uint64_t> totals{200, 190, 210, 205, 198, 202, 199, 201, 210, 205};
  const auto got = cxs::rate_change(counts, totals).value();
  EXPECT_NEAR(got.rate_ratio, (16.0 / 415) / (16.0 / 1605), 1e-12);
  EXPECT_TRUE(got.enough_data);
  EXPECT_TRUE(got.rising);
  EXPECT_GT(got.ci95[0], 1);
}

// small_counts: 3 recent mentions, p = 0.058: below min_count 5, so never rising, whatever p.
TEST(RateChangeTest, the_min_count_guard_holds_back_few_mentions) {
  const std::vector<std::uint64_t> counts{0, 1, 0, 0, 1, 0, 0, 0, 2, 1};
  const std::vector<std::uint64_t> totals(10, 80);
  const auto got = cxs::rate_change(counts, totals).value();
  EXPECT_FALSE(got.enough_data);
  EXPECT_FALSE(got.rising);
  EXPECT_TRUE(cxs::rate_change(counts, totals, {.min_count = 3}).value().enough_data);
}

// A term never seen before: ½ is added to both counts, RR = (10.5/600)/(0.5/2400) = 84.
TEST(RateChangeTest, a_new_term_gets_a_finite_corrected_ratio) {
  const std::vector<std::uint64_t> counts{0, 0, 0, 0, 0, 0, 0, 0, 4, 6};
  const std::vector<std::uint64_t> totals(10, 300);
  const auto got = cxs::rate_change(counts, totals).value();
  EXPECT_TRUE(got.zero_corrected);
  EXPECT_NEAR(got.rate_ratio, 84, 1e-12);
  EXPECT_NEAR(got.p_value, std::pow(0.2, 10), 1e-20);  // all 10 in the recent fifth of exposure
  EXPECT_TRUE(got.rising);
}

// Many terms: BH over those with enough data; the rising one survives, the flat one does not.
TEST(RateChangeTest, rate_changes_adjusts_across_terms) {
  const std::vector<std::uint64_t> totals(10, 500);
  const std::vector<std::vector<std::uint64_t>> terms{
      {5, 4, 6, 5, 5, 4, 6, 5, 15, 18},         // rising
      {10, 12, 11, 9, 10, 11, 12, 10, 11, 12},  // flat
      {0, 1, 0, 0, 0, 1, 0, 0, 1, 1},           // too few
  };
  const auto got = cxs::rate_changes(terms, totals).value();
  ASSERT_EQ(got.size(), 3u);
  EXPECT_TRUE(got[0].rising);
  EXPECT_NEAR(got[0].q_value, std::min(1.0, got[0].p_value * 2), 1e-15);  // 2 tested, p(1)·2/1
  EXPECT_FALSE(got[1].rising);
  EXPECT_FALSE(got[2].enough_data);
  EXPECT_EQ(got[2].q_value, 1);
}

TEST(RateChangeTest, rejects_bad_input) {
  const std::vector<std::uint64_t> counts{1, 2, 3}, totals{10, 10};
  EXPECT_EQ(cxs::rate_change(counts, totals).error().code, cxs::ErrorCode::invalid_input);
  const std::vector<std::uint64_t> over{1, 20, 3}, ten{10, 10, 10};
  EXPECT_EQ(cxs::rate_change(over, ten).error().code, cxs::ErrorCode::invalid_input);
  const std::vector<std::uint64_t> two{1, 2}, tens{10, 10};
  EXPECT_EQ(cxs::rate_change(two, tens).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<std::uint64_t> none{0, 0, 0}, no_docs{0, 5, 5};
  EXPECT_EQ(cxs::rate_change(none, no_docs).error().code, cxs::ErrorCode::too_few_rows);
}

}  // namespace
