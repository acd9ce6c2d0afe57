// Health score: a customer's health as the sum of named, explainable components, each shown
// with its contribution, so a reader sees why a customer scores what it does.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cxs {

/// What the score is computed from, for one customer as of the analysis date.
struct HealthInputs {
  std::optional<int> last_nps;      ///< 0..10
  bool ordered_recently = false;    ///< an order in the last 90 days
  bool lapsed = false;              ///< an ordering habit that stopped (see churn.hpp)
  int tickets_recent = 0;           ///< tickets and conversations in the last 90 days
  int payments_failed_recent = 0;   ///< failed payments in the last 60 days
  bool subscription_ended = false;  ///< every subscription has ended
  int churn_signal_severity = -1;   ///< highest churn_risk signal: 2 high, 1 medium, 0 low, -1 none
};

struct HealthComponent {
  std::string name;         ///< satisfaction, activity, support_load, payment_state, churn_signals
  double contribution = 0;  ///< points added to the base (negative lowers health)
  std::string detail;       ///< the fact behind it, in words
};

struct HealthScore {
  double score = 0;  ///< base + the components, clipped to 0..100
  std::vector<HealthComponent> components;
};

/// Base 50, then: satisfaction +20 (promoter) / −20 (detractor); activity +10 (ordered in the
/// last 90 days) / −20 (lapsed); support load −5 per recent ticket beyond 2, at most −15;
/// payment state −15 per recent failed payment, at most −30; subscription ended −30; churn
/// signals −30 (high) / −15 (medium) / −5 (low). The weights are a stated starting point, not
/// fitted: `tests/bench/signals/evaluate.mjs` measures how well the score separates customers
/// who later cancelled (AUC).
HealthScore health_score(const HealthInputs& inputs);

}  // namespace cxs
