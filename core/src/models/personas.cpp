// Personas from k-means over standardised features; see personas.hpp.
#include "cxs/personas.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace cxs {
namespace {

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

Result<Personas> find_personas(const FeatureTable& table, const PersonaOptions& options) {
  const std::size_t width = table.columns.size();
  if (width == 0 || table.values.size() % width != 0) {
    return Error{ErrorCode::invalid_input, Message("model.personas.ragged_features")};
  }
  const std::size_t rows = table.values.size() / width;
  if (rows < 3)
    return Error{ErrorCode::too_few_rows, Message("model.personas.too_few").count("min", 3)};
  for (const double value : table.values) {
    if (std::isinf(value))
      return Error{ErrorCode::invalid_input, Message("model.personas.infinite_feature")};
  }

  Personas out;
  // Impute, then keep the columns that vary; original-unit values stay for the centroids.
  std::vector<std::size_t> kept;
  std::vector<std::vector<double>> original;  // per kept column
  std::vector<double> means, sds;
  for (std::size_t c = 0; c < width; ++c) {
    std::vector<double> column(rows);
    std::vector<double> observed;
    for (std::size_t r = 0; r < rows; ++r) {
      column[r] = table.values[r * width + c];
      if (!std::isnan(column[r])) observed.push_back(column[r]);
    }
    if (observed.empty()) {
      out.dropped_columns.push_back({table.columns[c], "all_missing"});
      continue;
    }
    if (observed.size() < rows) {
      const double median = median_of(observed);
      for (double& value : column) {
        if (std::isnan(value)) value = median;
      }
      out.imputed.push_back({table.columns[c], rows - observed.size(), median});
    }
    const double mean =
        std::accumulate(column.begin(), column.end(), 0.0) / static_cast<double>(rows);
    double squares = 0;
    for (const double value : column) squares += (value - mean) * (value - mean);
    const double sd = std::sqrt(squares / static_cast<double>(rows - 1));
    if (!(sd > 0)) {
      out.dropped_columns.push_back({table.columns[c], "constant"});
      continue;
    }
    kept.push_back(c);
    out.columns.push_back(table.columns[c]);
    original.push_back(std::move(column));
    means.push_back(mean);
    sds.push_back(sd);
  }
  if (kept.empty()) return Error{ErrorCode::too_few_rows, Message("model.personas.no_variation")};

  const std::size_t dims = kept.size();
  std::vector<double> z(rows * dims);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t j = 0; j < dims; ++j) z[r * dims + j] = (original[j][r] - means[j]) / sds[j];
  }
  const PointSet points{z, dims};

  // A systematic sample (every (rows / m)-th row) keeps the silhouette's O(m²) cost bounded and
  // needs no random numbers; the same rows serve every k.
  const std::size_t sample_size =
      std::min(rows, std::max<std::size_t>(3, options.silhouette_sample));
  std::vector<std::size_t> sample(sample_size);
  for (std::size_t i = 0; i < sample_size; ++i) sample[i] = i * rows / sample_size;
  std::vector<double> sample_values;
  sample_values.reserve(sample_size * dims);
  for (const std::size_t r : sample) {
    sample_values.insert(sample_values.end(), z.begin() + static_cast<std::ptrdiff_t>(r * dims),
                         z.begin() + static_cast<std::ptrdiff_t>((r + 1) * dims));
  }
  const PointSet sample_points{sample_values, dims};
  out.silhouette_rows = sample_size;
  out.silhouette_sampled = sample_size < rows;

  std::optional<KMeansFit> chosen;
  double chosen_silhouette = 0;
  const std::size_t k_max = std::min(options.k_max, rows - 1);
  for (std::size_t k = 2; k <= k_max; ++k) {
    auto fit = kmeans(points, k, options.kmeans);
    if (!fit) break;  // fewer distinct customers than k: larger k cannot do better
    std::vector<std::size_t> sample_labels;
    for (const std::size_t r : sample) sample_labels.push_back(fit.value().labels[r]);
    // A sample that misses all but one cluster says nothing of the separation: score it 0.
    const auto silhouette = mean_silhouette(sample_points, sample_labels);
    const double width_k = silhouette ? silhouette.value() : 0.0;
    out.tried.push_back({k, width_k, fit.value().within_ss});
    if (!chosen || width_k > chosen_silhouette) {
      chosen = std::move(fit).value();
      chosen_silhouette = width_k;
    }
  }
  if (!chosen) return Error{ErrorCode::too_few_rows, Message("model.personas.too_few_distinct")};

  // Order clusters by size, largest first, ties by the first row they hold.
  const std::size_t k = chosen->k;
  std::vector<std::size_t> first_row(k, rows);
  for (std::size_t r = rows; r-- > 0;) first_row[chosen->labels[r]] = r;
  std::vector<std::size_t> order(k);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (chosen->sizes[a] != chosen->sizes[b]) return chosen->sizes[a] > chosen->sizes[b];
    return first_row[a] < first_row[b];
  });
  std::vector<std::size_t> persona_of_cluster(k);
  for (std::size_t p = 0; p < k; ++p) persona_of_cluster[order[p]] = p;

  out.k = k;
  out.membership.resize(rows);
  for (std::size_t r = 0; r < rows; ++r) out.membership[r] = persona_of_cluster[chosen->labels[r]];
  out.personas.resize(k);
  for (std::size_t p = 0; p < k; ++p) {
    Persona& persona = out.personas[p];
    persona.size = chosen->sizes[order[p]];
    persona.share = static_cast<double>(persona.size) / static_cast<double>(rows);
    persona.centroid.assign(dims, 0.0);
    persona.centroid_z.assign(dims, 0.0);
  }
  for (std::size_t r = 0; r < rows; ++r) {
    Persona& persona = out.personas[out.membership[r]];
    for (std::size_t j = 0; j < dims; ++j) {
      persona.centroid[j] += original[j][r];
      persona.centroid_z[j] += z[r * dims + j];
    }
  }
  for (Persona& persona : out.personas) {
    const auto size = static_cast<double>(persona.size);
    for (std::size_t j = 0; j < dims; ++j) {
      persona.centroid[j] /= size;
      persona.centroid_z[j] /= size;  // the overall mean of a z-scored column is 0
    }
    std::vector<std::size_t> ranked(dims);
    std::iota(ranked.begin(), ranked.end(), std::size_t{0});
    std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
      return std::abs(persona.centroid_z[a]) > std::abs(persona.centroid_z[b]);
    });
    for (std::size_t i = 0; i < std::min<std::size_t>(3, dims); ++i) {
      const std::size_t j = ranked[i];
      persona.distinguishing_features.push_back(
          {out.columns[j], persona.centroid_z[j], persona.centroid_z[j] >= 0 ? "higher" : "lower"});
    }
  }
  return out;
}

}  // namespace cxs
