// ChunkedVector: an append-only sequence stored in fixed-size chunks. Growing it never copies
// what is already stored (a std::vector doubles and copies, and for a moment holds both
// copies: on a million-row log of 96-byte records that was ~150 MB at once and, in wasm,
// ~100 MB of memcpy), and element addresses stay valid as it grows.
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <vector>

namespace cxs::detail {

template <typename T, std::size_t ChunkSize = 8192>
class ChunkedVector {
 public:
  void push_back(const T& value) {
    if (size_ % ChunkSize == 0) chunks_.push_back(std::unique_ptr<T[]>(new T[ChunkSize]));
    chunks_.back()[size_ % ChunkSize] = value;
    ++size_;
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const { return chunks_[i / ChunkSize][i % ChunkSize]; }
  const T& at(std::size_t i) const {
    if (i >= size_) throw std::out_of_range("ChunkedVector::at");
    return (*this)[i];
  }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;
    const_iterator() = default;
    const_iterator(const ChunkedVector* owner, std::size_t index) : owner_(owner), index_(index) {}
    reference operator*() const { return (*owner_)[index_]; }
    pointer operator->() const { return &(*owner_)[index_]; }
    const_iterator& operator++() {
      ++index_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++index_;
      return before;
    }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }

   private:
    const ChunkedVector* owner_ = nullptr;
    std::size_t index_ = 0;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  std::size_t size_ = 0;
};

}  // namespace cxs::detail
