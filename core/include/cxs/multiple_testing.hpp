// Multiple testing: Benjamini–Hochberg q-values, for when many changes are tested at once.
#pragma once

#include <span>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// Benjamini & Hochberg (1995) step-up adjusted p-values ("q-values"), R's
/// p.adjust(p, "BH"): sort p ascending, take p(i) · m / i, make it non-decreasing by a
/// running minimum from the largest p down, cap at 1, and return in the input's order.
/// Rejecting every hypothesis with q ≤ α controls the false discovery rate at α for
/// independent tests (BH 1995, Theorem 1). An empty span gives an empty result; a value
/// outside [0, 1], or NaN, fails with not_a_probability rather than give a wrong ordering.
Result<std::vector<double>> benjamini_hochberg(std::span<const double> p_values);

}  // namespace cxs
