// Multiple testing: Benjamini–Hochberg q-values, for when many changes are tested at once.
#pragma once

#include <span>
#include <vector>

namespace cxs {

/// Benjamini & Hochberg (1995) step-up adjusted p-values ("q-values"), R's
/// p.adjust(p, "BH"): sort p ascending, take p(i) · m / i, make it non-decreasing by a
/// running minimum from the largest p down, cap at 1, and return in the input's order.
/// Rejecting every hypothesis with q ≤ α controls the false discovery rate at α for
/// independent tests (BH 1995, Theorem 1). p-values are expected in [0, 1]; an empty
/// span gives an empty result.
std::vector<double> benjamini_hochberg(std::span<const double> p_values);

}  // namespace cxs
