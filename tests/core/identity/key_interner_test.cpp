// KeyInterner: dense ids in order of first arrival, one copy of each string, exact lookups
// through growth; checked against a std::map built beside it.
#include "cxs/detail/key_interner.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {

using cxs::detail::KeyInterner;

TEST(KeyInternerTest, ids_are_dense_in_order_of_first_arrival) {
  KeyInterner keys;
  bool inserted = false;
  EXPECT_EQ(keys.intern("b@x.example", inserted), 0u);
  EXPECT_TRUE(inserted);
  EXPECT_EQ(keys.intern("a@x.example", inserted), 1u);
  EXPECT_TRUE(inserted);
  EXPECT_EQ(keys.intern("b@x.example", inserted), 0u);
  EXPECT_FALSE(inserted);
  EXPECT_EQ(keys.size(), 2u);
  EXPECT_EQ(keys.key(0), "b@x.example");
  EXPECT_EQ(keys.key(1), "a@x.example");
}

TEST(KeyInternerTest, find_does_not_add) {
  KeyInterner keys;
  EXPECT_EQ(keys.find("x"), KeyInterner::none);
  keys.intern("x");
  EXPECT_EQ(keys.find("x"), 0u);
  EXPECT_EQ(keys.find("y"), KeyInterner::none);
  EXPECT_EQ(keys.size(), 1u);
}

TEST(KeyInternerTest, empty_embedded_nul_and_long_keys_are_distinct_keys) {
  KeyInterner keys;
  const std::string with_nul("a\0b", 3);
  const std::string long_key(1000, 'k');
  const std::uint32_t empty = keys.intern("");
  const std::uint32_t nul = keys.intern(with_nul);
  const std::uint32_t a = keys.intern("a");
  const std::uint32_t longest = keys.intern(long_key);
  EXPECT_EQ(keys.size(), 4u);
  EXPECT_EQ(keys.key(empty), "");
  EXPECT_EQ(keys.key(nul), with_nul);
  EXPECT_EQ(keys.key(a), "a");
  EXPECT_EQ(keys.key(longest), long_key);
  EXPECT_EQ(keys.intern(std::string(1000, 'k')), longest);
}

TEST(KeyInternerTest, agrees_with_a_map_through_many_growths) {
  KeyInterner keys;
  std::map<std::string, std::uint32_t> reference;
  // Keys that share long prefixes and differ only in their last bytes, as addresses do.
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 50000; ++i) {
      const std::string key = "customer." + std::to_string(i * 7919 % 60000) + "@corp.example";
      const auto [it, inserted] =
          reference.try_emplace(key, static_cast<std::uint32_t>(reference.size()));
      bool added = false;
      ASSERT_EQ(keys.intern(key, added), it->second) << key;
      ASSERT_EQ(added, inserted) << key;
    }
  }
  ASSERT_EQ(keys.size(), reference.size());
  for (const auto& [key, id] : reference) {
    ASSERT_EQ(keys.key(id), key);
    ASSERT_EQ(keys.find(key), id);
  }
}

}  // namespace
