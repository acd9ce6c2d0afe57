// k-means++ seeded Lloyd iterations and silhouette widths; see kmeans.hpp.
#include "cxs/kmeans.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace cxs {
namespace {

// splitmix64 (Steele, Lea & Flood 2014; the constants of Vigna's reference code): a tiny
// generator whose output is the same on every platform and standard library.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform on [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

double squared_distance(std::span<const double> a, std::span<const double> b) {
  double sum = 0;
  for (std::size_t j = 0; j < a.size(); ++j) sum += (a[j] - b[j]) * (a[j] - b[j]);
  return sum;
}

std::span<const double> point(const PointSet& points, std::size_t i) {
  return points.values.subspan(i * points.dims, points.dims);
}

std::span<const double> row(const std::vector<double>& centroids, std::size_t c, std::size_t dims) {
  return std::span<const double>(centroids).subspan(c * dims, dims);
}

/// Nearest centroid, ties to the lower index.
std::size_t nearest(std::span<const double> x, const std::vector<double>& centroids, std::size_t k,
                    std::size_t dims) {
  std::size_t best = 0;
  double best_distance = std::numeric_limits<double>::infinity();
  for (std::size_t c = 0; c < k; ++c) {
    const double distance = squared_distance(x, row(centroids, c, dims));
    if (distance < best_distance) {
      best_distance = distance;
      best = c;
    }
  }
  return best;
}

/// k-means++ seeds, or empty when fewer than k distinct points exist.
std::vector<double> seed_centroids(const PointSet& points, std::size_t k, SplitMix64& random) {
  const std::size_t n = points.size();
  const std::size_t dims = points.dims;
  std::vector<double> centroids;
  const auto first =
      std::min(n - 1, static_cast<std::size_t>(random.uniform() * static_cast<double>(n)));
  centroids.insert(centroids.end(), point(points, first).begin(), point(points, first).end());
  std::vector<double> nearest_squared(n);
  for (std::size_t i = 0; i < n; ++i) {
    nearest_squared[i] = squared_distance(point(points, i), row(centroids, 0, dims));
  }
  for (std::size_t c = 1; c < k; ++c) {
    double total = 0;
    for (const double d : nearest_squared) total += d;
    if (total <= 0) return {};
    const double target = random.uniform() * total;
    std::size_t chosen = n - 1;
    double cumulative = 0;
    for (std::size_t i = 0; i < n; ++i) {
      cumulative += nearest_squared[i];
      if (nearest_squared[i] > 0 && cumulative > target) {
        chosen = i;
        break;
      }
    }
    while (nearest_squared[chosen] <= 0) --chosen;  // rounding at the very end of the sum
    centroids.insert(centroids.end(), point(points, chosen).begin(), point(points, chosen).end());
    for (std::size_t i = 0; i < n; ++i) {
      nearest_squared[i] =
          std::min(nearest_squared[i], squared_distance(point(points, i), row(centroids, c, dims)));
    }
  }
  return centroids;
}

struct Run {
  std::vector<double> centroids;
  std::vector<std::size_t> labels;
  std::vector<double> trace;
  std::size_t iterations = 0;
  bool converged = false;
};

Run lloyd(const PointSet& points, std::vector<double> centroids, std::size_t k,
          std::size_t max_iterations) {
  const std::size_t n = points.size();
  const std::size_t dims = points.dims;
  Run run;
  run.labels.resize(n);
  for (std::size_t i = 0; i < n; ++i) run.labels[i] = nearest(point(points, i), centroids, k, dims);
  for (std::size_t iteration = 1; iteration <= max_iterations; ++iteration) {
    run.iterations = iteration;
    // Update step: each centroid moves to the mean of its points.
    std::vector<double> sums(k * dims, 0.0);
    std::vector<std::size_t> counts(k, 0);
    for (std::size_t i = 0; i < n; ++i) {
      ++counts[run.labels[i]];
      for (std::size_t j = 0; j < dims; ++j) sums[run.labels[i] * dims + j] += point(points, i)[j];
    }
    for (std::size_t c = 0; c < k; ++c) {
      if (counts[c] == 0) continue;
      for (std::size_t j = 0; j < dims; ++j) {
        centroids[c * dims + j] = sums[c * dims + j] / static_cast<double>(counts[c]);
      }
    }
    double within = 0;
    std::size_t farthest = 0;
    double farthest_distance = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double d = squared_distance(point(points, i), row(centroids, run.labels[i], dims));
      within += d;
      if (d > farthest_distance) {
        farthest_distance = d;
        farthest = i;
      }
    }
    run.trace.push_back(within);
    // An emptied cluster restarts at the point worst served by its centroid, which can only
    // lower the objective at the next assignment.
    for (std::size_t c = 0; c < k; ++c) {
      if (counts[c] != 0 || farthest_distance <= 0) continue;
      std::copy_n(point(points, farthest).begin(), dims,
                  centroids.begin() + static_cast<std::ptrdiff_t>(c * dims));
      farthest_distance = 0;
    }
    // Assignment step.
    bool changed = false;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t label = nearest(point(points, i), centroids, k, dims);
      changed = changed || label != run.labels[i];
      run.labels[i] = label;
    }
    if (!changed) {
      run.converged = true;
      break;
    }
  }
  run.centroids = std::move(centroids);
  return run;
}

}  // namespace

