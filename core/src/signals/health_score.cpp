// Health score; see health_score.hpp.
#include "cxs/health_score.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cxs {
namespace {

/// A chance p that the customer is still active in 90 days, as points: 40 p − 20, so even odds
/// add nothing. To a tenth of a point: whole points would tie most one-time buyers together.
double chance_points(double p) { return std::round(10 * (40 * p - 20)) / 10; }

}  // namespace

HealthScore health_score(const HealthInputs& in) {
  HealthScore out;
  auto add = [&](const char* name, double points, std::string detail) {
    if (points != 0) out.components.push_back({name, points, std::move(detail)});
  };
  if (in.last_nps) {
    const int nps = *in.last_nps;
    add("satisfaction", nps >= 9 ? 20 : nps <= 6 ? -20 : 0, "latest NPS " + std::to_string(nps));
    if (in.previous_nps && *in.previous_nps - nps >= 3) {
      add("satisfaction_trend", -10,
          "NPS fell from " + std::to_string(*in.previous_nps) + " to " + std::to_string(nps));
    }
  }
  if (in.p_order_90_days) {
    const double p = std::clamp(*in.p_order_90_days, 0.0, 1.0);
    double points = chance_points(p);
    if (in.subscriber) points = std::max(0.0, points);
    char detail[80];
    std::snprintf(detail, sizeof detail, "%.0f%% chance of an order in the next 90 days (BG/NBD)",
                  100 * p);
    add("activity", points, detail);
  } else if (in.lapsed) {
    add("activity", -20, "ordering habit stopped");
  } else if (in.ordered_recently) {
    add("activity", 10, "ordered in the last 90 days");
  }
  if (in.p_subscribed_90_days) {
    const double q = std::clamp(*in.p_subscribed_90_days, 0.0, 1.0);
    char detail[160];
    std::snprintf(detail, sizeof detail,
                  "%.0f%% chance the subscription runs 90 more days (Kaplan–Meier, %s%s, "
                  "%.0f days in)",
                  100 * q, in.subscription_curve.c_str(),
                  in.subscription_curve == "all" ? " plans" : " plan", in.subscription_age_days);
    add("retention", chance_points(q), detail);
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
