// Personas: blobs built by hand are recovered exactly, with their centroids and distinguishing
// features; on iris the silhouettes and objectives match R (tests/data/personas).
#include "cxs/personas.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "support/iris_fixture.hpp"

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
const std::vector<std::string> kColumns = {"x", "y", "spend", "region", "notes"};

// Three blobs, interleaved row by row: i % 6 in {0, 1, 2} → A, {3, 4} → B, 5 → C, so with
// 6m rows A holds 3m, B 2m, C m. The j-th member of a blob sits at its centre plus (o, o),
// o cycling through ±0.1, ±0.2, ±0.3, ±0.4, ±0.5; each blob holds whole cycles (m a multiple
// of 10), so its mean is its centre: A (0, 0), B (10, 0), C (0, 10). The spread matters: with
// only two distinct points per blob, splitting blobs would score a perfect silhouette.
// spend is 5 in A and B, 50 in C; rows 0 and 6 (both in A) miss it. region is constant and
// notes all missing: both must be dropped.
std::vector<double> blobs(std::size_t rows) {
  std::vector<double> values;
  std::size_t seen[3] = {0, 0, 0};
  for (std::size_t i = 0; i < rows; ++i) {
    const std::size_t blob = i % 6 < 3 ? 0 : (i % 6 < 5 ? 1 : 2);
    const std::size_t j = seen[blob]++ % 10;
    const double offset = (j % 2 == 0 ? 0.1 : -0.1) * static_cast<double>(j / 2 + 1);
    const double x = (blob == 1 ? 10.0 : 0.0) + offset;
    const double y = (blob == 2 ? 10.0 : 0.0) + offset;
    const double spend = (i == 0 || i == 6) ? kMissing : (blob == 2 ? 50.0 : 5.0);
    values.insert(values.end(), {x, y, spend, 1.0, kMissing});
  }
  return values;
}

std::size_t blob_of_row(std::size_t i) { return i % 6 < 3 ? 0 : (i % 6 < 5 ? 1 : 2); }

TEST(PersonasTest, recovers_hand_built_blobs_with_their_centroids_and_features) {
  const std::vector<double> values = blobs(60);
  const auto got = cxs::find_personas({kColumns, values}).value();
  EXPECT_EQ(got.k, 3u);
  EXPECT_EQ(got.columns, (std::vector<std::string>{"x", "y", "spend"}));
  ASSERT_EQ(got.dropped_columns.size(), 2u);
  EXPECT_EQ(got.dropped_columns[0].column, "region");
  EXPECT_EQ(got.dropped_columns[0].reason, "constant");
  EXPECT_EQ(got.dropped_columns[1].column, "notes");
  EXPECT_EQ(got.dropped_columns[1].reason, "all_missing");
  // 58 observed spends: 48 fives and 10 fifties, so the median is 5.
  ASSERT_EQ(got.imputed.size(), 1u);
  EXPECT_EQ(got.imputed[0].column, "spend");
  EXPECT_EQ(got.imputed[0].missing, 2u);
  EXPECT_EQ(got.imputed[0].median, 5.0);
  EXPECT_FALSE(got.silhouette_sampled);
  EXPECT_EQ(got.silhouette_rows, 60u);

  // Largest first: A (30), B (20), C (10); every row in its own blob.
  ASSERT_EQ(got.personas.size(), 3u);
  for (std::size_t i = 0; i < 60; ++i) EXPECT_EQ(got.membership[i], blob_of_row(i)) << i;
  const double sizes[] = {30, 20, 10};
  const std::vector<double> centroids[] = {{0, 0, 5}, {10, 0, 5}, {0, 10, 50}};
  for (std::size_t p = 0; p < 3; ++p) {
    EXPECT_EQ(got.personas[p].size, static_cast<std::uint64_t>(sizes[p]));
    EXPECT_DOUBLE_EQ(got.personas[p].share, sizes[p] / 60);
    for (std::size_t j = 0; j < 3; ++j) {
      EXPECT_NEAR(got.personas[p].centroid[j], centroids[p][j], 1e-12) << p << " " << j;
    }
  }

  // Overall means x 200/60, y 100/60, spend 750/60 = 12.5. Sums of squares about them:
  //   x: 30 (10/3)² + 20 (20/3)² + 10 (10/3)² + Σo² = 12000/9 + 6.6
  //   y: 30 (5/3)² + 20 (5/3)² + 10 (25/3)² + Σo² = 7500/9 + 6.6
  // (Σo² = 6 cycles × 2 (0.01 + 0.04 + 0.09 + 0.16 + 0.25) = 6.6)
  //   spend: 50 × 7.5² + 10 × 37.5² = 16875
  // so sd = sqrt(SS / 59), and persona C sits at z = (0 − 10/3)/sd_x, (10 − 5/3)/sd_y,
  // (50 − 12.5)/sd_spend = −0.6995, 2.2086, 2.2174: spend first, then y, then x.
  const double sd_x = std::sqrt((12000.0 / 9 + 6.6) / 59);
  const double sd_y = std::sqrt((7500.0 / 9 + 6.6) / 59);
  const double sd_spend = std::sqrt(16875.0 / 59);
  const auto& c = got.personas[2].distinguishing_features;
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].column, "spend");
  EXPECT_NEAR(c[0].z, 37.5 / sd_spend, 1e-12);
  EXPECT_EQ(c[0].direction, "higher");
  EXPECT_EQ(c[1].column, "y");
  EXPECT_NEAR(c[1].z, (10 - 5.0 / 3) / sd_y, 1e-12);
  EXPECT_EQ(c[2].column, "x");
  EXPECT_NEAR(c[2].z, -(10.0 / 3) / sd_x, 1e-12);
  EXPECT_EQ(c[2].direction, "lower");
  // Persona B: x (10 − 10/3)/sd_x = 1.40 leads.
  EXPECT_EQ(got.personas[1].distinguishing_features[0].column, "x");
  EXPECT_NEAR(got.personas[1].distinguishing_features[0].z, (20.0 / 3) / sd_x, 1e-12);
}

