// Health score; see health_score.hpp.
#include "cxs/health_score.hpp"

#include <algorithm>

namespace cxs {

HealthScore health_score(const HealthInputs& in) {
  HealthScore out;
  auto add = [&](const char* name, double points, std::string detail) {
    if (points != 0) out.components.push_back({name, points, std::move(detail)});
  };
  if (in.last_nps) {
    const int nps = *in.last_nps;
    add("satisfaction", nps >= 9 ? 20 : nps <= 6 ? -20 : 0, "latest NPS " + std::to_string(nps));
  }
  if (in.lapsed) {
    add("activity", -20, "ordering habit stopped");
  } else if (in.ordered_recently) {
    add("activity", 10, "ordered in the last 90 days");
  }
  if (in.tickets_recent > 2) {
    add("support_load", -std::min(15.0, 5.0 * (in.tickets_recent - 2)),
        std::to_string(in.tickets_recent) + " tickets in the last 90 days");
  }
  if (in.payments_failed_recent > 0) {
    add("payment_state", -std::min(30.0, 15.0 * in.payments_failed_recent),
        std::to_string(in.payments_failed_recent) + " failed payments in the last 60 days");
  }
  if (in.subscription_ended) add("payment_state", -30, "subscription ended");
  if (in.churn_signal_severity >= 0) {
    const int s = in.churn_signal_severity;
    add("churn_signals",
        s == 2   ? -30
        : s == 1 ? -15
                 : -5,
        s == 2   ? "high churn-risk signal"
        : s == 1 ? "medium churn-risk signal"
                 : "low churn-risk signal");
  }
  double score = 50;
  for (const HealthComponent& c : out.components) score += c.contribution;
  out.score = std::clamp(score, 0.0, 100.0);
  return out;
}

}  // namespace cxs
