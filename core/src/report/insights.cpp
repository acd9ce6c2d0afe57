// Insights from the activity log; see insights.hpp.
#include "cxs/insights.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "cxs/date_cell.hpp"

namespace cxs {
namespace {

/// Months as one integer (year × 12 + month − 1), so "the month before" is − 1.
int month_index(std::int64_t unix_seconds) {
  const std::string date = to_iso_date(unix_seconds);
  return std::stoi(date.substr(0, 4)) * 12 + std::stoi(date.substr(5, 2)) - 1;
}
std::string month_name(int month) {
  const int year = month / 12, m = month % 12 + 1;
  return std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
}
std::string quarter_name(int month) {
  return std::to_string(month / 12) + "-Q" + std::to_string(month % 12 / 3 + 1);
}

/// The answers of one group, accumulated.
struct Answers {
  std::uint64_t responses = 0;
  NpsCounts nps;
  CsatCounts csat;
  void add(const Activity& a) {
    ++responses;
    if (a.nps >= 0) nps.add(a.nps);
    if (a.satisfied >= 0) csat.add(a.satisfied == 1);
  }
};

bool has_answer(const Activity& a) { return a.nps >= 0 || a.satisfied >= 0 || a.ces >= 0; }

GroupSatisfaction satisfaction_of(std::string key, const Answers& answers) {
  GroupSatisfaction group;
  group.key = std::move(key);
  group.responses = answers.responses;
  if (auto nps = estimate_nps(answers.nps)) group.nps = nps.value();
  if (auto csat = estimate_csat(answers.csat)) group.csat = csat.value();
  group.small_sample = std::max(answers.nps.total(), answers.csat.total) < small_sample_n;
  return group;
}

}  // namespace

Insights compute_insights(const ActivityLog& log, std::span<const std::int32_t> customer_of_node,
                          std::size_t customer_count, const InsightOptions& options) {
  (void)options;
  Insights out;
  const auto& activities = log.activities();
  auto customer_of = [&](const Activity& a) -> std::int32_t {
    return a.node < customer_of_node.size() ? customer_of_node[a.node] : -1;
  };

  // Satisfaction per month, quarter and segment value.
  std::map<int, Answers> by_month;
  std::map<int, Answers> by_quarter;  // keyed by the quarter's first month
  std::map<std::uint32_t, std::map<std::uint32_t, Answers>> by_segment;  // column → value
  for (const Activity& a : activities) {
    if (!has_answer(a)) continue;
    if (a.has_time()) {
      const int month = month_index(a.time);
      by_month[month].add(a);
      by_quarter[month - month % 3].add(a);
    }
    for (const std::uint32_t id : log.segments_of(a)) {
      const auto& segment = log.segments()[id];
      by_segment[segment.column][segment.value].add(a);
    }
  }
  for (const auto& [month, answers] : by_month)
    out.by_month.push_back(satisfaction_of(month_name(month), answers));
  for (const auto& [month, answers] : by_quarter)
    out.by_quarter.push_back(satisfaction_of(quarter_name(month), answers));
  for (const auto& [column, values] : by_segment) {
    SegmentSatisfaction segment;
    segment.column = log.text(column);
    segment.distinct_values = values.size();
    if (values.size() < 2 || values.size() > max_segment_values) continue;
    for (const auto& [value, answers] : values)
      segment.groups.push_back(satisfaction_of(log.text(value), answers));
    // Largest groups first: the ones a team can act on.
    std::stable_sort(segment.groups.begin(), segment.groups.end(),
                     [](const auto& a, const auto& b) { return a.responses > b.responses; });
    out.by_segment.push_back(std::move(segment));
  }

  // Scorecard: per month, what customers do (orders, tickets) beside what they say.
  struct Month {
    std::set<std::int32_t> active, ordering;
    std::uint64_t orders = 0, tickets = 0;
    double revenue = 0;
    Answers answers;
  };
  std::map<int, Month> months;
  std::vector<int> first_month(customer_count, INT32_MAX);
  for (const Activity& a : activities) {
    if (!a.has_time()) continue;
    const int month = month_index(a.time);
    Month& m = months[month];
    const std::int32_t customer = customer_of(a);
    if (customer >= 0) {
      m.active.insert(customer);
      auto& first = first_month[static_cast<std::size_t>(customer)];
      first = std::min(first, month);
    }
    switch (a.kind) {
      case SourceKind::orders:
        ++m.orders;
        if (a.has_amount()) m.revenue += a.amount;
        if (customer >= 0) m.ordering.insert(customer);
        break;
      case SourceKind::tickets:
      case SourceKind::conversations:
        ++m.tickets;
        break;
      default:
        break;
    }
    if (has_answer(a)) m.answers.add(a);
  }
  std::map<int, std::uint64_t> new_in_month;
  for (const int month : first_month)
    if (month != INT32_MAX) ++new_in_month[month];
  const Month* previous = nullptr;
  int previous_month = 0;
  for (const auto& [month, m] : months) {
    ScorecardPeriod period;
    period.period = month_name(month);
    period.new_customers = new_in_month[month];
    period.active_customers = m.active.size();
    if (previous && previous_month == month - 1 && !previous->active.empty()) {
      for (const std::int32_t customer : m.active)
        period.retained_customers += previous->active.count(customer);
      period.retention = static_cast<double>(period.retained_customers) /
                         static_cast<double>(previous->active.size());
    }
    period.orders = m.orders;
    period.revenue = m.revenue;
    if (!m.ordering.empty())
      period.revenue_per_customer = m.revenue / static_cast<double>(m.ordering.size());
    period.tickets = m.tickets;
    period.responses = m.answers.responses;
    if (auto nps = estimate_nps(m.answers.nps)) period.nps = nps.value();
    if (auto csat = estimate_csat(m.answers.csat)) period.csat = csat.value();
    out.scorecard.push_back(std::move(period));
    previous = &m;
    previous_month = month;
  }
  return out;
}

}  // namespace cxs
