// Reads the iris fixture of tests/data/personas (written by iris_reference.R) for the k-means
// and persona tests.
#pragma once

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cxs_test {

/// Rows of a small numeric CSV with a header line; quotes around header names are ignored.
inline std::vector<std::vector<double>> read_numeric_csv(const std::string& name) {
  std::ifstream in(std::string(CXS_TEST_DATA) + "/personas/" + name);
  std::vector<std::vector<double>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<double> row;
    std::stringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ',')) row.push_back(std::stod(cell));
    rows.push_back(row);
  }
  return rows;
}

/// The four iris measurements, row-major (150 × 4).
inline std::vector<double> iris_measurements() {
  std::vector<double> values;
  for (const auto& row : read_numeric_csv("iris_features.csv")) {
    values.insert(values.end(), row.begin(), row.begin() + 4);
  }
  return values;
}

/// Column z-scores with the n − 1 standard deviation, as R's scale().
inline std::vector<double> scaled(const std::vector<double>& values, std::size_t dims) {
  const std::size_t n = values.size() / dims;
  std::vector<double> out(values.size());
  for (std::size_t j = 0; j < dims; ++j) {
    double mean = 0;
    for (std::size_t i = 0; i < n; ++i) mean += values[i * dims + j];
    mean /= static_cast<double>(n);
    double squares = 0;
    for (std::size_t i = 0; i < n; ++i) squares += std::pow(values[i * dims + j] - mean, 2);
    const double sd = std::sqrt(squares / static_cast<double>(n - 1));
    for (std::size_t i = 0; i < n; ++i) out[i * dims + j] = (values[i * dims + j] - mean) / sd;
  }
  return out;
}

/// True when two labellings put the same rows together (equal up to renaming the clusters).
template <typename A, typename B>
bool same_partition(const std::vector<A>& a, const std::vector<B>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = i + 1; j < a.size(); ++j) {
      if ((a[i] == a[j]) != (b[i] == b[j])) return false;
    }
  }
  return true;
}

}  // namespace cxs_test
