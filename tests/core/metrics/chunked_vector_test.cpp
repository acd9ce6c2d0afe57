// ChunkedVector: the same elements in the same order as a std::vector fed alike, across chunk
// boundaries, with addresses that stay put as it grows.
#include "cxs/detail/chunked_vector.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

TEST(ChunkedVectorTest, holds_what_a_vector_holds_across_chunk_boundaries) {
  cxs::detail::ChunkedVector<int, 4> chunked;
  std::vector<int> reference;
  EXPECT_TRUE(chunked.empty());
  EXPECT_EQ(chunked.begin(), chunked.end());
  for (int i = 0; i < 11; ++i) {
    chunked.push_back(i * i);
    reference.push_back(i * i);
  }
  ASSERT_EQ(chunked.size(), reference.size());
  std::vector<int> iterated(chunked.begin(), chunked.end());
  EXPECT_EQ(iterated, reference);
  for (std::size_t i = 0; i < reference.size(); ++i) EXPECT_EQ(chunked[i], reference[i]);
  EXPECT_EQ(chunked.at(10), 100);
  EXPECT_THROW((void)chunked.at(11), std::out_of_range);
}

TEST(ChunkedVectorTest, addresses_stay_valid_as_it_grows) {
  cxs::detail::ChunkedVector<int, 4> chunked;
  chunked.push_back(7);
  const int* first = &chunked[0];
  for (int i = 0; i < 100; ++i) chunked.push_back(i);
  EXPECT_EQ(first, &chunked[0]);
  EXPECT_EQ(*first, 7);
}

}  // namespace
