// Data-driven personas: k-means clusters of standardised customer features, k chosen by the
// mean silhouette, each cluster described by the features that set it apart.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cxs/kmeans.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// Customer features, one row per customer, row-major: values[row × columns.size() + column].
/// NaN marks a missing value.
struct FeatureTable {
  std::span<const std::string> columns;
  std::span<const double> values;
};

struct PersonaOptions {
  std::size_t k_max = 6;  ///< k is tried from 2 to min(k_max, rows − 1)
  KMeansOptions kmeans;
  /// Above this many rows the silhouette is computed on a seeded random sample of this size
  /// (its cost grows with the square of the rows); k-means always uses every row.
  std::size_t silhouette_sample = 2000;
};

struct ImputedColumn {
  std::string column;
  std::uint64_t missing = 0;  ///< values filled in
  double median = 0;          ///< the observed median they were filled with
};

struct DroppedColumn {
  std::string column;
  std::string reason;  ///< "constant" or "all_missing"
};

struct KTried {
  std::size_t k = 0;
  double silhouette = 0;  ///< mean silhouette width (on the sample when sampled)
  double within_ss = 0;   ///< k-means objective in standardised units
};

struct DistinguishingFeature {
  std::string column;
  double z = 0;           ///< persona mean − overall mean, in standard deviations
  std::string direction;  ///< "higher" or "lower" than the overall mean
};

struct Persona {
  std::uint64_t size = 0;
  double share = 0;                ///< size / rows, 0..1
  std::vector<double> centroid;    ///< mean of each used column, original units
  std::vector<double> centroid_z;  ///< the same in standard deviations from the overall mean
  std::vector<DistinguishingFeature> distinguishing_features;  ///< top 3 by |z|
};

struct Personas {
  std::size_t k = 0;
  std::vector<std::string> columns;  ///< the columns used, in input order
  std::vector<DroppedColumn> dropped_columns;
  std::vector<ImputedColumn> imputed;  ///< missing values filled with the column median
  std::vector<KTried> tried;
  std::size_t silhouette_rows = 0;      ///< rows the silhouette was computed on
  bool silhouette_sampled = false;      ///< true when silhouette_rows < rows
  std::vector<Persona> personas;        ///< largest first
  std::vector<std::size_t> membership;  ///< persona index of each row
};

/// Missing values take their column's median (of the observed values); columns are then
/// z-scored with the sample standard deviation (n − 1, as R's scale()), and constant or
/// all-missing columns are dropped. k-means (see kmeans.hpp) runs for each k in 2..k_max and k
/// is the one with the highest mean silhouette (Rousseeuw 1987; ties to the smaller k).
/// Personas are ordered by size, largest first (ties: the one holding the earlier row first).
/// Fails with too_few_rows below 3 rows or when no column varies, and with invalid_input for
/// an infinite value or a table whose size is not a multiple of its columns.
Result<Personas> find_personas(const FeatureTable& table, const PersonaOptions& options = {});

}  // namespace cxs
