// Health score; see health_score.hpp.
#include "cxs/health_score.hpp"

#include <algorithm>
#include <cmath>

namespace cxs {
namespace {

/// A chance p that the customer is still active in 90 days, as points: 40 p − 20, so even odds
/// add nothing. To a tenth of a point: whole points would tie most one-time buyers together.
double chance_points(double p) { return std::round(10 * (40 * p - 20)) / 10; }

}  // namespace

HealthScore health_score(const HealthInputs& in) {
  HealthScore out;
  auto add = [&](const char* name, double points, Message detail) {
    if (points != 0) out.components.push_back({name, points, english(detail), std::move(detail)});
  };
  if (in.last_nps) {
    const int nps = *in.last_nps;
    add("satisfaction",
        nps >= 9   ? 20
        : nps <= 6 ? -20
                   : 0,
        Message("health.latest_nps").integer("nps", nps));
    if (in.previous_nps && *in.previous_nps - nps >= 3) {
      add("satisfaction_trend", -10,
          Message("health.nps_fell").integer("from", *in.previous_nps).integer("to", nps));
    }
  }
  if (in.p_order_90_days) {
    const double p = std::clamp(*in.p_order_90_days, 0.0, 1.0);
    double points = chance_points(p);
    if (in.subscriber) points = std::max(0.0, points);
    add("activity", points, Message("health.order_chance").number("percent", 100 * p, "%.0f"));
  } else if (in.lapsed) {
    add("activity", -20, Message("health.ordering_stopped"));
  } else if (in.ordered_recently) {
    add("activity", 10, Message("health.ordered_recently"));
  }
  if (in.p_subscribed_90_days) {
    const double q = std::clamp(*in.p_subscribed_90_days, 0.0, 1.0);
    // The plan name was cut to fit 160 bytes when this was written with snprintf; the message
    // keeps all of it.
    Message detail(in.subscription_curve == "all" ? "health.subscription_chance.all_plans"
                                                  : "health.subscription_chance.plan");
    detail.number("percent", 100 * q, "%.0f");
    if (in.subscription_curve != "all") detail.text("plan", in.subscription_curve);
    detail.number("days", in.subscription_age_days, "%.0f");
    add("retention", chance_points(q), std::move(detail));
  }
  if (in.tickets_recent > 2) {
    add("support_load", -std::min(15.0, 5.0 * (in.tickets_recent - 2)),
        Message("health.tickets_recent").integer("tickets", in.tickets_recent));
  }
  if (in.payments_failed_recent > 0) {
    add("payment_state", -std::min(30.0, 15.0 * in.payments_failed_recent),
        Message("health.payments_failed").integer("payments", in.payments_failed_recent));
  }
  if (in.subscription_ended) add("payment_state", -30, Message("health.subscription_ended"));
  if (in.churn_signal_severity >= 0) {
    const int s = in.churn_signal_severity;
    add("churn_signals",
        s == 2   ? -30
        : s == 1 ? -15
                 : -5,
        Message(s == 2   ? "health.churn_signal.high"
                : s == 1 ? "health.churn_signal.medium"
                         : "health.churn_signal.low"));
  }
  double score = 50;
  for (const HealthComponent& c : out.components) score += c.contribution;
  out.score = std::clamp(score, 0.0, 100.0);
  return out;
}

}  // namespace cxs
