// The customer intents cxsignals reads from text: the churn_risk, competitor (switching) and
// opportunity (expansion) signals.
#pragma once

#include <cstddef>

namespace cxs {

enum class Intent { churn_risk, competitor_switch, expansion };
inline constexpr std::size_t kIntentCount = 3;

/// Spelling in labels and model files: "churn_risk", "competitor_switch", "expansion".
const char* to_string(Intent intent);

}  // namespace cxs
