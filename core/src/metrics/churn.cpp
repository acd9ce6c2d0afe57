// Subscription churn with MRR movements, and order-history lapse; see churn.hpp.
#include "cxs/churn.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "cxs/date_cell.hpp"
#include "cxs/proportion.hpp"

namespace cxs {
namespace {

constexpr double kSecondsPerDay = 86400;

struct Coverage {
  bool active = false;
  double mrr = 0;
};

struct CustomerSnapshots {
  Coverage at_start;  ///< at the last second of the previous month
  Coverage at_next;   ///< at the last second of this month
};

bool covers(const Subscription& subscription, std::int64_t instant) {
  return subscription.start <= instant && (!subscription.end || instant < *subscription.end);
}

void add_coverage(Coverage& coverage, const Subscription& subscription) {
  coverage.active = true;
  coverage.mrr += subscription.monthly_amount.value_or(0.0);
}

/// A rule parameter in words: whole numbers bare, others to at most 6 decimals. Built from
/// integers because to_chars(double) is missing from the wasm toolchain's libc++ and printf
/// reads the locale.
std::string plain_number(double value) {
  const auto millionths = static_cast<std::int64_t>(std::llround(value * 1e6));
  std::string out = std::to_string(millionths / 1000000);
  std::string fraction = std::to_string(1000000 + millionths % 1000000).substr(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

double median_of_sorted(const std::vector<double>& sorted) {
  const std::size_t middle = sorted.size() / 2;
  return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

}  // namespace

Result<SubscriptionChurn> subscription_churn(std::span<const Subscription> subscriptions,
                                             std::int64_t as_of) {
  SubscriptionChurn out;
  std::vector<const Subscription*> valid;
  std::map<std::size_t, std::int64_t> first_start_month;
  for (std::size_t i = 0; i < subscriptions.size(); ++i) {
    const Subscription& subscription = subscriptions[i];
    if (subscription.monthly_amount && !std::isfinite(*subscription.monthly_amount)) {
      return Error{ErrorCode::invalid_input, "A subscription's monthly amount is not finite."};
    }
    if (subscription.end && *subscription.end < subscription.start) {
      out.invalid_subscriptions.push_back(i);
      continue;
    }
    valid.push_back(&subscription);
    const std::int64_t month = month_index(subscription.start);
    auto [it, inserted] = first_start_month.try_emplace(subscription.customer, month);
    if (!inserted) it->second = std::min(it->second, month);
  }
  const std::int64_t last_full_month = month_index(as_of) - 1;
  std::optional<std::int64_t> first_month;
  for (const auto& [customer, month] : first_start_month) {
    first_month = first_month ? std::min(*first_month, month) : month;
  }
  if (!first_month || *first_month > last_full_month) {
    return Error{ErrorCode::too_few_rows,
                 "No subscription starts in a complete month before as_of."};
  }

  for (std::int64_t month = *first_month; month <= last_full_month; ++month) {
    // Snapshots at the last second of the previous month and of this one, so a subscription
    // starting at 00:00 on the 1st is new in that month and one ending then churns in it.
    const std::int64_t start = month_start_unix_seconds(month) - 1;
    const std::int64_t next = month_start_unix_seconds(month + 1) - 1;
    std::map<std::size_t, CustomerSnapshots> customers;
    for (const Subscription* subscription : valid) {
      if (covers(*subscription, start))
        add_coverage(customers[subscription->customer].at_start, *subscription);
      if (covers(*subscription, next))
        add_coverage(customers[subscription->customer].at_next, *subscription);
    }
    ChurnMonth row;
    row.month = month;
    for (const auto& [customer, first_month_of_customer] : first_start_month) {
      if (first_month_of_customer != month) continue;
      ++row.new_customers;
      const auto it = customers.find(customer);
      if (it == customers.end() || !it->second.at_next.active) ++row.started_and_ended;
    }
    for (const auto& [customer, snapshots] : customers) {
      const Coverage& before = snapshots.at_start;
      const Coverage& after = snapshots.at_next;
      if (before.active) {
        ++row.active_at_start;
        row.mrr_start += before.mrr;
      }
      if (before.active && !after.active) {
        ++row.churned;
        row.churned_mrr += before.mrr;
      } else if (before.active && after.active) {
        const double change = after.mrr - before.mrr;
        if (change > 0) row.expansion_mrr += change;
        if (change < 0) row.contraction_mrr -= change;
      } else if (after.active) {
        row.new_mrr += after.mrr;
        if (first_start_month.at(customer) < month) ++row.reactivated;
      }
    }
    row.churn_rate = share_with_wilson_interval(row.churned, row.active_at_start);
    if (row.mrr_start != 0) {
      const double kept = row.mrr_start - row.churned_mrr - row.contraction_mrr;
      row.gross_revenue_retention = kept / row.mrr_start;
      row.net_revenue_retention = (kept + row.expansion_mrr) / row.mrr_start;
    }
    out.months.push_back(row);
  }
  return out;
}

Result<OrderLapse> order_lapse(std::span<const CustomerOrder> orders, std::int64_t as_of,
                               const LapseRule& rule) {
  if (!std::isfinite(rule.gap_multiple) || rule.gap_multiple < 0 ||
      !std::isfinite(rule.minimum_days) || rule.minimum_days < 0) {
    return Error{ErrorCode::invalid_input, "The lapse rule needs finite, non-negative numbers."};
  }
  std::map<std::size_t, std::vector<std::int64_t>> times;
  for (const CustomerOrder& order : orders) {
    if (order.at <= as_of) times[order.customer].push_back(order.at);
  }
  if (times.empty()) return Error{ErrorCode::too_few_rows, "No order at or before as_of."};

  OrderLapse out;
  out.parameters = rule;
  out.rule_msg = Message("retention.lapse.rule")
                     .spelt_number("days", rule.minimum_days, plain_number(rule.minimum_days))
                     .spelt_number("multiple", rule.gap_multiple, plain_number(rule.gap_multiple));
  out.rule = english(out.rule_msg);
  for (auto& [customer, at] : times) {
    std::sort(at.begin(), at.end());
    CustomerLapse lapse;
    lapse.customer = customer;
    lapse.orders = at.size();
    lapse.days_since_last_order = static_cast<double>(as_of - at.back()) / kSecondsPerDay;
    lapse.threshold_days = rule.minimum_days;
    if (at.size() >= 2) {
      std::vector<double> gaps;
      for (std::size_t i = 1; i < at.size(); ++i) {
        gaps.push_back(static_cast<double>(at[i] - at[i - 1]) / kSecondsPerDay);
      }
      std::sort(gaps.begin(), gaps.end());
      lapse.median_gap_days = median_of_sorted(gaps);
      lapse.threshold_days =
          std::max(rule.minimum_days, rule.gap_multiple * *lapse.median_gap_days);
    }
    lapse.lapsed = lapse.days_since_last_order > lapse.threshold_days;
    out.lapsed += lapse.lapsed ? 1 : 0;
    out.customers.push_back(lapse);
  }
  return out;
}

}  // namespace cxs
