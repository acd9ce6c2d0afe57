// Tolerant reading of integer score cells; anything ambiguous is invalid, never guessed.
#include "cxs/score_cell.hpp"

#include <string>
#include <string_view>

#include "cxs/detail/ascii.hpp"
#include "cxs/detail/utf8.hpp"
#include "cxs/label_scales.hpp"

namespace cxs {
namespace {

constexpr auto trim = [](std::string_view text) {
  return detail::trim_blanks_and_ideographic_spaces(text);
};

/// Reads one ASCII or full-width (U+FF10..U+FF19, EF BC 90..99) digit at the front of text.
bool take_digit(std::string_view& text, int& digit) {
  if (!text.empty() && text[0] >= '0' && text[0] <= '9') {
    digit = text[0] - '0';
    text.remove_prefix(1);
    return true;
  }
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBC) {
    const auto third = static_cast<unsigned char>(text[2]);
    if (third >= 0x90 && third <= 0x99) {
      digit = third - 0x90;
      text.remove_prefix(3);
      return true;
    }
  }
  return false;
}

/// True when what follows the number is a label ("- Extremely likely") or a zero fraction.
bool is_label_or_zero_fraction(std::string_view rest) {
  if (rest.empty()) return true;
  if (rest[0] == '.') {
    rest.remove_prefix(1);
    if (rest.empty()) return false;
    for (const char c : rest) {
      if (c != '0') return false;
    }
    return true;
  }
  const std::string_view after = trim(rest);
  // "10（非常にすすめたい）", "10(Extremely likely)": a bracketed label may follow at once.
  if (rest.starts_with('(') || rest.starts_with("\xEF\xBC\x88")) return true;
  if (after.size() == rest.size()) return false;  // "10abc": no separator after the number
  if (after.empty()) return true;
  return after[0] == '-' || after[0] == ':' || after[0] == '(' || after[0] == '=' ||
         after.starts_with("\xE2\x80\x93") ||  // en dash
         after.starts_with("\xEF\xBC\x88") ||  // full-width （, as Japanese tools label extremes
         after.starts_with("\xEF\xBC\x9A");    // full-width ：
}

}  // namespace

CsatCell read_csat_cell(std::string_view cell, const LabelScale* scale) {
  const std::string_view text = trim(cell);
  if (text.empty()) return {};
  const ScoreCell number = read_score_cell(text, 1, 5);
  if (number.kind == ScoreCell::Kind::valid) {
    return {ScoreCell::Kind::valid, number.value, number.value >= 4};
  }
  if (is_unanswered_rating(text)) return {};
  if (scale == nullptr) {
    // No column to choose from: the first shipped scale that reads this one answer.
    const std::string_view one[] = {text};
    const auto choice = choose_scale(one, satisfaction_scales());
    if (choice) scale = choice->scale;
  }
  if (scale != nullptr) {
    // A binary rating (good / bad) has no points to average: its value is 0, as before scales.
    if (const auto point = scale->point_of(text))
      return {ScoreCell::Kind::valid, scale->size() == 2 ? 0 : *point, scale->is_satisfied(*point)};
  }
  return {ScoreCell::Kind::invalid, 0, false};
}

ScoreCell read_ces_cell(std::string_view cell, const LabelScale* scale) {
  const ScoreCell number = read_score_cell(cell, 1, 7);
  if (number.kind != ScoreCell::Kind::invalid || scale == nullptr) return number;
  if (const auto point = scale->point_of(cell)) return {ScoreCell::Kind::valid, *point};
  return number;
}

ScoreCell read_score_cell(std::string_view cell, int low, int high) {
  std::string_view text = trim(cell);
  if (text.empty()) return {};
  int value = 0;
  int digits = 0;
  int digit = 0;
  while (digits < 4 && take_digit(text, digit)) {
    value = value * 10 + digit;
    ++digits;
  }
  if (digits == 0 || digits == 4 || !is_label_or_zero_fraction(text)) {
    return {ScoreCell::Kind::invalid, 0};
  }
  if (value < low || value > high) return {ScoreCell::Kind::invalid, 0};
  return {ScoreCell::Kind::valid, value};
}

}  // namespace cxs
