// Insights from the activity log; see insights.hpp.
#include "cxs/insights.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "cxs/date_cell.hpp"
#include "cxs/multiple_testing.hpp"
#include "cxs/period.hpp"
#include "cxs/sample_size.hpp"

namespace cxs {
namespace {

std::string month_name(std::int64_t month) {
  return period_key(month_start_unix_seconds(month), Period::month);
}

/// The answers of one group, accumulated.
struct Answers {
  std::uint64_t responses = 0;
  NpsCounts nps;
  CsatCounts csat;
  CesAnswers ces{};
  void add(const Activity& a) {
    ++responses;
    if (a.nps >= 0) nps.add(a.nps);
    if (a.satisfied >= 0) csat.add(a.satisfied == 1);
    if (a.ces >= 1 && a.ces <= 7) ++ces[static_cast<std::size_t>(a.ces)];
  }
  Answers& operator+=(const Answers& other) {
    responses += other.responses;
    nps += other.nps;
    csat += other.csat;
    for (std::size_t i = 0; i < ces.size(); ++i) ces[i] += other.ces[i];
    return *this;
  }
};

bool has_answer(const Activity& a) { return a.nps >= 0 || a.satisfied >= 0 || a.ces >= 0; }

/// CES on one scale for the whole report, so groups compare: 1–7 if any answer is above 5.
CesCounts ces_counts(const Answers& answers, bool seven_point) {
  return ces_counts_on_scale(answers.ces, CesScale{1, seven_point ? 7 : 5});
}

GroupSatisfaction satisfaction_of(std::string key, const Answers& answers, bool seven_point) {
  GroupSatisfaction group;
  group.key = std::move(key);
  group.responses = answers.responses;
  if (auto nps = estimate_nps(answers.nps)) group.nps = nps.value();
  if (auto csat = estimate_csat(answers.csat)) group.csat = csat.value();
  const CesCounts ces = ces_counts(answers, seven_point);
  if (auto estimate = estimate_ces(ces)) group.ces = estimate.value();
  group.small_sample =
      small_sample(std::max({answers.nps.total(), answers.csat.total, ces.total()}));
  return group;
}

/// Every metric both groups have answers for, tested B against A.
void add_changes(std::vector<SatisfactionChange>& out, SatisfactionChange base, const Answers& a,
                 const Answers& b, bool seven_point) {
  auto add = [&](const char* metric, Result<Comparison> comparison, std::uint64_t n_a,
                 std::uint64_t n_b) {
    if (!comparison) return;
    SatisfactionChange change = base;
    change.metric = metric;
    change.n_a = n_a;
    change.n_b = n_b;
    change.comparison = std::move(comparison).value();
    out.push_back(std::move(change));
  };
  if (a.nps.total() > 0 && b.nps.total() > 0)
    add("nps", compare_nps(a.nps, b.nps), a.nps.total(), b.nps.total());
  if (a.csat.total > 0 && b.csat.total > 0)
    add("csat", compare_csat(a.csat, b.csat), a.csat.total, b.csat.total);
  const CesCounts ces_a = ces_counts(a, seven_point), ces_b = ces_counts(b, seven_point);
  if (ces_a.total() > 1 && ces_b.total() > 1)
    add("ces", compare_ces(ces_a, ces_b), ces_a.total(), ces_b.total());
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

  // Satisfaction per period and segment value, on one CES scale for the whole report.
  bool seven_point = false;
  std::int64_t last_answer = Activity::no_time;
  for (const Activity& a : activities) {
    seven_point = seven_point || a.ces > 5;
    if (has_answer(a) && a.has_time()) last_answer = std::max(last_answer, a.time);
  }
  std::map<std::string, Answers> by_week, by_month, by_quarter;
  std::map<std::uint32_t, std::map<std::uint32_t, Answers>> by_segment;  // column → value
  // The recent window against everything before it, pooled and per segment value.
  const std::int64_t recent_from = last_answer - std::int64_t{recent_window_days} * 86400;
  Answers recent, earlier;
  std::map<std::uint32_t, std::pair<Answers, Answers>>
      segment_recent;  // segment id → earlier, recent
  for (const Activity& a : activities) {
    if (!has_answer(a)) continue;
    if (a.has_time()) {
      by_week[period_key(a.time, Period::week)].add(a);
      by_month[period_key(a.time, Period::month)].add(a);
      by_quarter[period_key(a.time, Period::quarter)].add(a);
      (a.time > recent_from ? recent : earlier).add(a);
    }
    for (const std::uint32_t id : log.segments_of(a)) {
      const auto& segment = log.segments()[id];
      by_segment[segment.column][segment.value].add(a);
      if (a.has_time()) {
        auto& [before, after] = segment_recent[id];
        (a.time > recent_from ? after : before).add(a);
      }
    }
  }
  for (const auto& [key, answers] : by_week)
    out.by_week.push_back(satisfaction_of(key, answers, seven_point));
  for (const auto& [key, answers] : by_month)
    out.by_month.push_back(satisfaction_of(key, answers, seven_point));
  for (const auto& [key, answers] : by_quarter)
    out.by_quarter.push_back(satisfaction_of(key, answers, seven_point));

  // Changes: the latest month and quarter against the one before; the recent window against
  // the time before it (pooled and within each segment value); each segment value against the
  // rest of its column. All are tested together and held to one false discovery rate.
  auto last_two = [&](const std::map<std::string, Answers>& periods, const char* dimension) {
    if (periods.size() < 2) return;
    const auto latest = std::prev(periods.end()), before = std::prev(latest);
    SatisfactionChange base;
    base.dimension = dimension;
    base.a = before->first;
    base.b = latest->first;
    add_changes(out.changes, base, before->second, latest->second, seven_point);
  };
  last_two(by_month, "month");
  last_two(by_quarter, "quarter");
  if (last_answer != Activity::no_time) {
    SatisfactionChange base;
    base.dimension = "recent";
    base.a = "before " + to_iso_date(recent_from);
    base.b = "since " + to_iso_date(recent_from);
    add_changes(out.changes, base, earlier, recent, seven_point);
    for (const auto& [id, halves] : segment_recent) {
      const auto& segment = log.segments()[id];
      if (by_segment[segment.column].size() > max_segment_values) continue;
      SatisfactionChange within = base;
      within.segment_column = log.text(segment.column);
      within.segment = log.text(segment.value);
      add_changes(out.changes, within, halves.first, halves.second, seven_point);
    }
  }
  for (const auto& [column, values] : by_segment) {
    SegmentSatisfaction segment;
    segment.column = log.text(column);
    segment.distinct_values = values.size();
    if (values.size() < 2 || values.size() > max_segment_values) continue;
    Answers all;
    for (const auto& [value, answers] : values) all += answers;
    for (const auto& [value, answers] : values) {
      segment.groups.push_back(satisfaction_of(log.text(value), answers, seven_point));
      Answers rest;
      rest.nps = NpsCounts{all.nps.detractors - answers.nps.detractors,
                           all.nps.passives - answers.nps.passives,
                           all.nps.promoters - answers.nps.promoters};
      rest.csat = {all.csat.satisfied - answers.csat.satisfied,
                   all.csat.total - answers.csat.total};
      for (std::size_t i = 0; i < rest.ces.size(); ++i) rest.ces[i] = all.ces[i] - answers.ces[i];
      SatisfactionChange base;
      base.dimension = segment.column;
      base.a = "rest";
      base.b = log.text(value);
      add_changes(out.changes, base, rest, answers, seven_point);
    }
    // Largest groups first: the ones a team can act on.
    std::stable_sort(segment.groups.begin(), segment.groups.end(),
                     [](const auto& a, const auto& b) { return a.responses > b.responses; });
    out.by_segment.push_back(std::move(segment));
  }
  std::vector<double> p_values;
  for (const auto& change : out.changes) p_values.push_back(change.comparison.p_value);
  if (auto q = benjamini_hochberg(p_values)) {
    for (std::size_t i = 0; i < out.changes.size(); ++i) {
      auto& change = out.changes[i];
      change.q_value = q.value()[i];
      change.significant = change.q_value <= change_fdr && !change.comparison.small_sample;
    }
  }
  std::stable_sort(out.changes.begin(), out.changes.end(), [](const auto& a, const auto& b) {
    if (a.significant != b.significant) return a.significant;
    return a.q_value < b.q_value;
  });

  // Scorecard: per month, what customers do (orders, tickets) beside what they say.
  struct Month {
    std::set<std::int32_t> active, ordering;
    std::uint64_t orders = 0, tickets = 0;
    double revenue = 0;
    Answers answers;
  };
  std::map<std::int64_t, Month> months;
  std::vector<std::int64_t> first_month(customer_count, INT64_MAX);
  for (const Activity& a : activities) {
    if (!a.has_time()) continue;
    const std::int64_t month = month_index(a.time);
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
  std::map<std::int64_t, std::uint64_t> new_in_month;
  for (const std::int64_t month : first_month)
    if (month != INT64_MAX) ++new_in_month[month];
  const Month* previous = nullptr;
  std::int64_t previous_month = 0;
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
