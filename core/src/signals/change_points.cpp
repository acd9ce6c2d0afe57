// PELT and binary segmentation for mean (normal) and rate (Poisson) changes; see change_points.hpp.
#include "cxs/change_points.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

#include "cxs/detail/portable_math.hpp"
#include "cxs/detail/robust_scale.hpp"
#include "cxs/distributions.hpp"

namespace cxs {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Above this the series is closer to a random walk than to noise around levels, and the
// long-run variance (×19 at 0.9) would hide every change; the estimate is capped here.
constexpr double kMaxAutocorrelation = 0.9;

// Segment costs from prefix sums, so each is O(1). Values are centred on the series mean
// first: Σy² − (Σy)²/m then loses fewer digits on revenue-sized levels.
class SegmentCost {
 public:
  SegmentCost(std::span<const double> series, ChangeCost cost, double sigma)
      : cost_(cost), inverse_variance_(sigma > 0 ? 1 / (sigma * sigma) : 0) {
    const double centre = cost == ChangeCost::normal_mean && !series.empty()
                              ? std::accumulate(series.begin(), series.end(), 0.0) /
                                    static_cast<double>(series.size())
                              : 0.0;
    centre_ = centre;
    sum_.assign(series.size() + 1, 0.0);
    squares_.assign(series.size() + 1, 0.0);
    for (std::size_t i = 0; i < series.size(); ++i) {
      const double y = series[i] - centre;
      sum_[i + 1] = sum_[i] + y;
      squares_[i + 1] = squares_[i] + y * y;
    }
  }

  /// −2 log-likelihood of periods [s, t) at their own MLE, shared constants dropped.
  double operator()(std::size_t s, std::size_t t) const {
    const double m = static_cast<double>(t - s);
    const double sum = sum_[t] - sum_[s];
    if (cost_ == ChangeCost::poisson) {
      return sum > 0 ? 2 * (sum - sum * pmath::log(sum / m)) : 0.0;
    }
    return std::max(0.0, squares_[t] - squares_[s] - sum * sum / m) * inverse_variance_;
  }

  double mean(std::size_t s, std::size_t t) const {
    return (sum_[t] - sum_[s]) / static_cast<double>(t - s) + centre_;
  }

