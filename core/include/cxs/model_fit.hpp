// ModelFit: a fitted parameter with its standard error and interval, and the log-scale
// maximum-likelihood fit that the customer-value models share.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "cxs/optimize.hpp"

namespace cxs {

/// A positive model parameter estimated on the log scale.
struct Parameter {
  std::string_view name;
  double value = 0;
  double se = 0;  ///< delta method: value × se(log value); 0 when has_se is false
  /// exp(log value ± 1.96 se(log value)): Wald on the log scale, so it stays positive.
  /// {value, value} when has_se is false.
  std::array<double, 2> ci95{};
  bool has_se = false;  ///< false when the likelihood's curvature there is flat or not
                        ///< positive definite: the data do not pin this parameter down
};

struct FitOptions {
  MinimizeOptions minimize{};
};

/// A maximum-likelihood fit in log-parameter space, as every model in models/ makes it.
struct LogScaleFit {
  std::vector<Parameter> params;
  double log_likelihood = 0;
  /// Nelder–Mead met its tolerance, no parameter ran off towards its bound (|log value| > 25)
  /// and every parameter has an SE: a flat or unbounded direction is not a fitted maximum.
  bool converged = false;
  int evaluations = 0;
};

/// Maximises a log-likelihood over positive parameters θ = exp(u): minimises
/// −log_likelihood(u) by Nelder–Mead from `start_log`, then takes standard errors of u from
/// the observed information (optimize.hpp). |u| is kept within 30 (θ within e^±30) so that no
/// returned number overflows when the data leave a parameter unidentified.
LogScaleFit fit_on_log_scale(const Objective& log_likelihood_of_log_params,
                             std::vector<double> start_log, std::span<const std::string_view> names,
                             const FitOptions& options);

}  // namespace cxs
