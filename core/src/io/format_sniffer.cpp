// Content-first format detection over a sample; see format_sniffer.hpp for the rules.
#include "cxs/format_sniffer.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "cxs/detail/ascii.hpp"

namespace cxs {
namespace {

bool ends_with_ci(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = text[text.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

std::string_view skip_space(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n')) {
    ++at;
  }
  return text.substr(at);
}

/// True when `text` opens with RFC 5322 header fields ("Name: value") and names one that a
/// mail always or nearly always has.
bool looks_like_mail_headers(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kMailHeaders{
      "from:",       "to:",           "subject:",  "date:",
      "message-id:", "mime-version:", "received:", "return-path:"};
  int known = 0;
  int lines = 0;
  std::size_t at = 0;
  while (at < text.size() && lines < 40) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;  // end of the header block
    ++lines;
    if (line[0] == ' ' || line[0] == '\t') continue;  // folded continuation
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i) {
      const char c = line[i];
      if (c <= ' ' || c > '~') return false;  // field names are printable ASCII, no spaces
    }
    const std::string name = detail::ascii_lower(line.substr(0, colon + 1));
    if (std::find(kMailHeaders.begin(), kMailHeaders.end(), name) != kMailHeaders.end()) ++known;
  }
  return known >= 2;
}

/// Per-line counts of each candidate delimiter outside quotes, over whole records.
FormatGuess sniff_delimiter(std::string_view sample) {
  static constexpr std::array<char, 4> kCandidates{',', '\t', ';', '|'};
  std::vector<std::array<int, 4>> lines;
  std::array<int, 4> counts{};
  bool quoted = false;
  bool line_has_text = false;
  // The last line of the sample may be cut; it is dropped unless it is the only one.
  for (std::size_t i = 0; i < sample.size() && lines.size() < 50; ++i) {
    const char c = sample[i];
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice: still right
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (line_has_text) lines.push_back(counts);
      counts = {};
      line_has_text = false;
    } else if (!quoted) {
      for (std::size_t k = 0; k < kCandidates.size(); ++k) counts[k] += c == kCandidates[k];
    }
    if (c != '\n' && c != '\r') line_has_text = true;
  }
  if (lines.empty() && line_has_text) lines.push_back(counts);

  FormatGuess best{SourceFormat::csv, ',', 0.3};
  double best_score = 0;
  for (std::size_t k = 0; k < kCandidates.size(); ++k) {
    std::map<int, int> frequency;  // count per line → lines with that count
    for (const auto& line : lines) ++frequency[line[k]];
    int mode = 0;
    int mode_lines = 0;
    for (const auto& [count, with] : frequency) {
      if (count > 0 && with > mode_lines) {
        mode = count;
        mode_lines = with;
      }
    }
    if (mode == 0) continue;
    const double consistency = static_cast<double>(mode_lines) / static_cast<double>(lines.size());
    // Consistency first; more columns break near-ties (a ';' file may hold a few commas).
    const double score = consistency + 0.01 * std::min(mode, 50);
    if (score > best_score) {
      best_score = score;
      best.delimiter = kCandidates[k];
      best.confidence = std::min(1.0, 0.5 + 0.5 * consistency);
    }
  }
  best.format = best.delimiter == '\t' ? SourceFormat::tsv : SourceFormat::csv;
  return best;
}

}  // namespace

const char* to_string(SourceFormat format) {
  switch (format) {
    case SourceFormat::csv:
      return "csv";
    case SourceFormat::tsv:
      return "tsv";
    case SourceFormat::json:
      return "json";
    case SourceFormat::ndjson:
      return "ndjson";
    case SourceFormat::mbox:
      return "mbox";
    case SourceFormat::eml:
      return "eml";
  }
  return "csv";
}

FormatGuess sniff_format(std::string_view sample, std::string_view file_name) {
  if (sample.starts_with("\xEF\xBB\xBF")) sample.remove_prefix(3);
  if (sample.starts_with("From ")) return {SourceFormat::mbox, 0, 0.95};
  const std::string_view body = skip_space(sample);
  if (!body.empty() && (body[0] == '[' || body[0] == '{')) {
    const bool ndjson_name =
        ends_with_ci(file_name, ".ndjson") || ends_with_ci(file_name, ".jsonl");
    if (body[0] == '{') {
      // NDJSON: a line break at depth 0 followed by another '{'.
      int depth = 0;
      bool in_string = false;
      bool escaped = false;
      for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (in_string) {
          if (escaped)
            escaped = false;
          else if (c == '\\')
            escaped = true;
          else if (c == '"')
            in_string = false;
          continue;
        }
        if (c == '"')
          in_string = true;
        else if (c == '{' || c == '[')
          ++depth;
        else if (c == '}' || c == ']')
          --depth;
        else if (depth == 0 && c == '\n') {
          const std::string_view rest = skip_space(body.substr(i));
          if (!rest.empty() && rest[0] == '{') return {SourceFormat::ndjson, 0, 0.95};
          if (rest.empty()) break;
        }
      }
      if (ndjson_name) return {SourceFormat::ndjson, 0, 0.8};
    }
    return {SourceFormat::json, 0, 0.9};
  }
  if (looks_like_mail_headers(sample)) return {SourceFormat::eml, 0, 0.9};
  if (ends_with_ci(file_name, ".mbox")) return {SourceFormat::mbox, 0, 0.5};
  if (ends_with_ci(file_name, ".eml")) return {SourceFormat::eml, 0, 0.5};
  FormatGuess guess = sniff_delimiter(sample);
  if (guess.confidence <= 0.3 && ends_with_ci(file_name, ".tsv")) {
    guess = {SourceFormat::tsv, '\t', 0.5};
  }
  return guess;
}

}  // namespace cxs