TEST(PersonasTest, samples_the_silhouette_on_large_tables_and_says_so) {
  const std::vector<double> values = blobs(2520);
  const auto got = cxs::find_personas({kColumns, values}).value();
  EXPECT_TRUE(got.silhouette_sampled);
  EXPECT_EQ(got.silhouette_rows, 2000u);
  EXPECT_EQ(got.k, 3u);
  for (std::size_t i = 0; i < 2520; ++i) ASSERT_EQ(got.membership[i], blob_of_row(i)) << i;
}

// R (iris_reference.R): mean silhouette of kmeans(scale(iris[, 1:4]), k, nstart = 100) is
// 0.5818 for k = 2 and 0.4599 for k = 3, the k = 2 partition being R's best; higher k score
// lower, so k = 2 is chosen. Tolerances: floating-point summation order (R gives 15 digits).
TEST(PersonasTest, iris_silhouettes_and_choice_of_k_match_r) {
  const std::vector<double> values = cxs_test::iris_measurements();
  const std::vector<std::string> columns = {"sepal_length", "sepal_width", "petal_length",
                                            "petal_width"};
  const auto got = cxs::find_personas({columns, values}).value();
  const auto reference = cxs_test::read_numeric_csv("iris_kmeans.csv");
  ASSERT_EQ(got.tried.size(), 5u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(got.tried[i].k, i + 2);
    EXPECT_NEAR(got.tried[i].within_ss, reference[i][1], 1e-9);
    EXPECT_NEAR(got.tried[i].silhouette, reference[i][2], 1e-12);
  }
  EXPECT_EQ(got.k, 2u);
  EXPECT_EQ(got.personas[0].size, 100u);
  EXPECT_EQ(got.personas[1].size, 50u);
  EXPECT_EQ(got.personas[1].distinguishing_features[0].direction, "lower");
}

TEST(PersonasTest, edge_tables_give_errors_not_nan) {
  const std::vector<std::string> one = {"x"};
  const std::vector<double> two_rows = {1, 2};
  EXPECT_EQ(cxs::find_personas({one, two_rows}).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<double> constant = {4, 4, 4, 4};
  EXPECT_EQ(cxs::find_personas({one, constant}).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<double> infinite = {1, 2, std::numeric_limits<double>::infinity()};
  EXPECT_EQ(cxs::find_personas({one, infinite}).error().code, cxs::ErrorCode::invalid_input);
  const std::vector<std::string> pair = {"x", "y"};
  const std::vector<double> ragged = {1, 2, 3};
  EXPECT_EQ(cxs::find_personas({pair, ragged}).error().code, cxs::ErrorCode::invalid_input);
  // Two distinct customers among four rows: k = 2 works, k = 3 cannot and is not tried.
  const std::vector<double> two_kinds = {1, 1, 5, 5};
  const auto got = cxs::find_personas({one, two_kinds}).value();
  EXPECT_EQ(got.k, 2u);
  EXPECT_EQ(got.tried.size(), 1u);
  EXPECT_DOUBLE_EQ(got.tried[0].silhouette, 1.0);  // a = 0, b = 4 for every row: s = 1
}

}  // namespace
