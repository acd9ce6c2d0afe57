// Seeded noise for property tests: SplitMix64 (Steele, Lea & Flood 2014) uniforms, Box–Muller
// normals and Knuth's product-of-uniforms Poisson draws, identical on every platform.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace cxs::test {

class SeededNoise {
 public:
  explicit SeededNoise(std::uint64_t seed) : state_(seed) {}

  /// Uniform on (0, 1), never exactly 0, from the top 53 bits.
  double uniform() {
    state_ += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return (static_cast<double>(z >> 11) + 0.5) * 0x1.0p-53;
  }

  /// Standard normal by Box–Muller (one of the pair; simple and exact in distribution).
  double normal() {
    const double u1 = uniform(), u2 = uniform();
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
  }

  /// Poisson(rate) by Knuth (TAOCP vol. 2, §3.4.1): fine for the small rates tests use.
  double poisson(double rate) {
    const double limit = std::exp(-rate);
    double product = uniform();
    int k = 0;
    while (product > limit) {
      product *= uniform();
      ++k;
    }
    return k;
  }

 private:
  std::uint64_t state_;
};

}  // namespace cxs::test
