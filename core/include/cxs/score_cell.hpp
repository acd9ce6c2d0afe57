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

struct LabelScale;

/// A CSAT answer: a 1–5 rating, a label on that scale, or a binary good/bad rating (as
/// Zendesk exports it). `satisfied` is top-2-box (4 or 5) or "good".
struct CsatCell {
  ScoreCell::Kind kind = ScoreCell::Kind::missing;
  int value = 0;  ///< 1..5 (1..7 on a seven-point label scale), or 0 for a binary rating
  bool satisfied = false;
};

/// Reads one CSAT cell: a 1–5 number, good / bad, or a label on `scale` (the column's scale,
/// see label_scales.hpp; `value` is then the point, 1..scale size, and `satisfied` its top two).
/// Without a scale, a label is read on the first shipped scale that knows it (Satisfied 4 of
/// Very dissatisfied … Very satisfied; 満足 4 of 非常に不満 … 非常に満足). "offered" and
/// "unoffered" (a rating asked for but not given) are missing. Anything else is invalid.
CsatCell read_csat_cell(std::string_view cell, const LabelScale* scale = nullptr);

/// Reads one customer-effort cell: a 1–7 number, or a label on `scale` (the column's
/// agreement scale, label_scales.hpp: "Strongly agree" is 5 of 5 or 7 of 7).
ScoreCell read_ces_cell(std::string_view cell, const LabelScale* scale = nullptr);

}  // namespace cxs
