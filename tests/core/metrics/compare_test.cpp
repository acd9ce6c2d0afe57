// Two-group comparisons against Newcombe (1998), base R (tests/data/compare/make_reference.R)
// and hand counts.
#include "cxs/compare.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::stringstream cells(line);
    std::vector<std::string> row;
    for (std::string cell; std::getline(cells, cell, ',');) row.push_back(cell);
    rows.push_back(row);
  }
  return rows;
}

std::vector<double> numbers(const std::string& spaced) {
  std::stringstream in(spaced);
  std::vector<double> out;
  for (double v = 0; in >> v;) out.push_back(v);
  return out;
}

// --- NPS -------------------------------------------------------------------------------------

// Hand count. A = (detractors, passives, promoters) (20, 30, 50), B = (10, 30, 60), n = 100 each.
// NPS_A = 30, NPS_B = 50, difference 20 points. Trinomial variances (Rocks 2016):
// A 0.70 − 0.30² = 0.61, B 0.70 − 0.50² = 0.45; SE = sqrt(0.61/100 + 0.45/100) = sqrt(0.0106)
// = 0.102956; z = 0.2 / 0.102956 = 1.942572; p = 2 pnorm(−1.942572) = 0.052068 (R).
// Adjusted-Wald interval: A (20.75, 31.5, 50.75)/103, NPS 30/103 = 0.291262, variance
// 71.5/103 − (30/103)² = 0.609341; B (10.75, 31.5, 60.75)/103, NPS 50/103 = 0.485437, variance
// 71.5/103 − (50/103)² = 0.458526; SE = sqrt((0.609341 + 0.458526)/103) = 0.101822;
// 20/103 = 0.194175 ± 1.959964 × 0.101822 = −0.005392 to 0.393741, i.e. −0.539 to 39.374 points.
TEST(CompareTest, nps_difference_matches_hand_count) {
  const auto got = cxs::compare_nps({.detractors = 20, .passives = 30, .promoters = 50},
                                    {.detractors = 10, .passives = 30, .promoters = 60})
                       .value();
  EXPECT_NEAR(got.difference, 20.0, 1e-12);
  EXPECT_NEAR(got.statistic, 1.942572, 0.0000005);
  EXPECT_NEAR(got.p_value, 0.052068, 0.0000005);
  EXPECT_NEAR(got.ci95[0], -0.5392, 0.00005);
  EXPECT_NEAR(got.ci95[1], 39.3741, 0.00005);
  EXPECT_EQ(got.test, "wald_z");
  EXPECT_EQ(got.interval, cxs::Method::adjusted_wald);
  EXPECT_FALSE(got.small_sample);
}

// Hand count. A = 5 detractors, B = 5 promoters: each group has one class, so the Wald SE is 0
// and the test falls back to the adjusted SE. Adjusted A (5.75, 1.5, 0.75)/8: NPS −5/8,
// variance 6.5/8 − 25/64 = 0.421875; B mirrors it. SE = sqrt(2 × 0.421875/8) = 0.324760;
// z = 2 / 0.324760 = 6.158403; interval 10/8 ± 1.959964 × 0.324760 = 1.25 ± 0.636517, that
// is 0.613483 to 1.886517.
TEST(CompareTest, nps_groups_without_spread_fall_back_to_the_adjusted_se) {
  const auto got = cxs::compare_nps({.detractors = 5}, {.promoters = 5}).value();
  EXPECT_NEAR(got.difference, 200.0, 1e-12);
  EXPECT_NEAR(got.statistic, 6.158403, 0.0000005);
  EXPECT_TRUE(std::isfinite(got.p_value));
  EXPECT_LT(got.p_value, 1e-9);
  EXPECT_NEAR(got.ci95[0], 61.3483, 0.00005);
  EXPECT_NEAR(got.ci95[1], 188.6517, 0.00005);
  EXPECT_EQ(got.test, "adjusted_wald_z");
  EXPECT_TRUE(got.small_sample);
}

TEST(CompareTest, nps_identical_one_class_groups_show_no_change) {
  const auto got = cxs::compare_nps({.promoters = 40}, {.promoters = 40}).value();
  EXPECT_EQ(got.difference, 0.0);
  EXPECT_EQ(got.statistic, 0.0);
  EXPECT_EQ(got.p_value, 1.0);
  EXPECT_LT(got.ci95[0], 0.0);
  EXPECT_GT(got.ci95[1], 0.0);
}

TEST(CompareTest, nps_empty_group_is_an_error) {
  const auto got = cxs::compare_nps({}, {.promoters = 3});
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::too_few_rows);
}

