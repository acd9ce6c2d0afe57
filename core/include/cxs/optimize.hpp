// Optimize: the minimiser and the curvature-based standard errors that every
// maximum-likelihood model in models/ shares.
#pragma once

#include <functional>
#include <span>
#include <vector>

namespace cxs {

/// A function of a parameter vector to minimise (a negative log-likelihood). It may return
/// +infinity or NaN where it is undefined; the minimiser treats both as "worse than any".
using Objective = std::function<double(std::span<const double>)>;

struct MinimizeOptions {
  int max_evaluations = 20000;
  double tolerance = 1e-10;   ///< stop when the simplex's values differ by less than this
  double initial_step = 0.5;  ///< size of the starting simplex along each axis
  int restarts = 2;           ///< restarts from the best point, to escape a collapsed simplex
};

struct Minimum {
  std::vector<double> x;
  double value = 0;
  bool converged = false;  ///< the last restart met the tolerance and moved no further
  int evaluations = 0;
};

/// Minimises `f` from `start` by the Nelder–Mead simplex method (Nelder & Mead 1965) with
/// the standard coefficients (reflection 1, expansion 2, contraction 1/2, shrink 1/2) and
/// restarts as recommended by Press et al., Numerical Recipes 3rd ed., §10.5. Derivative-free,
/// so it suits likelihoods with hypergeometric terms. Parametrise positive parameters by
/// their logarithm so the search is unconstrained.
Minimum minimize_nelder_mead(const Objective& f, std::vector<double> start,
                             const MinimizeOptions& options = {});

/// Hessian of `f` at `x` by central differences with a relative step (Dennis & Schnabel
/// 1996, §5.6), row-major n × n.
std::vector<double> numeric_hessian(const Objective& f, std::span<const double> x);

/// Standard errors from the observed information: sqrt(diag(H⁻¹)) of the Hessian of the
/// negative log-likelihood at its minimum. An entry is NaN when H is not positive definite
/// there (a flat or boundary optimum); callers report that rather than a number.
std::vector<double> standard_errors(const Objective& negative_log_likelihood,
                                    std::span<const double> at_minimum);

}  // namespace cxs