Result<KMeansFit> kmeans(const PointSet& points, std::size_t k, const KMeansOptions& options) {
  const std::size_t n = points.size();
  if (k == 0 || n < k || points.dims == 0) {
    return Error{ErrorCode::too_few_rows, "k-means needs at least k points and one dimension."};
  }
  std::optional<Run> best;
  for (std::size_t restart = 0; restart < std::max<std::size_t>(1, options.restarts); ++restart) {
    SplitMix64 random(options.seed + 0x9e3779b97f4a7c15ULL * (restart + 1));
    std::vector<double> seeds = seed_centroids(points, k, random);
    if (seeds.empty()) {
      return Error{ErrorCode::too_few_rows, "Fewer distinct points than clusters."};
    }
    Run run = lloyd(points, std::move(seeds), k, std::max<std::size_t>(1, options.max_iterations));
    if (!best || run.trace.back() < best->trace.back()) best = std::move(run);
  }
  KMeansFit fit;
  fit.k = k;
  fit.labels = best->labels;
  fit.sizes.assign(k, 0);
  for (const std::size_t label : fit.labels) ++fit.sizes[label];
  fit.centroids = best->centroids;
  // The reported objective belongs to the final labels and their own means.
  fit.within_ss = 0;
  for (std::size_t i = 0; i < n; ++i) {
    fit.within_ss +=
        squared_distance(point(points, i), row(fit.centroids, fit.labels[i], points.dims));
  }
  fit.within_ss_trace = best->trace;
  fit.iterations = best->iterations;
  fit.converged = best->converged;
  return fit;
}

Result<std::vector<double>> silhouette_widths(const PointSet& points,
                                              std::span<const std::size_t> labels) {
  const std::size_t n = points.size();
  if (labels.size() != n || n == 0) {
    return Error{ErrorCode::too_few_rows, "The silhouette needs one label per point."};
  }
  const std::size_t k = *std::max_element(labels.begin(), labels.end()) + 1;
  std::vector<std::size_t> sizes(k, 0);
  for (const std::size_t label : labels) ++sizes[label];
  if (std::count_if(sizes.begin(), sizes.end(), [](std::size_t s) { return s > 0; }) < 2) {
    return Error{ErrorCode::too_few_rows, "The silhouette needs at least two clusters."};
  }
  std::vector<double> widths(n, 0.0);
  std::vector<double> distance_sum(k);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t own = labels[i];
    if (sizes[own] == 1) continue;  // Rousseeuw (1987): s(i) = 0 for a singleton
    std::fill(distance_sum.begin(), distance_sum.end(), 0.0);
    for (std::size_t j = 0; j < n; ++j) {
      if (j != i)
        distance_sum[labels[j]] += std::sqrt(squared_distance(point(points, i), point(points, j)));
    }
    const double a = distance_sum[own] / static_cast<double>(sizes[own] - 1);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < k; ++c) {
      if (c != own && sizes[c] > 0)
        b = std::min(b, distance_sum[c] / static_cast<double>(sizes[c]));
    }
    // Rousseeuw's three cases, which give 0 rather than 0/0 when a = b = 0.
    widths[i] = a < b ? 1 - a / b : (a > b ? b / a - 1 : 0.0);
  }
  return widths;
}

Result<double> mean_silhouette(const PointSet& points, std::span<const std::size_t> labels) {
  auto widths = silhouette_widths(points, labels);
  if (!widths) return widths.error();
  double sum = 0;
  for (const double w : widths.value()) sum += w;
  return sum / static_cast<double>(widths.value().size());
}

}  // namespace cxs
