// Churn: subscription churn and MRR movements per calendar month, and lapsed customers from
// order histories.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cxs/estimate.hpp"
#include "cxs/result.hpp"

namespace cxs {

struct Subscription {
  std::size_t customer = 0;
  std::int64_t start = 0;                ///< unix seconds (UTC)
  std::optional<std::int64_t> end;       ///< cancel or end time, unix seconds; empty while open
  std::optional<double> monthly_amount;  ///< MRR contribution; empty counts as 0
  std::string plan;
};

/// One calendar month. A customer is active at an instant when one of their subscriptions
/// covers it (start ≤ t < end); MRR at an instant is the sum of their covering amounts. "At the
/// start" of a month is the last second of the month before, and movements compare each
/// customer's MRR there with the last second of this month. So a subscription counts as new in
/// the month_index of its start and churns in the month_index of its end, 00:00 on the 1st
/// included.
struct ChurnMonth {
  std::int64_t month = 0;             ///< month_index (year × 12 + month − 1)
  std::uint64_t active_at_start = 0;  ///< customers active when the month begins
  std::uint64_t new_customers = 0;    ///< first-ever subscription starts in this month
  std::uint64_t churned = 0;          ///< active at the start, not at the month's end
  std::uint64_t reactivated = 0;      ///< back after a gap: not active at the start, active at
                                      ///< the end, first subscription in an earlier month
  /// New this month and gone again before next month; outside the churn rate's base.
  std::uint64_t started_and_ended = 0;
  /// churned / active_at_start, 0..1, Wilson 95% interval (n = active_at_start).
  Estimate churn_rate;
  double mrr_start = 0;
  double new_mrr = 0;          ///< end-of-month MRR of customers not active at the start
  double churned_mrr = 0;      ///< start MRR of churned customers
  double expansion_mrr = 0;    ///< increases of customers active at both instants
  double contraction_mrr = 0;  ///< decreases of customers active at both instants (positive)
  /// (mrr_start − churned − contraction + expansion) / mrr_start; empty when mrr_start is 0.
  std::optional<double> net_revenue_retention;
  /// (mrr_start − churned − contraction) / mrr_start; empty when mrr_start is 0.
  std::optional<double> gross_revenue_retention;
};

struct SubscriptionChurn {
  std::vector<ChurnMonth> months;  ///< from the month of the first start to the last full month
  /// Indices of subscriptions left out because they end before they start.
  std::vector<std::size_t> invalid_subscriptions;
};

/// Monthly churn and MRR movements over the complete months before as_of (unix seconds): from
/// the first subscription's month to the month before the one holding as_of. Definitions are
/// the standard SaaS ones (MRR bridge: new, expansion, contraction, churned; David Skok, "SaaS
/// Metrics 2.0", forEntrepreneurs, 2013; net and gross revenue retention as in the KeyBanc
/// Capital Markets SaaS survey): a move between plans is expansion or contraction, not churn,
/// because the customer stays active. Fails with too_few_rows when no subscription starts in a
/// complete month, and with invalid_input for a non-finite amount.
Result<SubscriptionChurn> subscription_churn(std::span<const Subscription> subscriptions,
                                             std::int64_t as_of);

/// One order of one customer, unix seconds.
struct CustomerOrder {
  std::size_t customer = 0;
  std::int64_t at = 0;
};

struct LapseRule {
  double gap_multiple = 3;   ///< lapsed after this many median inter-order gaps ...
  double minimum_days = 90;  ///< ... and never sooner than this
};

struct CustomerLapse {
  std::size_t customer = 0;
  std::uint64_t orders = 0;  ///< orders at or before as_of
  double days_since_last_order = 0;
  std::optional<double> median_gap_days;  ///< empty with fewer than two orders
  double threshold_days = 0;              ///< max(minimum_days, gap_multiple × median gap)
  bool lapsed = false;                    ///< days_since_last_order > threshold_days
};

struct OrderLapse {
  std::string rule;  ///< the rule in words, for the report
  Message rule_msg;  ///< the same as a message (message.hpp)
  LapseRule parameters;
  std::vector<CustomerLapse> customers;  ///< by customer index, customers with orders only
  std::uint64_t lapsed = 0;
};

/// A customer has lapsed (churned without a contract to cancel) when their last order is more
/// than max(minimum_days, gap_multiple × their median gap between orders) days before as_of.
/// Scaling by each customer's own rhythm keeps a quarterly buyer from counting as lost after
/// one quiet month; the floor keeps a burst of same-week orders from making the bar tiny.
/// Orders after as_of are ignored. Fails with too_few_rows when no order is at or before as_of
/// and with invalid_input for a negative or non-finite rule.
Result<OrderLapse> order_lapse(std::span<const CustomerOrder> orders, std::int64_t as_of,
                               const LapseRule& rule = {});

}  // namespace cxs
