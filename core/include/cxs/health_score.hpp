// Health score: a customer's health as the sum of named, explainable components, each shown
// with its contribution, so a reader sees why a customer scores what it does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cxs/message.hpp"

namespace cxs {

/// What the score is computed from, for one customer as of the analysis date.
struct HealthInputs {
  std::optional<int> last_nps;      ///< 0..10
  std::optional<int> previous_nps;  ///< the answer before last_nps, 0..10
  /// BG/NBD chance of at least one order in the next 90 days (CustomerInsight::p_order_90_days);
  /// empty when the model was not fitted or does not cover this customer.
  std::optional<double> p_order_90_days;
  bool ordered_recently = false;  ///< an order in the last 90 days
  bool lapsed = false;            ///< an ordering habit that stopped (see churn.hpp)
  bool subscriber = false;        ///< has a subscription, live or ended
  /// Kaplan–Meier chance that the live subscription runs 90 more days (see insights.hpp), the
  /// curve it comes from ("Pro", "all") and the subscription's age in days.
  std::optional<double> p_subscribed_90_days;
  std::string subscription_curve;
  double subscription_age_days = 0;
  int tickets_recent = 0;           ///< tickets and conversations in the last 90 days
  int payments_failed_recent = 0;   ///< failed payments in the last 60 days
  bool subscription_ended = false;  ///< every subscription has ended
  int churn_signal_severity = -1;   ///< highest churn_risk signal: 2 high, 1 medium, 0 low, -1 none
};

struct HealthComponent {
  /// satisfaction, satisfaction_trend, activity, retention, support_load, payment_state,
  /// churn_signals
  std::string name;
  double contribution = 0;  ///< points added to the base (negative lowers health)
  std::string detail;       ///< the fact behind it, in words
  Message detail_msg{};     ///< detail as a message (message.hpp)
};

struct HealthScore {
  double score = 0;  ///< base + the components, clipped to 0..100
  std::vector<HealthComponent> components;
};

/// Base 50, then each component that applies (a component worth 0 is not listed):
/// - satisfaction: +20 for a promoter (latest NPS 9–10), −20 for a detractor (0–6);
/// - satisfaction_trend: −10 when the latest NPS is 3 or more points below the answer before
///   (a fall of about two standard deviations of one answer's noise, not a wobble);
/// - activity: with a BG/NBD chance p of an order in the next 90 days, 40 p − 20 (to 0.1), so
///   −20 (surely gone) … +20 (surely buying), 0 at even odds; for a subscriber only the gain
///   counts, since the subscription, not the store, is their relationship, and no order is not
///   a sign of leaving it. Without the model: −20 for a lapsed ordering habit, else +10 for an
///   order in the last 90 days;
/// - retention: with a Kaplan–Meier chance q that the live subscription is still running in
///   90 days (its plan's curve, at its age), 40 q − 20 (to 0.1): the activity scale, so that a
///   customer surely staying adds +20 whichever way they do business;
/// - support_load: −5 per ticket beyond 2 in the last 90 days, at most −15;
/// - payment_state: −15 per failed payment in the last 60 days, at most −30; −30 when every
///   subscription has ended;
/// - churn_signals: −30 / −15 / −5 for the strongest churn_risk signal (high / medium / low).
/// The weights are judgement, not fitted to any data set: satisfaction, activity and the
/// strongest warnings (ended, churn signals, failed payments) get the same ±20–30 range so that
/// no single component pins a customer to 0 or 100. `tests/bench/signals/evaluate.mjs`
/// measures how well the score separates customers who later left (AUC, on CDNOW and the demo).
HealthScore health_score(const HealthInputs& inputs);

}  // namespace cxs
