// FNV-1a, 64-bit (Fowler–Noll–Vo, published offset basis and prime): a stable,
// platform-independent hash for ids and signatures that native and wasm builds agree on.
#pragma once

#include <cstdint>
#include <string_view>

namespace cxs::detail {

struct Fnv1a {
  std::uint64_t hash = 14695981039346656037ULL;

  void add(unsigned char byte) {
    hash ^= byte;
    hash *= 1099511628211ULL;
  }
  void add(std::string_view text) {
    for (const char c : text) add(static_cast<unsigned char>(c));
  }
};

}  // namespace cxs::detail
