// Lagged correlation of two period series and trailing-median spikes; see co_movement.hpp.
#include "cxs/co_movement.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "cxs/detail/portable_math.hpp"
#include "cxs/detail/robust_scale.hpp"
#include "cxs/distributions.hpp"
#include "cxs/multiple_testing.hpp"

namespace cxs {
namespace {

std::vector<double> transformed(std::span<const double> y, SeriesTransform transform) {
  std::vector<double> out;
  if (transform == SeriesTransform::difference) {
    for (std::size_t t = 1; t < y.size(); ++t) out.push_back(y[t] - y[t - 1]);
    return out;
  }
  // Least-squares line on t = 0..n−1, centred so the slope is Σ(t − t̄)(y − ȳ) / Σ(t − t̄)².
  const double n = static_cast<double>(y.size());
  const double t_mean = (n - 1) / 2;
  double y_mean = 0;
  for (const double v : y) y_mean += v;
  y_mean /= n;
  double sxy = 0, sxx = 0;
  for (std::size_t t = 0; t < y.size(); ++t) {
    const double dt = static_cast<double>(t) - t_mean;
    sxy += dt * (y[t] - y_mean);
    sxx += dt * dt;
  }
  const double slope = sxx > 0 ? sxy / sxx : 0;
  for (std::size_t t = 0; t < y.size(); ++t) {
    out.push_back(y[t] - y_mean - slope * (static_cast<double>(t) - t_mean));
  }
  return out;
}

LagCorrelation correlate(std::span<const double> x, std::span<const double> y, int lag) {
  LagCorrelation out;
  out.lag = lag;
  out.n = x.size();
  const double n = static_cast<double>(x.size());
  double x_mean = 0, y_mean = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    x_mean += x[i];
    y_mean += y[i];
  }
  x_mean /= n;
  y_mean /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - x_mean) * (y[i] - y_mean);
    sxx += (x[i] - x_mean) * (x[i] - x_mean);
    syy += (y[i] - y_mean) * (y[i] - y_mean);
  }
  if (sxx == 0 || syy == 0) {
    out.defined = false;
    out.ci95 = {-1, 1};
    return out;
  }
  out.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
  if (std::fabs(out.r) == 1) {
    out.p_value = 0;
    out.ci95 = {out.r, out.r};
    return out;
  }
  const double df = n - 2;
  const double t = out.r * std::sqrt(df / (1 - out.r * out.r));
  out.p_value = 2 * student_t_cdf(-std::fabs(t), df);
  const double z = pmath::atanh(out.r), half_width = kZ95 / std::sqrt(n - 3);
  out.ci95 = {pmath::tanh(z - half_width), pmath::tanh(z + half_width)};
  return out;
}

}  // namespace

Result<CoMovement> co_movement(std::span<const double> x, std::span<const double> y,
                               const CoMovementOptions& options) {
  if (x.size() != y.size()) {
    return Error{ErrorCode::invalid_input,
                 "The two series must cover the same periods; align them first."};
  }
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!std::isfinite(x[i]) || !std::isfinite(y[i])) {
      return Error{ErrorCode::invalid_input, "A series holds a missing or infinite value."};
    }
  }
  const std::size_t lost = options.transform == SeriesTransform::difference ? 1 : 0;
  if (x.size() < lost + options.max_lag + 4) {
    return Error{ErrorCode::too_few_rows,
                 "Too few periods for this many lags: the largest lag needs at least 4 pairs."};
  }
  const auto a = transformed(x, options.transform);
  const auto b = transformed(y, options.transform);
  CoMovement out;
  out.transform = options.transform == SeriesTransform::difference ? "difference" : "detrend";
  const int max_lag = static_cast<int>(options.max_lag);
  std::vector<double> p_values;
  for (int lag = -max_lag; lag <= max_lag; ++lag) {
    const std::size_t shift = static_cast<std::size_t>(std::abs(lag));
    const std::size_t n = a.size() - shift;
    // lag > 0: x_t against y_{t+lag}; lag < 0: x_{t+|lag|} against y_t.
    const std::span<const double> xs(a.data() + (lag < 0 ? shift : 0), n);
    const std::span<const double> ys(b.data() + (lag > 0 ? shift : 0), n);
    out.lags.push_back(correlate(xs, ys, lag));
    p_values.push_back(out.lags.back().p_value);
  }
  const auto q_values = benjamini_hochberg(p_values);
  if (q_values) {
    for (std::size_t i = 0; i < out.lags.size(); ++i) out.lags[i].q_value = q_values.value()[i];
  }
  double best = -1;
  for (const auto& lag : out.lags) {
    const double strength = std::fabs(lag.r);
    if (strength > best || (strength == best && std::abs(lag.lag) < std::abs(out.best_lag))) {
      best = strength;
      out.best_lag = lag.lag;
    }
  }
  return out;
}

Result<std::vector<Spike>> spike_periods(std::span<const double> series,
                                         const SpikeOptions& options) {
  if (options.window == 0) {
    return Error{ErrorCode::invalid_input, "The baseline window must hold at least one period."};
  }
  for (const double v : series) {
    if (!std::isfinite(v)) {
      return Error{ErrorCode::invalid_input, "The series holds a missing or infinite value."};
    }
  }
  std::vector<Spike> spikes;
  const std::size_t first = std::max<std::size_t>(options.min_history, 1);
  for (std::size_t t = first; t < series.size(); ++t) {
    const std::size_t begin = t > options.window ? t - options.window : 0;
    std::vector<double> previous(series.begin() + static_cast<std::ptrdiff_t>(begin),
                                 series.begin() + static_cast<std::ptrdiff_t>(t));
    const double baseline = detail::median(previous);
    double mean_deviation = 0;
    for (const double v : previous) mean_deviation += std::fabs(v - baseline);
    mean_deviation /= static_cast<double>(previous.size());
    double scale = detail::scaled_mad(std::move(previous), baseline);
    if (scale == 0) scale = 1.2533141373155003 * mean_deviation;  // √(π/2)
    scale = std::max(scale, options.min_scale);
    const double value = series[t];
    if (value <= baseline) continue;
    Spike spike{t, value, baseline, scale, std::nullopt};
    if (scale > 0) {
      spike.robust_z = (value - baseline) / scale;
      if (*spike.robust_z <= options.threshold) continue;
    }
    spikes.push_back(spike);
  }
  return spikes;
}

}  // namespace cxs
