// Score cells as survey tools write them: "9", " 9 ", "10 - Extremely likely", "９".
#pragma once

#include <string_view>

namespace cxs {

struct ScoreCell {
  enum class Kind { missing, valid, invalid };
  Kind kind = Kind::missing;
  int value = 0;  ///< meaningful when kind == valid
};

/// Reads one cell of an integer scale [low, high]. Blank (or whitespace) is missing, not an
/// error. A leading whole number may carry a label after a dash, colon or parenthesis, as
/// tools export "0 - Not at all likely"; "9.0" is 9. Everything else ("N/A", "7.5", "11",
/// "abc") is invalid. ASCII and full-width digits are both accepted.
ScoreCell read_score_cell(std::string_view cell, int low, int high);

}  // namespace cxs
