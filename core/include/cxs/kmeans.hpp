// k-means clustering (k-means++ seeding, Lloyd iterations) and the silhouette coefficient, the
// building blocks of data-driven personas.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// Points as one row-major array: point i is points[i × dims, (i + 1) × dims).
struct PointSet {
  std::span<const double> values;
  std::size_t dims = 0;
  std::size_t size() const { return dims == 0 ? 0 : values.size() / dims; }
};

struct KMeansOptions {
  std::size_t restarts = 10;         ///< independent seedings; the lowest within_ss wins
  std::size_t max_iterations = 300;  ///< Lloyd iterations per restart
  std::uint64_t seed = 1;            ///< the same seed gives the same answer on every platform
};

struct KMeansFit {
  std::size_t k = 0;
  std::vector<double> centroids;    ///< k × dims, row-major
  std::vector<std::size_t> labels;  ///< cluster of each point, 0..k−1
  std::vector<std::size_t> sizes;   ///< points per cluster
  double within_ss = 0;             ///< Σ squared distance of each point to its centroid
  /// within_ss after each Lloyd iteration of the winning restart; never increases.
  std::vector<double> within_ss_trace;
  std::size_t iterations = 0;  ///< of the winning restart
  bool converged = false;      ///< the winning restart reached a fixed assignment
};

/// Lloyd's algorithm (Lloyd 1982) from k-means++ seeds (Arthur & Vassilvitskii 2007): the first
/// centre uniform, each next one drawn with probability ∝ squared distance to the nearest centre
/// so far. The random numbers come from splitmix64 (Steele, Lea & Flood 2014) seeded by
/// options.seed and the restart number, not from <random> distributions, whose output differs
/// between standard libraries. Ties in assignment go to the lower cluster index. Fails with
/// too_few_rows when the points hold fewer than k distinct values, or k is 0.
Result<KMeansFit> kmeans(const PointSet& points, std::size_t k, const KMeansOptions& options = {});

/// Mean silhouette width (Rousseeuw 1987) of a labelled point set under Euclidean distance:
/// s(i) = (b − a) / max(a, b), a the mean distance to the rest of i's cluster, b the smallest
/// mean distance to another cluster; s(i) = 0 in a singleton cluster (as cluster::silhouette).
/// Labels must be 0..k−1 with at least two distinct labels, else too_few_rows.
Result<double> mean_silhouette(const PointSet& points, std::span<const std::size_t> labels);

/// The per-point silhouette widths behind mean_silhouette, in point order.
Result<std::vector<double>> silhouette_widths(const PointSet& points,
                                              std::span<const std::size_t> labels);

}  // namespace cxs
