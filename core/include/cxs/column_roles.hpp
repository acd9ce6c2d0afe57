// Column roles: which column of a source holds what, each decision with its confidence.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cxs {

enum class Role {
  score_nps,  ///< the 0–10 "how likely are you to recommend" answer
};

/// Spelling of a Role in the report's mapping.
const char* to_string(Role role);

struct ColumnRole {
  std::size_t index = 0;  ///< 0-based column position
  std::string header;
  Role role = Role::score_nps;
  double confidence = 0;  ///< 0..1: header evidence times the share of sample values that fit
  std::string evidence;   ///< why, in a few words, for the mapping view
};

struct SourceMapping {
  std::vector<ColumnRole> columns;  ///< only the columns that were given a role
  /// The column given `role`, if any.
  std::optional<ColumnRole> find(Role role) const;
};

/// Decides column roles from the header row and a sample of data rows (the first rows of
/// the file). A column becomes score_nps when its header reads like the NPS question, in
/// English or Japanese, and at least half of its non-blank sample cells are 0–10 answers.
SourceMapping detect_column_roles(std::span<const std::string> header,
                                  std::span<const std::vector<std::string>> sample);

}  // namespace cxs
