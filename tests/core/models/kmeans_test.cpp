// k-means and silhouette widths: hand-computed silhouettes, and R's kmeans and
// cluster::silhouette on iris (tests/data/personas/iris_reference.R).
#include "cxs/kmeans.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "support/iris_fixture.hpp"

namespace {

using cxs::PointSet;

// Points 0, 1, 4, 5 on a line in clusters {0, 1} and {4, 5}:
//   s(0): a = 1, b = (4 + 5)/2 = 4.5, s = 1 − 1/4.5 = 7/9
//   s(1): a = 1, b = (3 + 4)/2 = 3.5, s = 1 − 1/3.5 = 5/7; s(4) = 5/7 and s(5) = 7/9 by symmetry
//   mean = (7/9 + 5/7) / 2 = 47/63 = 0.746032
TEST(KMeansTest, silhouette_of_two_pairs_matches_the_hand_computation) {
  const std::vector<double> x = {0, 1, 4, 5};
  const std::vector<std::size_t> labels = {0, 0, 1, 1};
  const auto widths = cxs::silhouette_widths(PointSet{x, 1}, labels).value();
  EXPECT_DOUBLE_EQ(widths[0], 7.0 / 9);
  EXPECT_DOUBLE_EQ(widths[1], 5.0 / 7);
  EXPECT_DOUBLE_EQ(widths[2], 5.0 / 7);
  EXPECT_DOUBLE_EQ(widths[3], 7.0 / 9);
  EXPECT_DOUBLE_EQ(cxs::mean_silhouette(PointSet{x, 1}, labels).value(), 47.0 / 63);
}

// Points 0, 1, 10 in {0, 1} and {10}: s(0) = 1 − 1/10 = 0.9, s(1) = 1 − 1/9 = 8/9, and the
// singleton scores 0 (Rousseeuw 1987); mean (0.9 + 8/9) / 3 = 0.596296.
TEST(KMeansTest, a_singleton_cluster_has_silhouette_zero) {
  const std::vector<double> x = {0, 1, 10};
  const std::vector<std::size_t> labels = {0, 0, 1};
  const auto widths = cxs::silhouette_widths(PointSet{x, 1}, labels).value();
  EXPECT_DOUBLE_EQ(widths[0], 0.9);
  EXPECT_DOUBLE_EQ(widths[1], 8.0 / 9);
  EXPECT_EQ(widths[2], 0.0);
  EXPECT_DOUBLE_EQ(cxs::mean_silhouette(PointSet{x, 1}, labels).value(), (0.9 + 8.0 / 9) / 3);
}

TEST(KMeansTest, silhouette_needs_two_clusters) {
  const std::vector<double> x = {0, 1, 2};
  const std::vector<std::size_t> one = {0, 0, 0};
  EXPECT_EQ(cxs::mean_silhouette(PointSet{x, 1}, one).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<double> same = {3, 3, 3, 3};
  const std::vector<std::size_t> two = {0, 0, 1, 1};
  EXPECT_EQ(cxs::mean_silhouette(PointSet{same, 1}, two).value(), 0.0);  // a = b = 0, no NaN
}

// cluster::silhouette(species, dist(scale(iris[, 1:4]))), printed to 15 significant digits.
TEST(KMeansTest, silhouette_widths_match_r_cluster_on_iris_species) {
  const auto features = cxs_test::read_numeric_csv("iris_features.csv");
  const auto reference = cxs_test::read_numeric_csv("iris_species_silhouette.csv");
  ASSERT_EQ(features.size(), 150u);
  ASSERT_EQ(reference.size(), 150u);
  const std::vector<double> z = cxs_test::scaled(cxs_test::iris_measurements(), 4);
  std::vector<std::size_t> species;
  for (const auto& row : features) species.push_back(static_cast<std::size_t>(row[4]));
  const auto widths = cxs::silhouette_widths(PointSet{z, 4}, species).value();
  for (std::size_t i = 0; i < 150; ++i) EXPECT_NEAR(widths[i], reference[i][0], 1e-13) << i;
}

// R: kmeans(scale(iris[, 1:4]), k, nstart = 100), best tot.withinss for k = 2..6, and its
// clusters for k = 2 and 3. For k = 2 and 3 the optimum is found from any reasonable start, so
// ours must equal it and put the same rows together. The tolerance is floating-point summation
// order on a sum near 200 (R prints 15 significant digits).
TEST(KMeansTest, reaches_r_kmeans_optimum_on_scaled_iris) {
  const std::vector<double> z = cxs_test::scaled(cxs_test::iris_measurements(), 4);
  const auto reference = cxs_test::read_numeric_csv("iris_kmeans.csv");  // k, withinss, sil
  const auto r_labels = cxs_test::read_numeric_csv("iris_kmeans_labels.csv");
  for (std::size_t k = 2; k <= 3; ++k) {
    const auto fit = cxs::kmeans(PointSet{z, 4}, k).value();
    EXPECT_TRUE(fit.converged);
    EXPECT_NEAR(fit.within_ss, reference[k - 2][1], 1e-9) << k;
    std::vector<double> r_k;
    for (const auto& row : r_labels) r_k.push_back(row[k - 2]);
    EXPECT_TRUE(cxs_test::same_partition(fit.labels, r_k)) << k;
  }
}

// For k = 4 and 5 Lloyd's iterations have poorer local optima on iris (10 restarts stop at
// 113.54 and 90.44), but 50 k-means++ restarts reach R's best of 100 Hartigan-Wong starts.
TEST(KMeansTest, more_restarts_reach_r_kmeans_optimum_for_k_4_and_5) {
  const std::vector<double> z = cxs_test::scaled(cxs_test::iris_measurements(), 4);
  const auto reference = cxs_test::read_numeric_csv("iris_kmeans.csv");
  for (std::size_t k = 4; k <= 5; ++k) {
    const auto fit = cxs::kmeans(PointSet{z, 4}, k, {.restarts = 50}).value();
    EXPECT_NEAR(fit.within_ss, reference[k - 2][1], 1e-9) << k;
  }
}

TEST(KMeansTest, objective_never_increases_across_lloyd_iterations) {
  const std::vector<double> z = cxs_test::scaled(cxs_test::iris_measurements(), 4);
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto fit = cxs::kmeans(PointSet{z, 4}, 5, {.restarts = 1, .seed = seed}).value();
    ASSERT_FALSE(fit.within_ss_trace.empty());
    for (std::size_t i = 1; i < fit.within_ss_trace.size(); ++i) {
      EXPECT_LE(fit.within_ss_trace[i], fit.within_ss_trace[i - 1]) << seed << " " << i;
    }
    EXPECT_DOUBLE_EQ(fit.within_ss_trace.back(), fit.within_ss);
  }
}

TEST(KMeansTest, same_seed_gives_the_same_fit) {
  const std::vector<double> z = cxs_test::scaled(cxs_test::iris_measurements(), 4);
  const auto a = cxs::kmeans(PointSet{z, 4}, 4, {.seed = 7}).value();
  const auto b = cxs::kmeans(PointSet{z, 4}, 4, {.seed = 7}).value();
  EXPECT_EQ(a.labels, b.labels);
  EXPECT_EQ(a.within_ss, b.within_ss);
}

TEST(KMeansTest, fewer_distinct_points_than_clusters_is_an_error) {
  const std::vector<double> x = {1, 1, 2, 2};
  EXPECT_EQ(cxs::kmeans(PointSet{x, 1}, 3).error().code, cxs::ErrorCode::too_few_rows);
  EXPECT_EQ(cxs::kmeans(PointSet{x, 1}, 0).error().code, cxs::ErrorCode::too_few_rows);
  const auto two = cxs::kmeans(PointSet{x, 1}, 2).value();
  EXPECT_EQ(two.within_ss, 0.0);
}

}  // namespace