 private:
  ChangeCost cost_;
  double inverse_variance_;
  double centre_ = 0;
  std::vector<double> sum_;
  std::vector<double> squares_;
};

// The penalised criterion as a sum over segments: Σ G(segment) with G = cost + segment_term.
// MBIC's 3 log n per change plus Σ log(m_i / n) equals, up to a constant, log m_i + 2 log n
// per segment; a constant per-change penalty β is β per segment.
struct Penalty {
  ChangePenalty kind = ChangePenalty::mbic;
  double per_change = 0;  ///< what ChangePoints::penalty reports
  double log_n = 0;
  std::vector<double> log_of;  ///< log m for m = 0..n (MBIC only; log 0 unused)
  double segment_term(std::size_t length) const {
    return kind == ChangePenalty::mbic ? log_of[length] + 2 * log_n : per_change;
  }
  // Killick et al. (2012) Theorem 3.1: if G(s,T) ≥ G(s,t) + G(t,T) + K for every later end T,
  // then F(s) + G(s,t) + K ≥ F(t) means s can never again beat t. The costs never rise when a
  // segment is split, so only the penalty terms bound K. Constant β: K = −β, leaving
  // F(s) + C(s,t) ≥ F(t). MBIC: log(T−s) − log(t−s) − log(T−t) − 2 log n falls as T grows,
  // so T = n gives K = log((n−s)/(n−t)) − log(t−s) − 2 log n, leaving
  // F(s) + C(s,t) + log((n−s)/(n−t)) ≥ F(t). This returns G + K − C for t < n.
  double pruning_offset(std::size_t s, std::size_t t, std::size_t n) const {
    return kind == ChangePenalty::mbic ? log_of[n - s] - log_of[n - t] : 0.0;
  }
};

struct Prepared {
  SegmentCost cost;
  Penalty penalty;
  double sigma = 0;
  std::string sigma_method;
  double autocorrelation = 0;
};

Result<Prepared> prepare(std::span<const double> series, const ChangePointOptions& options) {
  if (options.min_segment_length == 0) {
    return Error{ErrorCode::invalid_input, "min_segment_length must be at least 1 period."};
  }
  if (series.size() < 2 * options.min_segment_length) {
    return Error{ErrorCode::too_few_rows,
                 "A change point needs at least two segments of min_segment_length periods; "
                 "the series is shorter. Use a longer series or a smaller minimum."};
  }
  for (const double y : series) {
    if (!std::isfinite(y)) {
      return Error{ErrorCode::invalid_input, "The series holds a missing or infinite value."};
    }
    if (options.cost == ChangeCost::poisson && (y < 0 || y != std::floor(y))) {
      return Error{ErrorCode::invalid_input,
                   "The Poisson cost needs non-negative whole counts; use normal_mean for "
                   "amounts."};
    }
  }
  double sigma = 0, rho = 0;
  std::string sigma_method;
  if (options.cost == ChangeCost::normal_mean) {
    if (options.sigma) {
      if (!(*options.sigma > 0) || !std::isfinite(*options.sigma)) {
        return Error{ErrorCode::invalid_input, "A given sigma must be positive and finite."};
      }
      sigma = *options.sigma;
      sigma_method = "given";
    } else {
      sigma = robust_noise_sd(series);
      sigma_method = "mad_diff";
      if (sigma == 0) {
        // More than half of the differences are equal (a step series, or counts with ties):
        // MAD says nothing, the plain sd of the differences still measures the jumps.
        double sum = 0, squares = 0;
        const std::size_t n = series.size() - 1;
        for (std::size_t i = 0; i < n; ++i) {
          const double d = series[i + 1] - series[i];
          sum += d;
          squares += d * d;
        }
        const double mean = sum / static_cast<double>(n);
        const double variance =
            n > 1 ? std::max(0.0, (squares - static_cast<double>(n) * mean * mean) /
                                      static_cast<double>(n - 1))
                  : 0;
        sigma = std::sqrt(variance / 2);
        sigma_method = "sd_diff";
      } else if (options.long_run_variance && series.size() >= 4) {
        // AR(1) noise with lag-1 correlation ρ: var(Δ₁) = 2σ²(1 − ρ), var(Δ₂) = 2σ²(1 − ρ²),
        // so (MAD Δ₂ / MAD Δ₁)² − 1 estimates ρ robustly (Chakar, Lebarbier, Lévy-Leduc & Robin
        // 2017, Bernoulli 23(2):1408–1447). A segment mean then varies as the long-run
        // variance σ²(1 + ρ)/(1 − ρ) over m, not σ²/m; using it keeps MBIC's calibration.
        std::vector<double> lag1(series.size() - 1), lag2(series.size() - 2);
        for (std::size_t i = 0; i + 1 < series.size(); ++i) lag1[i] = series[i + 1] - series[i];
        for (std::size_t i = 0; i + 2 < series.size(); ++i) lag2[i] = series[i + 2] - series[i];
        const double mad1 = detail::scaled_mad(lag1, detail::median(lag1));
        const double mad2 = detail::scaled_mad(lag2, detail::median(lag2));
        const double ratio = mad2 / mad1;
        rho = std::clamp(ratio * ratio - 1, 0.0, kMaxAutocorrelation);
        // MAD(Δ₁)/√2 is σ√(1 − ρ); the long-run sd is σ√((1 + ρ)/(1 − ρ)).
        sigma = sigma / std::sqrt(1 - rho) * std::sqrt((1 + rho) / (1 - rho));
        sigma_method = "mad_diff_long_run";
      }
    }
  }
  Penalty penalty;
  penalty.kind = options.penalty;
  penalty.log_n = pmath::log(static_cast<double>(series.size()));
  if (options.penalty == ChangePenalty::mbic) {
    penalty.log_of.resize(series.size() + 1);
    for (std::size_t m = 1; m <= series.size(); ++m) {
      penalty.log_of[m] = pmath::log(static_cast<double>(m));
    }
  }
  switch (options.penalty) {
    case ChangePenalty::mbic:
      penalty.per_change = 3 * penalty.log_n;
      break;
    case ChangePenalty::bic:
      penalty.per_change = 2 * penalty.log_n;
      break;
    case ChangePenalty::manual:
      if (!(options.penalty_value >= 0) || !std::isfinite(options.penalty_value)) {
        return Error{ErrorCode::invalid_input, "A manual penalty must be finite and ≥ 0."};
      }
      penalty.per_change = options.penalty_value;
      break;
  }
  return Prepared{SegmentCost(series, options.cost, sigma), penalty, sigma, sigma_method, rho};
}

const char* penalty_name(ChangePenalty penalty) {
  switch (penalty) {
    case ChangePenalty::mbic:
      return "mbic";
    case ChangePenalty::bic:
      return "bic";
    case ChangePenalty::manual:
      return "manual";
  }
  return "";
}

// Segments and change points from sorted boundaries (first period of each new segment).
ChangePoints describe(const Prepared& prepared, const ChangePointOptions& options, std::size_t n,
                      const std::vector<std::size_t>& breaks, const char* method) {
  ChangePoints out;
  out.penalty = prepared.penalty.per_change;
  out.penalty_name = penalty_name(options.penalty);
  out.cost_name = options.cost == ChangeCost::poisson ? "poisson" : "normal_mean";
  out.method = method;
  out.sigma = prepared.sigma;
  out.sigma_method = prepared.sigma_method;
  out.autocorrelation = prepared.autocorrelation;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= breaks.size(); ++i) {
    const std::size_t end = i < breaks.size() ? breaks[i] : n;
    out.segments.push_back(Segment{begin, end, prepared.cost.mean(begin, end)});
    out.criterion += prepared.cost(begin, end) + prepared.penalty.segment_term(end - begin);
    begin = end;
  }
  for (std::size_t i = 1; i < out.segments.size(); ++i) {
    const Segment& a = out.segments[i - 1];
    const Segment& b = out.segments[i];
    ChangePoint point;
    point.index = b.begin;
    point.before_mean = a.mean;
    point.after_mean = b.mean;
    if (a.mean != 0) point.relative_change = (b.mean - a.mean) / std::fabs(a.mean);
    point.direction = b.mean > a.mean ? "up" : "down";
    // Wilks: −2 log Λ of one level against two is χ²(1) when the break is fixed in advance.
    const double statistic =
        std::max(0.0, prepared.cost(a.begin, b.end) - prepared.cost(a.begin, a.end) -
                          prepared.cost(b.begin, b.end));
    point.p_value = chi_squared_upper_tail(statistic, 1);
    out.change_points.push_back(std::move(point));
  }
  return out;
}

