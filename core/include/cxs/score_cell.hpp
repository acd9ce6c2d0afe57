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

namespace cxs {

/// A CSAT answer: a 1–5 rating, a label on that scale, or a binary good/bad rating (as
/// Zendesk exports it). `satisfied` is top-2-box (4 or 5) or "good".
struct CsatCell {
  ScoreCell::Kind kind = ScoreCell::Kind::missing;
  int value = 0;  ///< 1..5, or 0 for a binary rating
  bool satisfied = false;
};

/// Reads one CSAT cell. Labels (case-insensitive, en and ja): Very satisfied 5, Satisfied 4,
/// Neither satisfied nor dissatisfied / Neutral 3, Dissatisfied 2, Very dissatisfied 1;
/// 非常に満足 / とても満足 5, 満足 / やや満足 4, どちらでもない / 普通 3, 不満 / やや不満 2,
/// 非常に不満 / とても不満 1; good / bad. "offered" and "unoffered" (a rating asked for but not
/// given) are missing. Anything else is invalid.
CsatCell read_csat_cell(std::string_view cell);

}  // namespace cxs
