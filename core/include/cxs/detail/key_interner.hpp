// KeyInterner: one copy of each distinct string, named by a dense u32 id in order of first
// arrival. The bytes live back to back in one buffer and the table is open addressing over
// ids, so interning a million keys costs a few large allocations instead of two or three small
// ones per key (a std::unordered_map<std::string, id> node plus the string's own buffer), and
// the ids index flat per-key columns.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace cxs::detail {

class KeyInterner {
 public:
  static constexpr std::uint32_t none = UINT32_MAX;

  /// The id of `key`, adding it (with the next id) when it is new.
  std::uint32_t intern(std::string_view key) {
    bool inserted = false;
    return intern(key, inserted);
  }
  std::uint32_t intern(std::string_view key, bool& inserted) {
    if ((size() + 1) * 4 > slots_.size() * 3) grow();
    const std::uint64_t hash = hash_of(key);
    const std::size_t slot = probe(key, hash);
    inserted = slots_[slot].id_plus_1 == 0;
    if (!inserted) return slots_[slot].id_plus_1 - 1;
    const auto id = static_cast<std::uint32_t>(size());
    bytes_.insert(bytes_.end(), key.begin(), key.end());
    ends_.push_back(bytes_.size());
    hashes_.push_back(hash);
    slots_[slot] = {id + 1, tag_of(hash)};
    return id;
  }

  /// The id of `key`, or `none` when it was never interned.
  std::uint32_t find(std::string_view key) const {
    if (slots_.empty()) return none;
    const Slot& slot = slots_[probe(key, hash_of(key))];
    return slot.id_plus_1 == 0 ? none : slot.id_plus_1 - 1;
  }

  /// The string of `id`: valid until the next intern() (the buffer may move).
  std::string_view key(std::uint32_t id) const {
    const std::size_t begin = id == 0 ? 0 : ends_[id - 1];
    return {bytes_.data() + begin, ends_[id] - begin};
  }

  std::size_t size() const { return ends_.size(); }

 private:
  /// 64-bit multiply-xorshift over 8-byte words (the mixing step of MurmurHash3's fmix64):
  /// ids never depend on it, only the probe order does.
  static std::uint64_t hash_of(std::string_view key) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ key.size();
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, key.data() + i, 8);
      h = mix(h ^ word);
    }
    std::uint64_t tail = 0;
    if (i < key.size()) std::memcpy(&tail, key.data() + i, key.size() - i);
    return mix(h ^ tail);
  }
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
  }
  /// The hash's high half, kept in the slot: a probe compares it before touching the key's
  /// bytes, so a miss costs no second memory access.
  static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }
  /// The slot that holds `key`, or the empty slot where it would go.
  std::size_t probe(std::string_view key, std::uint64_t hash) const {
    std::size_t slot = static_cast<std::size_t>(hash) & (slots_.size() - 1);
    while (slots_[slot].id_plus_1 != 0 &&
           !(slots_[slot].tag == tag_of(hash) && this->key(slots_[slot].id_plus_1 - 1) == key))
      slot = (slot + 1) & (slots_.size() - 1);
    return slot;
  }
  void grow() {
    std::vector<Slot> slots(slots_.empty() ? 1024 : slots_.size() * 2);
    for (std::uint32_t id = 0; id < size(); ++id) {
      std::size_t slot = static_cast<std::size_t>(hashes_[id]) & (slots.size() - 1);
      while (slots[slot].id_plus_1 != 0) slot = (slot + 1) & (slots.size() - 1);
      slots[slot] = {id + 1, tag_of(hashes_[id])};
    }
    slots_ = std::move(slots);
  }

  struct Slot {
    std::uint32_t id_plus_1 = 0;  ///< 0 for an empty slot
    std::uint32_t tag = 0;
  };

  std::vector<char> bytes_;            ///< every key, back to back
  std::vector<std::size_t> ends_;      ///< by id: end of its bytes
  std::vector<std::uint64_t> hashes_;  ///< by id
  std::vector<Slot> slots_;            ///< a power of two, at most 3/4 full
};

}  // namespace cxs::detail
