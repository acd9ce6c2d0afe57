// Locale-free ASCII helpers shared by the mapping and report stages (never user-visible).
#pragma once

#include <string>
#include <string_view>

namespace cxs::detail {

/// ASCII letters lowercased; other bytes (UTF-8 Japanese, ...) unchanged.
inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

/// Spaces, tabs and line ends trimmed from both ends.
inline std::string_view trim_blanks(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace cxs::detail
