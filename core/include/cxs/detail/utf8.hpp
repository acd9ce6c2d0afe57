// UTF-8 encoding of one code point, shared by the text decoder and the mail reader.
#pragma once

#include <string>
#include <string_view>

namespace cxs::detail {

/// Appends `cp` as UTF-8; a surrogate or a value past U+10FFFF becomes U+FFFD.
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

/// The longest prefix of `text` of at most `limit` bytes that does not split a UTF-8 sequence.
inline std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

/// utf8_prefix, with "…" when something was cut: a cell quoted in an issue.
inline std::string cut_utf8(std::string_view text, std::size_t limit) {
  const std::string_view kept = utf8_prefix(text, limit);
  return kept.size() == text.size() ? std::string(text) : std::string(kept) + "…";
}

}  // namespace cxs::detail