/// −2 log-likelihood of one straight-line trend at its MLE, with the segment costs' constants.
double linear_trend_cost(std::span<const double> series, ChangeCost cost, double sigma) {
  const std::size_t n = series.size();
  // Time centred and scaled to [−1, 1], so Newton's steps stay well conditioned.
  const double half = static_cast<double>(n - 1) / 2;
  auto time = [&](std::size_t t) {
    return half > 0 ? (static_cast<double>(t) - half) / half : 0.0;
  };
  if (cost == ChangeCost::normal_mean) {
    double mean = 0, t2 = 0, ty = 0;
    for (std::size_t t = 0; t < n; ++t) mean += series[t];
    mean /= static_cast<double>(n);
    for (std::size_t t = 0; t < n; ++t) {
      t2 += time(t) * time(t);
      ty += time(t) * (series[t] - mean);
    }
    const double slope = t2 > 0 ? ty / t2 : 0;
    double squares = 0;
    for (std::size_t t = 0; t < n; ++t) {
      const double r = series[t] - mean - slope * time(t);
      squares += r * r;
    }
    return sigma > 0 ? squares / (sigma * sigma) : 0;
  }
  // A straight line in the Poisson rate, μ_t = a + b·time(t) (R's glm(y ~ t, family =
  // poisson(link = "identity"))): maximise ℓ = Σ y log μ − μ by Newton's method from the flat
  // line, halving steps that lower ℓ or leave some μ_t ≤ 0 (ℓ is concave where all μ_t > 0).
  const double total = std::accumulate(series.begin(), series.end(), 0.0);
  if (total == 0) return 0;
  double a = total / static_cast<double>(n), b = 0;
  auto deviance = [&](double a0, double b0) {
    double d = 0;
    for (std::size_t t = 0; t < n; ++t) {
      const double mu = a0 + b0 * time(t);
      if (!(mu > 0)) return kInfinity;
      d += 2 * (mu - (series[t] > 0 ? series[t] * pmath::log(mu) : 0.0));
    }
    return d;
  };
  double current = deviance(a, b);
  for (int iteration = 0; iteration < 100; ++iteration) {
    double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (std::size_t t = 0; t < n; ++t) {
      const double mu = a + b * time(t), w = series[t] / (mu * mu), r = series[t] / mu - 1;
      ga += r;
      gb += r * time(t);
      haa += w;
      hab += w * time(t);
      hbb += w * time(t) * time(t);
    }
    const double det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    double next = deviance(a + da, b + db);
    for (int halving = 0; halving < 60 && !(next <= current); ++halving) {
      da /= 2;
      db /= 2;
      next = deviance(a + da, b + db);
    }
    if (!(next <= current)) break;
    a += da;
    b += db;
    const bool done = current - next < 1e-13 * (1 + std::fabs(next));
    current = next;
    if (done) break;
  }
  return current;
}