// --- CSAT ------------------------------------------------------------------------------------

// Newcombe RG (1998), "Interval estimation for the difference between independent
// proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, Table II,
// method 10 (score, no continuity correction), examples (a), (b), (d)-(h), printed to 4
// decimals: tolerance half a unit in the last digit (0.005 points). Rows (a) and (b) are also
// quoted by the tests of the R package propint; (d)-(h) were written down from the paper
// without a copy at hand, and (c), 6/7 − 2/7, is left out because its lower limit could not be
// recalled with certainty. Re-check (d)-(h) against the printed table when it is available.
TEST(CompareTest, csat_interval_matches_newcombe_1998_table_2_method_10) {
  struct Case {
    std::uint64_t x_b, n_b, x_a, n_a;  // the table's first proportion is B
    double lo, hi;
  };
  for (const Case c : {Case{56, 70, 48, 80, 0.0524, 0.3339}, Case{9, 10, 3, 10, 0.1705, 0.8090},
                       Case{5, 56, 0, 29, -0.0381, 0.1926}, Case{0, 10, 0, 20, -0.1611, 0.2775},
                       Case{0, 10, 0, 10, -0.2775, 0.2775}, Case{10, 10, 0, 20, 0.6791, 1.0000},
                       Case{10, 10, 0, 10, 0.6075, 1.0000}}) {
    const auto got = cxs::compare_csat({.satisfied = c.x_a, .total = c.n_a},
                                       {.satisfied = c.x_b, .total = c.n_b})
                         .value();
    EXPECT_NEAR(got.ci95[0], 100 * c.lo, 0.005) << c.x_b << "/" << c.n_b << " - " << c.x_a;
    EXPECT_NEAR(got.ci95[1], 100 * c.hi, 0.005) << c.x_b << "/" << c.n_b << " - " << c.x_a;
    EXPECT_EQ(got.interval, cxs::Method::newcombe_hybrid);
    EXPECT_TRUE(std::isfinite(got.p_value));
  }
}

// R: prop.test(c(x_b, x_a), c(n_b, n_a), correct = FALSE)$p.value and sqrt(X-squared) with
// the sign of the difference; Newcombe's limits rebuilt in R from R's own Wilson limits
// (one-sample prop.test(correct = FALSE)$conf.int). All printed to 17 digits; the tolerance
// leaves room for a few ulps in the normal tail and in the Wilson square roots.
TEST(CompareTest, csat_test_and_interval_match_r_prop_test) {
  const auto rows = read_csv(CXS_TEST_DATA "/compare/proportions.csv");
  ASSERT_EQ(rows.size(), 8u);
  for (const auto& r : rows) {
    const cxs::CsatCounts a{.satisfied = std::stoull(r[0]), .total = std::stoull(r[1])};
    const cxs::CsatCounts b{.satisfied = std::stoull(r[2]), .total = std::stoull(r[3])};
    const auto got = cxs::compare_csat(a, b).value();
    const std::string label = r[2] + "/" + r[3] + " - " + r[0] + "/" + r[1];
    EXPECT_NEAR(got.difference, 100 * std::stod(r[4]), 1e-12) << label;
    EXPECT_NEAR(got.statistic, std::stod(r[5]), 1e-12) << label;
    EXPECT_NEAR(got.p_value, std::stod(r[6]), 1e-13) << label;
    EXPECT_NEAR(got.ci95[0], 100 * std::stod(r[7]), 1e-11) << label;
    EXPECT_NEAR(got.ci95[1], 100 * std::stod(r[8]), 1e-11) << label;
    EXPECT_EQ(got.test, "two_proportion_z");
  }
}

// Hand count. A = 12/12, B = 30/30: pooled p̄ = 1, so z = 0 and p = 1. Wilson's lower limit
// for x = n is n / (n + z²) (z² = 3.841459): A 12/15.841459 = 0.757506, B 30/33.841459 =
// 0.886487; Newcombe's limits are 0 − (1 − 0.886487) = −11.3513 and 0 + (1 − 0.757506) =
// 24.2494 points (the upper limits, both 1, add nothing).
TEST(CompareTest, csat_all_satisfied_in_both_groups_is_no_change_not_nan) {
  const auto got =
      cxs::compare_csat({.satisfied = 12, .total = 12}, {.satisfied = 30, .total = 30}).value();
  EXPECT_EQ(got.difference, 0.0);
  EXPECT_EQ(got.statistic, 0.0);
  EXPECT_EQ(got.p_value, 1.0);
  EXPECT_NEAR(got.ci95[0], -11.3513, 0.00005);
  EXPECT_NEAR(got.ci95[1], 24.2494, 0.00005);
}

