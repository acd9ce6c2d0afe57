// UTF-8 encoding and decoding of one code point, shared by the text decoder, the mail reader
// and the signal text normaliser.
#pragma once

#include <cstddef>
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

struct DecodedChar {
  char32_t cp = 0;
  std::size_t length = 1;  ///< bytes used, at least 1 so a caller always advances
};

/// The code point starting at `text[pos]` (pos < size). A byte that does not start a complete,
/// shortest-form sequence decodes as U+FFFD of length 1, so a scan resynchronises at the next byte.
inline DecodedChar decode_utf8_at(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) return {b0, 1};
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + length > text.size()) return {0xFFFD, 1};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (byte(i) & 0x3Fu);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid UTF-8 (RFC 3629 §3).
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, length};
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

/// Blanks (space, tab, CR, LF) and U+3000 IDEOGRAPHIC SPACE (E3 80 80), which pads cells in
/// Japanese exports, trimmed from both ends.
inline std::string_view trim_blanks_and_ideographic_spaces(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  for (;;) {
    if (!text.empty() && blank(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && blank(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  return text;
}

}  // namespace cxs::detail
