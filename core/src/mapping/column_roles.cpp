// Header-name and value evidence for column roles.
#include "cxs/column_roles.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "cxs/score_cell.hpp"

namespace cxs {
namespace {

/// ASCII-lowercases and turns every run of ASCII punctuation or space into one space, so
/// "Likelihood_to_Recommend" and "likelihood to recommend" compare equal. Bytes ≥ 0x80
/// (Japanese text) pass through unchanged.
std::string normalise_header(std::string_view header) {
  std::string out;
  bool pending_space = false;
  for (const char raw : header) {
    const auto c = static_cast<unsigned char>(raw);
    const bool word_byte =
        c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word_byte) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return out;
}

bool has_word(std::string_view text, std::string_view word) {
  std::size_t at = 0;
  while ((at = text.find(word, at)) != std::string_view::npos) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const bool ends = at + word.size() == text.size() || text[at + word.size()] == ' ';
    if (starts && ends) return true;
    at += 1;
  }
  return false;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

/// How strongly a header names the NPS question (0 = not at all), with the reason.
std::pair<double, const char*> nps_header_strength(std::string_view header) {
  const std::string h = normalise_header(header);
  // Follow-up and derived columns: "NPS comment", "Why did you give...", Qualtrics NPS_Group.
  for (const std::string_view word : {"comment", "comments", "reason", "why", "group", "category",
                                      "segment", "type", "date", "id"}) {
    if (has_word(h, word)) return {0.0, ""};
  }
  for (const std::string_view part : {"理由", "コメント", "ご意見"}) {
    if (contains(h, part)) return {0.0, ""};
  }
  if (has_word(h, "nps") || contains(h, "net promoter")) return {0.95, "header names NPS"};
  if ((contains(h, "likely") || contains(h, "likelihood")) && contains(h, "recommend")) {
    return {0.95, "header asks how likely to recommend"};
  }
  if (has_word(h, "ltr")) return {0.8, "header abbreviates likelihood to recommend"};
  // 「友人や同僚に勧める可能性」「おすすめ度」「推奨度」
  for (const std::string_view part : {"勧め", "薦め", "すすめ", "推奨"}) {
    if (contains(h, part)) return {0.9, "header asks about recommending (ja)"};
  }
  if (contains(h, "recommend")) return {0.6, "header mentions recommending"};
  return {0.0, ""};
}

}  // namespace

const char* to_string(Role role) {
  switch (role) {
    case Role::score_nps:
      return "score_nps";
  }
  return "unknown";
}

std::optional<ColumnRole> SourceMapping::find(Role role) const {
  for (const ColumnRole& column : columns) {
    if (column.role == role) return column;
  }
  return std::nullopt;
}

SourceMapping detect_column_roles(std::span<const std::string> header,
                                  std::span<const std::vector<std::string>> sample) {
  std::optional<ColumnRole> best;
  for (std::size_t index = 0; index < header.size(); ++index) {
    const auto [strength, reason] = nps_header_strength(header[index]);
    if (strength == 0.0) continue;
    std::size_t seen = 0;
    std::size_t fitting = 0;
    for (const std::vector<std::string>& row : sample) {
      if (index >= row.size()) continue;
      const ScoreCell cell = read_score_cell(row[index], 0, 10);
      if (cell.kind == ScoreCell::Kind::missing) continue;
      ++seen;
      if (cell.kind == ScoreCell::Kind::valid) ++fitting;
    }
    const double share = seen == 0 ? 1.0 : static_cast<double>(fitting) / static_cast<double>(seen);
    if (share < 0.5) continue;
    const double confidence = strength * (0.5 + 0.5 * share);
    if (!best || confidence > best->confidence) {
      best = ColumnRole{
          index, header[index], Role::score_nps, confidence,
          std::string(reason) + (seen == 0 ? "; no sample values" : "; sample values fit 0-10")};
    }
  }
  SourceMapping mapping;
  if (best) mapping.columns.push_back(*best);
  return mapping;
}

}  // namespace cxs