TEST(CompareTest, csat_empty_group_is_an_error) {
  const auto got = cxs::compare_csat({.satisfied = 3, .total = 4}, {});
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::too_few_rows);
}

// --- Means and CES ---------------------------------------------------------------------------

bool on_seven_point_scale(const std::vector<double>& values) {
  for (const double v : values) {
    if (v != std::floor(v) || v < 1 || v > 7) return false;
  }
  return true;
}

cxs::CesCounts ces_counts(const std::vector<double>& values) {
  cxs::CesCounts counts({1, 7});
  for (const double v : values) EXPECT_TRUE(counts.add(static_cast<int>(v)));
  return counts;
}

// R: t.test(b, a) (Welch, var.equal = FALSE), printed to 17 digits. The tolerance leaves room
// for student_t_cdf and student_t_quantile (about 1e-12) and the last bits of the variances.
TEST(CompareTest, welch_matches_r_t_test) {
  const auto rows = read_csv(CXS_TEST_DATA "/compare/means.csv");
  ASSERT_EQ(rows.size(), 5u);
  std::size_t ces_rows = 0;
  for (const auto& r : rows) {
    const std::vector<double> a = numbers(r[0]), b = numbers(r[1]);
    std::vector<cxs::Comparison> results{
        cxs::compare_means(cxs::summarize(a), cxs::summarize(b)).value()};
    if (on_seven_point_scale(a) && on_seven_point_scale(b)) {
      results.push_back(cxs::compare_ces(ces_counts(a), ces_counts(b)).value());
      ++ces_rows;
    }
    for (const auto& got : results) {
      EXPECT_NEAR(got.difference, std::stod(r[2]), 1e-12) << r[0];
      EXPECT_NEAR(got.ci95[0], std::stod(r[3]), 1e-10) << r[0];
      EXPECT_NEAR(got.ci95[1], std::stod(r[4]), 1e-10) << r[0];
      EXPECT_NEAR(got.statistic, std::stod(r[5]), 1e-10) << r[0];
      EXPECT_NEAR(got.df, std::stod(r[6]), 1e-9 * std::stod(r[6])) << r[0];
      EXPECT_NEAR(got.p_value, std::stod(r[7]), 1e-11) << r[0];
      EXPECT_EQ(got.test, "welch_t");
      EXPECT_EQ(got.interval, cxs::Method::welch_t);
    }
  }
  EXPECT_EQ(ces_rows, 3u);  // the integer cases also run through compare_ces
}

// Hand count: a = 1, 3 (mean 2, s² 2), b = 4, 6, 8 (mean 6, s² 4). v_A = 2/2 = 1,
// v_B = 4/3; SE = sqrt(7/3) = 1.527525; t = 4 / 1.527525 = 2.618615;
// df = (7/3)² / (1²/1 + (4/3)²/2) = (49/9) / (17/9) = 49/17 = 2.882353.
TEST(CompareTest, welch_matches_hand_count) {
  const std::vector<double> a{1, 3}, b{4, 6, 8};
  const auto got = cxs::compare_means(cxs::summarize(a), cxs::summarize(b)).value();
  EXPECT_DOUBLE_EQ(got.difference, 4.0);
  EXPECT_NEAR(got.statistic, 2.618615, 0.0000005);
  EXPECT_NEAR(got.df, 49.0 / 17.0, 1e-12);
  EXPECT_TRUE(got.small_sample);
}

TEST(CompareTest, means_without_spread_or_with_one_answer_are_errors) {
  const std::vector<double> threes{3, 3, 3}, fives{5, 5}, one{4};
  const auto flat = cxs::compare_means(cxs::summarize(threes), cxs::summarize(fives));
  ASSERT_FALSE(flat);
  EXPECT_EQ(flat.error().code, cxs::ErrorCode::no_variance);
  const auto single = cxs::compare_means(cxs::summarize(one), cxs::summarize(fives));
  ASSERT_FALSE(single);
  EXPECT_EQ(single.error().code, cxs::ErrorCode::too_few_rows);
  const auto empty = cxs::compare_means(cxs::summarize({}), cxs::summarize(fives));
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, cxs::ErrorCode::too_few_rows);
}

TEST(CompareTest, ces_on_different_scales_is_an_error) {
  cxs::CesCounts five({1, 5}), seven({1, 7});
  for (const int v : {2, 3, 4}) {
    EXPECT_TRUE(five.add(v));
    EXPECT_TRUE(seven.add(v));
  }
  const auto got = cxs::compare_ces(five, seven);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, cxs::ErrorCode::mixed_scales);
}

}  // namespace
