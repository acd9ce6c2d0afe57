// Locale-free ASCII helpers shared by the mapping and report stages (never user-visible).
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxs::detail {

/// ASCII letters lowercased; other bytes (UTF-8 Japanese, ...) unchanged.
inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

/// The '\n'-separated lines of `text`, untrimmed (a line-aligned JSON array field, see
/// json_reader.hpp, holds one element per line); "" gives one empty line.
inline std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  for (;;) {
    const std::size_t end = text.find('\n', at);
    out.push_back(text.substr(at, end == std::string_view::npos ? text.npos : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

/// Spaces, tabs and line ends trimmed from both ends.
inline std::string_view trim_blanks(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

/// A yes/no cell as exports write it: "true"/"false" (Stripe), "yes"/"no", "1"/"0", any case;
/// empty for anything else.
inline std::optional<bool> read_true_false(std::string_view cell) {
  const std::string word = ascii_lower(trim_blanks(cell));
  if (word == "true" || word == "yes" || word == "1") return true;
  if (word == "false" || word == "no" || word == "0") return false;
  return std::nullopt;
}

/// Appends value zero-padded to width digits; to_chars, unlike printf, never reads a locale.
inline void append_padded(std::string& out, std::int64_t value, int width) {
  if (value < 0) {
    out += '-';
    append_padded(out, -value, width);
    return;
  }
  std::array<char, 24> digits{};
  const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
  for (auto length = static_cast<int>(result.ptr - digits.data()); length < width; ++length) {
    out += '0';
  }
  out.append(digits.data(), result.ptr);
}

}  // namespace cxs::detail
