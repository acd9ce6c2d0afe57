// Nelder–Mead and numeric Hessian; see optimize.hpp.
#include "cxs/optimize.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cxs {
namespace {

double finite_or_worst(double value) {
  return std::isfinite(value) ? value : std::numeric_limits<double>::infinity();
}

// One Nelder–Mead run from `start`; returns the best vertex.
Minimum nelder_mead_run(const Objective& f, const std::vector<double>& start,
                        const MinimizeOptions& options, int budget) {
  const std::size_t n = start.size();
  std::vector<std::vector<double>> simplex(n + 1, start);
  for (std::size_t i = 0; i < n; ++i) simplex[i + 1][i] += options.initial_step;
  std::vector<double> values(n + 1);
  int evaluations = 0;
  auto eval = [&](const std::vector<double>& x) {
    ++evaluations;
    return finite_or_worst(f(x));
  };
  for (std::size_t i = 0; i <= n; ++i) values[i] = eval(simplex[i]);
  std::vector<std::size_t> order(n + 1);
  bool converged = false;
  while (evaluations < budget) {
    std::iota(order.begin(), order.end(), 0);
    // Ties (several vertices at the same value, e.g. all infeasible) broken by index: std::sort
    // leaves their order to the standard library, and libstdc++ and libc++ differ, which would
    // send the native and wasm fits down different paths.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return values[a] != values[b] ? values[a] < values[b] : a < b;
    });
    const std::size_t best = order.front(), worst = order.back(), second = order[n - 1];
    const double spread = std::fabs(values[worst] - values[best]);
    if (std::isfinite(values[worst]) &&
        2 * spread <=
            options.tolerance * (std::fabs(values[best]) + std::fabs(values[worst]) + 1e-300)) {
      converged = true;
      break;
    }
    std::vector<double> centroid(n, 0.0);
    for (std::size_t i = 0; i <= n; ++i)
      if (i != worst)
        for (std::size_t j = 0; j < n; ++j) centroid[j] += simplex[i][j] / static_cast<double>(n);
    auto along = [&](double t) {
      std::vector<double> x(n);
      for (std::size_t j = 0; j < n; ++j)
        x[j] = centroid[j] + t * (simplex[worst][j] - centroid[j]);
      return x;
    };
    auto reflected = along(-1);
    const double reflected_value = eval(reflected);
    if (reflected_value < values[best]) {
      auto expanded = along(-2);
      const double expanded_value = eval(expanded);
      if (expanded_value < reflected_value) {
        simplex[worst] = std::move(expanded), values[worst] = expanded_value;
      } else {
        simplex[worst] = std::move(reflected), values[worst] = reflected_value;
      }
      continue;
    }
    if (reflected_value < values[second]) {
      simplex[worst] = std::move(reflected), values[worst] = reflected_value;
      continue;
    }
    const bool outside = reflected_value < values[worst];
    auto contracted = along(outside ? -0.5 : 0.5);
    const double contracted_value = eval(contracted);
    if (contracted_value < (outside ? reflected_value : values[worst])) {
      simplex[worst] = std::move(contracted), values[worst] = contracted_value;
      continue;
    }
    for (std::size_t i = 0; i <= n; ++i) {
      if (i == best) continue;
      for (std::size_t j = 0; j < n; ++j)
        simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
      values[i] = eval(simplex[i]);
    }
  }
  const auto best =
      static_cast<std::size_t>(std::min_element(values.begin(), values.end()) - values.begin());
  return {simplex[best], values[best], converged, evaluations};
}

}  // namespace

Minimum minimize_nelder_mead(const Objective& f, std::vector<double> start,
                             const MinimizeOptions& options) {
  Minimum result = nelder_mead_run(f, start, options, options.max_evaluations);
  for (int restart = 0; restart < options.restarts && result.evaluations < options.max_evaluations;
       ++restart) {
    Minimum again =
        nelder_mead_run(f, result.x, options, options.max_evaluations - result.evaluations);
    again.evaluations += result.evaluations;
    const bool moved =
        result.value - again.value > options.tolerance * (std::fabs(result.value) + 1e-300);
    if (again.value <= result.value) {
      again.converged = again.converged && !moved;
      result = std::move(again);
    } else {
      result.evaluations = again.evaluations;
    }
    if (!moved && result.converged) break;
  }
  return result;
}

std::vector<double> numeric_hessian(const Objective& f, std::span<const double> x) {
  const std::size_t n = x.size();
  std::vector<double> h(n), point(x.begin(), x.end()), hessian(n * n);
  for (std::size_t i = 0; i < n; ++i) h[i] = 1e-4 * std::max(1.0, std::fabs(x[i]));
  auto at = [&](std::size_t i, double di, std::size_t j, double dj) {
    point.assign(x.begin(), x.end());
    point[i] += di;
    point[j] += dj;
    return f(point);
  };
  const double centre = f(x);
  for (std::size_t i = 0; i < n; ++i) {
    hessian[i * n + i] = (at(i, h[i], i, 0) - 2 * centre + at(i, -h[i], i, 0)) / (h[i] * h[i]);
    for (std::size_t j = i + 1; j < n; ++j) {
      const double value = (at(i, h[i], j, h[j]) - at(i, h[i], j, -h[j]) - at(i, -h[i], j, h[j]) +
                            at(i, -h[i], j, -h[j])) /
                           (4 * h[i] * h[j]);
      hessian[i * n + j] = hessian[j * n + i] = value;
    }
  }
  return hessian;
}

std::vector<double> standard_errors(const Objective& negative_log_likelihood,
                                    std::span<const double> at_minimum) {
  const std::size_t n = at_minimum.size();
  std::vector<double> a = numeric_hessian(negative_log_likelihood, at_minimum);
  // Invert by Gauss–Jordan with partial pivoting; a non-positive pivot means the matrix is
  // not positive definite and the curvature says nothing about uncertainty.
  std::vector<double> inverse(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) inverse[i * n + i] = 1;
  const std::vector<double> nan_row(n, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t col = 0; col < n; ++col) {
    std::size_t pivot = col;
    for (std::size_t r = col + 1; r < n; ++r)
      if (std::fabs(a[r * n + col]) > std::fabs(a[pivot * n + col])) pivot = r;
    if (!(std::fabs(a[pivot * n + col]) > 0) || !std::isfinite(a[pivot * n + col])) return nan_row;
    for (std::size_t k = 0; k < n; ++k) {
      std::swap(a[col * n + k], a[pivot * n + k]);
      std::swap(inverse[col * n + k], inverse[pivot * n + k]);
    }
    const double d = a[col * n + col];
    for (std::size_t k = 0; k < n; ++k) a[col * n + k] /= d, inverse[col * n + k] /= d;
    for (std::size_t r = 0; r < n; ++r) {
      if (r == col) continue;
      const double factor = a[r * n + col];
      for (std::size_t k = 0; k < n; ++k) {
        a[r * n + k] -= factor * a[col * n + k];
        inverse[r * n + k] -= factor * inverse[col * n + k];
      }
    }
  }
  std::vector<double> se(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double variance = inverse[i * n + i];
    se[i] = variance > 0 && std::isfinite(variance) ? std::sqrt(variance)
                                                    : std::numeric_limits<double>::quiet_NaN();
  }
  return se;
}

}  // namespace cxs
