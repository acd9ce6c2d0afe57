// Reads a reference CSV written by an R script under tests/data (no quoting, "NA" for missing).
#pragma once

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace cxs::test {

using ReferenceRow = std::map<std::string, std::string>;

inline std::vector<ReferenceRow> read_reference_table(const std::string& path) {
  std::ifstream in(path);
  std::vector<ReferenceRow> rows;
  std::string line, cell;
  std::vector<std::string> header;
  if (!std::getline(in, line)) return rows;
  for (std::stringstream cells(line); std::getline(cells, cell, ',');) header.push_back(cell);
  while (std::getline(in, line)) {
    ReferenceRow row;
    std::stringstream cells(line);
    for (const auto& name : header) {
      std::getline(cells, cell, ',');
      row[name] = cell;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

/// A numeric cell, or nothing for R's NA.
inline std::optional<double> number_or_na(const std::string& cell) {
  if (cell == "NA") return std::nullopt;
  return std::stod(cell);
}

}  // namespace cxs::test
