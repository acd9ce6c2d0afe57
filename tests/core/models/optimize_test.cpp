// Nelder–Mead and observed-information standard errors on functions with known answers.
#include "cxs/optimize.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

// Rosenbrock (1960): minimum 0 at (1, 1) at the end of a curved valley.
TEST(OptimizeTest, finds_the_rosenbrock_minimum) {
  const cxs::Objective rosenbrock = [](std::span<const double> x) {
    return 100 * std::pow(x[1] - x[0] * x[0], 2) + std::pow(1 - x[0], 2);
  };
  const auto found = cxs::minimize_nelder_mead(rosenbrock, {-1.2, 1.0});
  EXPECT_TRUE(found.converged);
  EXPECT_NEAR(found.x[0], 1, 1e-4);
  EXPECT_NEAR(found.x[1], 1, 1e-4);
  EXPECT_LT(found.value, 1e-8);
}

// The negative log-likelihood of n normal observations with known σ is
// n (μ − x̄)² / (2σ²) + const, so the SE of μ̂ is σ/√n exactly. Two independent means:
// σ = 2, n = 25 → 0.4; σ = 1, n = 100 → 0.1.
TEST(OptimizeTest, standard_errors_come_from_the_curvature) {
  const cxs::Objective nll = [](std::span<const double> x) {
    return 25 * std::pow(x[0] - 3, 2) / (2 * 4) + 100 * std::pow(x[1] + 1, 2) / 2;
  };
  const auto found = cxs::minimize_nelder_mead(nll, {0, 0});
  ASSERT_TRUE(found.converged);
  EXPECT_NEAR(found.x[0], 3, 1e-4);
  EXPECT_NEAR(found.x[1], -1, 1e-4);
  const auto se = cxs::standard_errors(nll, found.x);
  EXPECT_NEAR(se[0], 0.4, 1e-6);
  EXPECT_NEAR(se[1], 0.1, 1e-6);
}

TEST(OptimizeTest, a_flat_direction_gives_nan_not_a_number_that_looks_real) {
  const cxs::Objective flat = [](std::span<const double> x) { return std::pow(x[0] - 1, 2); };
  const auto se = cxs::standard_errors(flat, std::vector<double>{1, 5});
  EXPECT_TRUE(std::isnan(se[1]));
}

TEST(OptimizeTest, undefined_regions_are_avoided_not_returned) {
  // log(x) is undefined for x ≤ 0: the minimiser must stay where the function is finite.
  const cxs::Objective f = [](std::span<const double> x) { return x[0] - 2 * std::log(x[0]); };
  const auto found = cxs::minimize_nelder_mead(f, {0.1});
  EXPECT_NEAR(found.x[0], 2, 1e-4);
  EXPECT_TRUE(std::isfinite(found.value));
}

}  // namespace