/// prefer_linear_trend: one segment when a straight line scores better than the segmentation.
ChangePoints against_trend(ChangePoints found, const Prepared& prepared,
                           std::span<const double> series, const ChangePointOptions& options,
                           const char* method) {
  if (!options.prefer_linear_trend) return found;
  const double slope_penalty = options.penalty == ChangePenalty::manual
                                   ? prepared.penalty.per_change
                                   : prepared.penalty.log_n;
  const double trend = linear_trend_cost(series, options.cost, prepared.sigma) +
                       prepared.penalty.segment_term(series.size()) + slope_penalty;
  if (trend >= found.criterion) {
    found.trend_criterion = trend;
    return found;
  }
  ChangePoints one = describe(prepared, options, series.size(), {}, method);
  one.trend_criterion = trend;
  one.trend_preferred = true;
  return one;
}

}  // namespace

double robust_noise_sd(std::span<const double> series) {
  if (series.size() < 3) return 0;
  std::vector<double> differences(series.size() - 1);
  for (std::size_t i = 0; i + 1 < series.size(); ++i) differences[i] = series[i + 1] - series[i];
  const double centre = detail::median(differences);
  // A difference of two independent N(μ, σ²) values has sd σ√2.
  return detail::scaled_mad(std::move(differences), centre) / std::sqrt(2.0);
}

Result<ChangePoints> detect_change_points(std::span<const double> series,
                                          const ChangePointOptions& options) {
  auto prepared_or = prepare(series, options);
  if (!prepared_or) return prepared_or.error();
  const Prepared& prepared = prepared_or.value();
  const std::size_t n = series.size();
  const std::size_t min_length = options.min_segment_length;

  // F[t]: least penalised cost of periods [0, t); last[t]: start of its final segment.
  std::vector<double> best(n + 1, kInfinity);
  std::vector<std::size_t> last(n + 1, 0);
  best[0] = 0;
  struct Candidate {
    std::size_t start;
    std::size_t usable_until;  ///< first t at which pruning removes it
  };
  std::vector<Candidate> candidates;
  std::vector<double> unpenalised;  // F(s) + C(s, t) per candidate
  for (std::size_t t = min_length; t <= n; ++t) {
    const std::size_t newest = t - min_length;
    if (best[newest] < kInfinity) {
      candidates.push_back({newest, std::numeric_limits<std::size_t>::max()});
    }
    std::erase_if(candidates, [t](const Candidate& c) { return c.usable_until <= t; });
    unpenalised.resize(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const std::size_t s = candidates[i].start;
      unpenalised[i] = best[s] + prepared.cost(s, t);
      const double total = unpenalised[i] + prepared.penalty.segment_term(t - s);
      if (total < best[t]) {  // strict: ties keep the earliest start, as R's which.min
        best[t] = total;
        last[t] = s;
      }
    }
    if (t == n) break;
    // A candidate that cannot beat t now never will (Theorem 3.1), but t itself can end a
    // segment only min_length periods later, so the candidate stays usable until then.
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const std::size_t s = candidates[i].start;
      if (unpenalised[i] + prepared.penalty.pruning_offset(s, t, n) >= best[t]) {
        candidates[i].usable_until = std::min(candidates[i].usable_until, t + min_length);
      }
    }
  }
  std::vector<std::size_t> breaks;
  for (std::size_t t = last[n]; t > 0; t = last[t]) breaks.push_back(t);
  std::reverse(breaks.begin(), breaks.end());
  return against_trend(describe(prepared, options, n, breaks, "pelt"), prepared, series, options,
                       "pelt");
}

Result<ChangePoints> detect_change_points_binary_segmentation(std::span<const double> series,
                                                              const ChangePointOptions& options) {
  auto prepared_or = prepare(series, options);
  if (!prepared_or) return prepared_or.error();
  const Prepared& prepared = prepared_or.value();
  const std::size_t min_length = options.min_segment_length;
  const auto penalised = [&](std::size_t s, std::size_t t) {
    return prepared.cost(s, t) + prepared.penalty.segment_term(t - s);
  };
  std::vector<std::size_t> breaks;
  std::vector<std::pair<std::size_t, std::size_t>> pending{{0, series.size()}};
  while (!pending.empty()) {
    const auto [s, t] = pending.back();
    pending.pop_back();
    if (t - s < 2 * min_length) continue;
    double best = penalised(s, t);
    std::size_t split = 0;
    for (std::size_t k = s + min_length; k + min_length <= t; ++k) {
      const double total = penalised(s, k) + penalised(k, t);
      if (total < best) {
        best = total;
        split = k;
      }
    }
    if (split == 0) continue;
    breaks.push_back(split);
    pending.emplace_back(s, split);
    pending.emplace_back(split, t);
  }
  std::sort(breaks.begin(), breaks.end());
  return against_trend(describe(prepared, options, series.size(), breaks, "binary_segmentation"),
                       prepared, series, options, "binary_segmentation");
}

}  // namespace cxs
