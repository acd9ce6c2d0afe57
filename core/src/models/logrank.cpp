// Log-rank test as R's survdiff (rho = 0); see logrank.hpp.
#include "cxs/logrank.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "cxs/distributions.hpp"

namespace cxs {

Result<LogRankTest> logrank_test(std::span<const GroupedSurvivalObservation> observations) {
  for (std::size_t i = 0; i < observations.size(); ++i) {
    if (!(observations[i].time >= 0) || !std::isfinite(observations[i].time))
      return Error{ErrorCode::invalid_input,
                   "Observation " + std::to_string(i) + " has a negative or missing time."};
  }
  std::vector<int> labels;
  for (const auto& o : observations) labels.push_back(o.group);
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  const std::size_t k = labels.size();
  auto index_of = [&](int label) {
    return static_cast<std::size_t>(std::lower_bound(labels.begin(), labels.end(), label) -
                                    labels.begin());
  };

  std::vector<GroupedSurvivalObservation> sorted(observations.begin(), observations.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.time < b.time; });
  std::vector<double> at_risk(k, 0), observed(k, 0), expected(k, 0), variance(k * k, 0);
  std::vector<std::uint64_t> subjects(k, 0);
  for (const auto& o : sorted) ++subjects[index_of(o.group)];
  for (std::size_t g = 0; g < k; ++g) at_risk[g] = static_cast<double>(subjects[g]);

  std::vector<double> deaths(k), leaving(k);
  for (std::size_t i = 0; i < sorted.size();) {
    const double time = sorted[i].time;
    std::fill(deaths.begin(), deaths.end(), 0);
    std::fill(leaving.begin(), leaving.end(), 0);
    for (; i < sorted.size() && sorted[i].time == time; ++i) {
      const std::size_t g = index_of(sorted[i].group);
      leaving[g] += 1;
      if (sorted[i].event) deaths[g] += 1;
    }
    double n = 0, d = 0;
    for (std::size_t g = 0; g < k; ++g) n += at_risk[g], d += deaths[g];
    if (d > 0) {
      // Hypergeometric moments of the d deaths shared among the n at risk (Mantel 1966).
      const double spread = n > 1 ? d * (n - d) / (n * (n - 1)) : 0;
      for (std::size_t g = 0; g < k; ++g) {
        observed[g] += deaths[g];
        expected[g] += d * at_risk[g] / n;
        for (std::size_t h = 0; h < k; ++h)
          variance[g * k + h] += spread * at_risk[g] * ((g == h ? n : 0) - at_risk[h]) / n;
      }
    }
    for (std::size_t g = 0; g < k; ++g) at_risk[g] -= leaving[g];
  }

  // survdiff drops groups with nothing expected, then the first remaining one: V has rank k − 1.
  std::vector<std::size_t> kept;
  for (std::size_t g = 0; g < k; ++g)
    if (expected[g] > 0) kept.push_back(g);
  if (kept.size() < 2)
    return Error{ErrorCode::too_few_rows,
                 "The log-rank test needs events while at least two groups are at risk."};
  const std::size_t m = kept.size() - 1;
  std::vector<double> a(m * m), b(m);
  for (std::size_t r = 0; r < m; ++r) {
    b[r] = observed[kept[r + 1]] - expected[kept[r + 1]];
    for (std::size_t c = 0; c < m; ++c) a[r * m + c] = variance[kept[r + 1] * k + kept[c + 1]];
  }
  // Solve V x = (O − E) by Gaussian elimination with partial pivoting; chisq = (O − E)ᵀ x.
  std::vector<double> x = b;
  for (std::size_t col = 0; col < m; ++col) {
    std::size_t pivot = col;
    for (std::size_t r = col + 1; r < m; ++r)
      if (std::fabs(a[r * m + col]) > std::fabs(a[pivot * m + col])) pivot = r;
    if (!(std::fabs(a[pivot * m + col]) > 1e-12))
      return Error{ErrorCode::too_few_rows,
                   "The log-rank variance is zero: no event time had survivors to compare."};
    for (std::size_t c = 0; c < m; ++c) std::swap(a[col * m + c], a[pivot * m + c]);
    std::swap(x[col], x[pivot]);
    for (std::size_t r = col + 1; r < m; ++r) {
      const double factor = a[r * m + col] / a[col * m + col];
      for (std::size_t c = col; c < m; ++c) a[r * m + c] -= factor * a[col * m + c];
      x[r] -= factor * x[col];
    }
  }
  for (std::size_t r = m; r-- > 0;) {
    for (std::size_t c = r + 1; c < m; ++c) x[r] -= a[r * m + c] * x[c];
    x[r] /= a[r * m + r];
  }

  LogRankTest test;
  for (std::size_t r = 0; r < m; ++r) test.chisq += b[r] * x[r];
  test.df = static_cast<int>(m);
  test.p = chi_squared_upper_tail(test.chisq, test.df);
  for (std::size_t g = 0; g < k; ++g)
    test.groups.push_back({labels[g], subjects[g], observed[g], expected[g]});
  return test;
}

}  // namespace cxs
