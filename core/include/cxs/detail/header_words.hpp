// Header words: how column headers are compared (case, camelCase, punctuation and JSON paths
// folded), shared by the column-role and source-kind rules.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace cxs::detail {

/// Lowercases ASCII, splits camelCase ("RecipientEmail" → "recipient email") and turns runs
/// of punctuation ('.', '_', '[]', ...) into one space, so "requester.email",
/// "Requester_Email" and "Requester email" compare equal. Non-ASCII passes unchanged.
inline std::string normalise_header(std::string_view header) {
  std::string out;
  bool pending_space = false;
  char previous = 0;
  for (const char raw : header) {
    const auto c = static_cast<unsigned char>(raw);
    const bool upper = c >= 'A' && c <= 'Z';
    const bool word_byte = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || upper;
    if (!word_byte) {
      pending_space = !out.empty();
      previous = 0;
      continue;
    }
    if (upper && previous >= 'a' && previous <= 'z') pending_space = true;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(upper ? c - 'A' + 'a' : c));
    previous = raw;
  }
  return out;
}

inline bool has_word(std::string_view text, std::string_view words) {
  std::size_t at = 0;
  while ((at = text.find(words, at)) != std::string_view::npos) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const bool ends = at + words.size() == text.size() || text[at + words.size()] == ' ';
    if (starts && ends) return true;
    ++at;
  }
  return false;
}

inline bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

inline bool any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto w) { return has_word(text, w); });
}

inline bool any_part(std::string_view text, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(), [&](auto p) { return contains(text, p); });
}

/// The header's last word is one of `words` ("message id" ends with "id").
inline bool ends_with_word(std::string_view text, std::initializer_list<std::string_view> words) {
  const std::size_t space = text.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return std::find(words.begin(), words.end(), last) != words.end();
}

/// The object of a report's "Object: Field" header (Zuora "Subscription: ID", Salesforce
/// "Account: Name"), as written; empty when the header has none.
inline std::string_view header_object(std::string_view header) {
  const std::size_t colon = header.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return {};
  return header.substr(0, colon);
}

}  // namespace cxs::detail
