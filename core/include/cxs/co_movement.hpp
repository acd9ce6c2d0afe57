// Co-movement of two aligned period series (sales and complaints) at leads and lags, and spike
// periods in one series (complaint, praise or mention spikes).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// How each series is made stationary before correlating: two trending series correlate
/// whatever their relation, so levels are never compared directly.
enum class SeriesTransform {
  difference,  ///< y_t − y_{t−1}: period-to-period moves (the default)
  detrend,     ///< residuals of a least-squares line on the period index
};

struct CoMovementOptions {
  std::size_t max_lag = 4;  ///< lags −max_lag..max_lag periods
  SeriesTransform transform = SeriesTransform::difference;
};

/// Pearson r of x_t with y_{t+lag} over the n pairs where both exist: a positive lag means
/// y moves lag periods after x (x leads).
struct LagCorrelation {
  int lag = 0;
  std::size_t n = 0;
  double r = 0;
  std::array<double, 2> ci95{};  ///< Fisher z interval
  double p_value = 1;            ///< two-sided, H0 ρ = 0
  double q_value = 1;            ///< Benjamini–Hochberg over the 2·max_lag + 1 lags
  bool defined = true;           ///< false when a window has no spread (then r 0, p 1)
};

struct CoMovement {
  std::vector<LagCorrelation> lags;  ///< from −max_lag to max_lag
  int best_lag = 0;                  ///< the lag with the largest |r| (ties: smallest |lag|)
  std::string transform;             ///< "difference" or "detrend"
};

/// Correlations of the transformed series at each lag. r is Pearson's; its p-value is R's
/// cor.test: t = r √((n − 2)/(1 − r²)) on n − 2 df, exact for bivariate normal data under
/// ρ = 0 (Fisher 1915, Biometrika 10(4):507–521, derived the distribution of r); the interval
/// is tanh(atanh r ± z₀.₉₇₅ / √(n − 3)) by Fisher's (1921, Metron 1:3–32) z transform, as
/// cor.test gives. Choosing the best of 2L + 1 lags inflates its significance: read q_value.
/// Fails with invalid_input on series of different lengths or a non-finite value, and with
/// too_few_rows when the largest lag would leave fewer than 4 pairs (Fisher's √(n − 3)).
Result<CoMovement> co_movement(std::span<const double> x, std::span<const double> y,
                               const CoMovementOptions& options = {});

struct SpikeOptions {
  std::size_t window = 13;      ///< baseline: the median of up to this many previous periods
  std::size_t min_history = 4;  ///< periods before the first one that can be a spike
  double threshold = 5;         ///< robust z above which a period is a spike (see spike_periods)
  double min_scale = 0;         ///< floor on the baseline scale, in the series' unit (1 for counts)
};

struct Spike {
  std::size_t index = 0;
  double value = 0;
  double baseline = 0;             ///< median of the previous periods
  double scale = 0;                ///< robust sd of the previous periods
  std::optional<double> robust_z;  ///< (value − baseline) / scale; none when scale is 0
};

/// Periods whose value exceeds the median of the previous `window` periods by more than
/// threshold robust standard deviations: the modified z-score of Iglewicz & Hoaglin (1993),
/// "How to Detect and Handle Outliers", ASQC, against a trailing baseline so a spike is judged
/// by what came before it. Their 3.5 cut-off is for a point inside its own large sample; a
/// median and MAD of 13 previous periods are noisy themselves, and on Gaussian noise 3.5 flags
/// 1.3% of periods (measured, 20,000 periods; 2.4% with 8), so the default is 5 (0.36%;
/// Poisson(4) counts with min_scale 1: 0.18%): about one false spike per five years of weeks. The
/// scale is 1.4826 · MAD (Hampel 1974); when over half the baseline is one value MAD is 0 and the
/// scale falls back to 1.2533 · mean absolute deviation (√(π/2), consistent for the normal sd),
/// then to min_scale. A baseline with no spread at all and min_scale 0 makes any rise a spike,
/// without a z. Fails with invalid_input on a non-finite value or a window of 0.
Result<std::vector<Spike>> spike_periods(std::span<const double> series,
                                         const SpikeOptions& options = {});

}  // namespace cxs
