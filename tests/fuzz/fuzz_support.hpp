// Helpers shared by the fuzz targets: checks that stop the run, chunk splits, UTF-8 validity.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace cxs::fuzz {

/// A broken invariant is a crash libFuzzer saves, like a sanitizer report.
inline void check(bool ok) {
  if (!ok) __builtin_trap();
}

inline std::string_view as_text(std::span<const std::uint8_t> bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

/// Chunk lengths that add up to `size`, drawn from one seed byte: the low 3 bits set the
/// longest chunk (1, 2, 4, ... 128 bytes), the rest seed the generator, so a seed of 0 feeds
/// byte by byte and the fuzzer can steer splits onto CRLF pairs, quotes and BOM bytes.
inline std::vector<std::size_t> chunk_lengths(std::uint8_t seed, std::size_t size) {
  const std::size_t longest = std::size_t{1} << (seed & 7u);
  std::uint32_t state = 0x9E3779B9u ^ (static_cast<std::uint32_t>(seed) * 0x85EBCA6Bu);
  std::vector<std::size_t> lengths;
  for (std::size_t done = 0; done < size;) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    const std::size_t length = std::min(size - done, 1 + state % longest);
    lengths.push_back(length);
    done += length;
  }
  return lengths;
}

/// Feeds `bytes` to a streaming reader (feed(span, sink), finish(sink)) in the given splits.
template <typename Reader, typename Sink>
void feed_split(Reader& reader, std::span<const std::uint8_t> bytes,
                const std::vector<std::size_t>& lengths, Sink& sink) {
  std::size_t at = 0;
  for (const std::size_t length : lengths) {
    reader.feed(bytes.subspan(at, length), sink);
    at += length;
  }
  reader.finish(sink);
}

/// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
inline bool is_valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t extra = 0;
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (n - i <= extra) return false;
    if (p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k <= extra; ++k) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
    }
    i += extra + 1;
  }
  return true;
}

}  // namespace cxs::fuzz
