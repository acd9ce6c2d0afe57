// Insights from the activity log; see insights.hpp.
#include "cxs/insights.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "cxs/billing_interval.hpp"
#include "cxs/customer_graph.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/multiple_testing.hpp"
#include "cxs/period.hpp"
#include "cxs/proportion.hpp"
#include "cxs/sample_size.hpp"

namespace cxs {
namespace {

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
  /// Takes away a subset of these answers (a segment value's from its column, a cell's from
  /// its segment value).
  Answers& operator-=(const Answers& part) {
    responses -= part.responses;
    nps = NpsCounts{nps.detractors - part.nps.detractors, nps.passives - part.nps.passives,
                    nps.promoters - part.nps.promoters};
    csat = CsatCounts{csat.satisfied - part.csat.satisfied, csat.total - part.csat.total};
    for (std::size_t i = 0; i < ces.size(); ++i) ces[i] -= part.ces[i];
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

constexpr std::array<std::string_view, 3> kMetrics{"nps", "csat", "ces"};

/// Valid answers to `metric` in a group.
std::uint64_t answers_to(std::string_view metric, const Answers& answers, bool seven_point) {
  if (metric == "nps") return answers.nps.total();
  if (metric == "csat") return answers.csat.total;
  return ces_counts(answers, seven_point).total();
}

/// The test of `metric` between two groups, B against A (see compare.hpp).
Result<Comparison> compare_answers(std::string_view metric, const Answers& a, const Answers& b,
                                   bool seven_point) {
  if (metric == "nps") return compare_nps(a.nps, b.nps);
  if (metric == "csat") return compare_csat(a.csat, b.csat);
  return compare_ces(ces_counts(a, seven_point), ces_counts(b, seven_point));
}

/// Every metric both groups have at least `min_answers` answers for (and the test's own
/// minimum: one, or two for the t-test of CES), tested B against A.
void add_changes(std::vector<SatisfactionChange>& out, SatisfactionChange base, const Answers& a,
                 const Answers& b, bool seven_point, std::uint64_t min_answers = 1) {
  for (const std::string_view metric : kMetrics) {
    const std::uint64_t least = std::max<std::uint64_t>(min_answers, metric == "ces" ? 2 : 1);
    const std::uint64_t n_a = answers_to(metric, a, seven_point);
    const std::uint64_t n_b = answers_to(metric, b, seven_point);
    if (n_a < least || n_b < least) continue;
    auto comparison = compare_answers(metric, a, b, seven_point);
    if (!comparison) continue;
    SatisfactionChange change = base;
    change.metric = metric;
    change.n_a = n_a;
    change.n_b = n_b;
    change.comparison = std::move(comparison).value();
    out.push_back(std::move(change));
  }
}

/// Unix seconds at the end of an ISO date (its last second), or nullopt for empty text.
std::optional<std::int64_t> end_of_iso_date(std::string_view date) {
  const auto day = days_from_iso_date(date);
  if (!day) return std::nullopt;
  return *day * 86400 + 86399;
}

constexpr double kSecondsPerDay = 86400.0;
/// Months of renewal history the sBG model is fitted on, at most, and the fewest
/// subscriptions a synthetic cohort must hold.
constexpr int kSbgMaxPeriods = 12;
constexpr std::uint64_t kSbgMinCohort = 30;
/// Customers the personas are found on, at most: k-means and the silhouette are run on an
/// evenly spaced sample beyond this, so the page stays responsive.
constexpr std::size_t kPersonaMaxRows = 5000;

/// The currency most rows of `kind` with an amount use. MRR and spend are summed in it alone,
/// since amounts in different currencies do not add up.
std::uint32_t main_currency(const ActivityLog& log, SourceKind kind) {
  std::map<std::uint32_t, std::uint64_t> count;
  for (const Activity& a : log.activities())
    if (a.kind == kind && a.has_amount()) ++count[a.currency];
  std::uint32_t best = 0;
  std::uint64_t most = 0;
  for (const auto& [currency, n] : count) {
    if (n > most) best = currency, most = n;
  }
  return best;
}

/// Subscriptions from the log, with customer, plan and a cancel time only when it has come.
/// Amounts are per billing interval (Stripe's Amount of a yearly plan is the year's price), so
/// each is turned into its monthly equivalent; amounts in another currency than `currency` are
/// left out of MRR.
std::vector<Subscription> subscriptions_of(const ActivityLog& log,
                                           std::span<const std::int32_t> customer_of_node,
                                           std::int64_t as_of, std::uint32_t currency) {
  std::vector<Subscription> out;
  for (const Activity& a : log.activities()) {
    if (a.kind != SourceKind::subscriptions || !a.has_time() || a.time > as_of) continue;
    if (CustomerGraph::customer_at(customer_of_node, a.node) < 0) continue;
    Subscription s;
    s.customer = static_cast<std::size_t>(customer_of_node[a.node]);
    s.start = a.time;
    // A cancellation dated after as_of ("cancel at period end") has not happened yet.
    if (a.end_time != Activity::no_time && a.end_time <= as_of) s.end = a.end_time;
    if (a.has_amount() && a.currency == currency)
      s.monthly_amount = monthly_amount(a.amount, a.interval, a.interval_count);
    s.plan = log.text(a.plan);
    out.push_back(std::move(s));
  }
  return out;
}

SurvivalModel survival_of(std::span<const Subscription> subscriptions, std::int64_t as_of) {
  SurvivalModel model;
  std::map<std::string, std::vector<SurvivalObservation>> by_plan;
  std::vector<SurvivalObservation> all;
  for (const Subscription& s : subscriptions) {
    const std::int64_t stop = s.end ? *s.end : as_of;
    const SurvivalObservation o{std::max(0.0, static_cast<double>(stop - s.start) / kSecondsPerDay),
                                s.end.has_value()};
    all.push_back(o);
    by_plan[s.plan.empty() ? "(no plan)" : s.plan].push_back(o);
  }
  if (auto fit = fit_kaplan_meier(all)) model.groups.push_back({"all", std::move(fit).value()});
  std::vector<std::pair<std::string, std::vector<SurvivalObservation>*>> plans;
  for (auto& [plan, observations] : by_plan) plans.emplace_back(plan, &observations);
  std::stable_sort(plans.begin(), plans.end(), [](const auto& a, const auto& b) {
    return a.second->size() > b.second->size();
  });
  std::vector<GroupedSurvivalObservation> grouped;
  for (std::size_t g = 0; g < plans.size() && plans.size() > 1; ++g) {
    if (auto fit = fit_kaplan_meier(*plans[g].second))
      model.groups.push_back({plans[g].first, std::move(fit).value()});
    model.logrank_groups.push_back(plans[g].first);
    for (const auto& o : *plans[g].second)
      grouped.push_back({o.time, o.event, static_cast<int>(g)});
  }
  if (!grouped.empty()) {
    if (auto test = logrank_test(grouped)) model.logrank = std::move(test).value();
  }
  return model;
}

/// Monthly renewals as one synthetic cohort: of the subscriptions started at least n whole
/// months before as_of, how many were still active at the start of months 0..n. n is the
/// longest history (up to kSbgMaxPeriods) with at least kSbgMinCohort such subscriptions.
Result<SbgModel> sbg_of(std::span<const Subscription> subscriptions, std::int64_t as_of) {
  const double month = 365.2425 / 12 * kSecondsPerDay;
  for (int periods = kSbgMaxPeriods; periods >= 2; --periods) {
    std::vector<std::uint64_t> alive(static_cast<std::size_t>(periods) + 1, 0);
    std::uint64_t cohort = 0;
    for (const Subscription& s : subscriptions) {
      if (static_cast<double>(as_of - s.start) < periods * month) continue;
      ++cohort;
      const double lived =
          s.end ? static_cast<double>(*s.end - s.start) / month : static_cast<double>(periods);
      for (int k = 0; k <= periods; ++k)
        if (k == 0 || lived >= k) ++alive[static_cast<std::size_t>(k)];
    }
    if (cohort < kSbgMinCohort) continue;
    auto fit = fit_sbg(alive);
    if (!fit) return fit.error();
    SbgModel model;
    model.fit = std::move(fit).value();
    model.alive = std::move(alive);
    for (int k = periods + 1; k <= periods + 12; ++k) {
      model.projected_survival.push_back(sbg_survival(model.fit, k));
      model.projected_retention.push_back(sbg_retention(model.fit, k));
    }
    return model;
  }
  return Error{ErrorCode::too_few_rows,
               Message("model.sbg.too_few_subscriptions").count("min", kSbgMinCohort)};
}

/// BG/NBD, Pareto/NBD and Gamma–Gamma on the orders up to the calibration end, with the
/// holdout check on the orders after it, and each customer's P(alive), expected purchases
/// and expected value over the horizon.
Result<CustomerValueModels> customer_value_of(
    const ActivityLog& log, std::span<const std::int32_t> customer_of_node,
    const InsightOptions& options, std::int64_t as_of, std::uint32_t currency,
    std::vector<CustomerInsight>& customers,
    std::vector<std::pair<std::string, Error>>& not_fitted) {
  CustomerValueModels out;
  out.currency = log.text(currency);
  std::vector<Transaction> transactions;
  for (const Activity& a : log.activities()) {
    if (a.kind != SourceKind::orders || !a.has_time() || a.time > as_of) continue;
    if (CustomerGraph::customer_at(customer_of_node, a.node) < 0) continue;
    if (a.has_amount() && a.currency != currency) {
      ++out.other_currency_orders;
      continue;
    }
    // Line items after an order's first row carry no total: a purchase worth 0 more, which
    // the same-day merge folds into the order.
    transactions.push_back({static_cast<std::uint32_t>(customer_of_node[a.node]),
                            days_from_unix_seconds(a.time), a.has_amount() ? a.amount : 0.0});
  }
  if (transactions.empty()) return Error{ErrorCode::too_few_rows, Message("model.no_dated_orders")};
  const std::int64_t as_of_day = days_from_unix_seconds(as_of);
  RepeatHistoryOptions history_options{.calibration_end = as_of_day, .holdout_end = std::nullopt};
  if (auto end = end_of_iso_date(options.calibration_end); end && *end < as_of) {
    history_options.calibration_end = days_from_unix_seconds(*end);
    history_options.holdout_end = as_of_day;
    out.holdout_end = to_iso_date(as_of);
  }
  out.calibration_end = to_iso_date(history_options.calibration_end * 86400);
  auto histories = build_repeat_histories(transactions, history_options);
  if (!histories) return histories.error();
  out.histories = std::move(histories).value();
  const auto& people = out.histories.customers;

  if (auto fit = fit_bg_nbd(people, {})) {
    out.bgnbd = std::move(fit).value();
  } else {
    not_fitted.emplace_back("bgnbd", fit.error());
  }
  if (auto fit = fit_pareto_nbd(people, {})) {
    out.pareto_nbd = std::move(fit).value();
  } else {
    not_fitted.emplace_back("pareto_nbd", fit.error());
  }
  if (auto fit = fit_gamma_gamma(people, {})) {
    out.gamma_gamma = std::move(fit).value();
  } else {
    not_fitted.emplace_back("gamma_gamma", fit.error());
  }

  // Per customer, on the BG/NBD (the published workhorse; Pareto/NBD is reported beside it).
  // Customers with the same (x, t_x, T) share P(alive) and expected purchases.
  const double horizon = options.horizon_weeks;
  std::map<std::tuple<std::uint32_t, double, double>, std::array<double, 3>> by_history;
  for (const RepeatHistory& h : people) {
    CustomerInsight& c = customers[h.customer];
    if (!out.bgnbd) break;
    auto [it, inserted] = by_history.try_emplace({h.x, h.t_x, h.T});
    if (inserted) {
      it->second = {bg_nbd_probability_alive(out.bgnbd->model, h),
                    bg_nbd_conditional_expected_purchases(out.bgnbd->model, h, horizon),
                    bg_nbd_conditional_probability_of_purchase(out.bgnbd->model, h, 90.0 / 7)};
    }
    if (std::isfinite(it->second[0])) c.p_alive = it->second[0];
    if (std::isfinite(it->second[1])) c.expected_purchases = it->second[1];
    if (std::isfinite(it->second[2])) c.p_order_90_days = it->second[2];
    if (out.gamma_gamma && c.expected_purchases) {
      if (auto spend = gamma_gamma_conditional_expected_value(out.gamma_gamma->model, h)) {
        c.expected_value = *c.expected_purchases * spend.value();
      }
    }
  }

  // Holdout: predicted purchases in the holdout weeks against those made.
  if (out.histories.holdout_weeks > 0) {
    const double weeks = out.histories.holdout_weeks;
    double actual = 0, bgnbd = 0, pareto = 0;
    std::array<CustomerValueModels::HoldoutRow, 8> rows;
    for (std::size_t x = 0; x < rows.size(); ++x) rows[x].x = x < 7 ? std::to_string(x) : "7+";
    for (const auto& group : group_by_recency_frequency(people)) {
      const RepeatHistory& h = group.history;
      auto& row = rows[std::min<std::size_t>(h.x, 7)];
      row.customers += static_cast<std::uint64_t>(group.count);
      const double b =
          out.bgnbd ? bg_nbd_conditional_expected_purchases(out.bgnbd->model, h, weeks) : 0;
      const double p = out.pareto_nbd ? pareto_nbd_conditional_expected_purchases(
                                            out.pareto_nbd->model, h, weeks)
                                      : 0;
      bgnbd += group.count * b;
      pareto += group.count * p;
      row.bgnbd += group.count * b;
      row.pareto_nbd += group.count * p;
    }
    for (const RepeatHistory& h : people) {
      actual += h.holdout_x;
      rows[std::min<std::size_t>(h.x, 7)].actual += h.holdout_x;
    }
    out.holdout_actual = actual;
    if (out.bgnbd) out.holdout_bgnbd = bgnbd;
    if (out.pareto_nbd) out.holdout_pareto_nbd = pareto;
    for (auto& row : rows) {
      if (row.customers == 0) continue;
      const double n = static_cast<double>(row.customers);
      row.actual /= n, row.bgnbd /= n, row.pareto_nbd /= n;
      out.holdout_by_x.push_back(row);
    }
  }
  out.customers = out.histories.customers.size();
  out.histories.customers.clear();
  return out;
}

/// One customer's facts for RFM and personas, folded from the log.
struct CustomerFacts {
  std::set<std::int64_t> order_days;  ///< same-day orders are one transaction
  double revenue = 0;
  std::int64_t first = INT64_MAX, last = INT64_MIN, last_order = INT64_MIN;
  std::uint64_t tickets = 0, responses = 0, payments_failed = 0;
  std::int64_t last_nps_time = INT64_MIN;
  int last_nps = -1;
  bool canceled = false;
};

/// metrics.by_period, by_segment and changes: answers per week, month, quarter and segment
/// value; the latest periods, the recent window and each segment value compared, all held to
/// one false discovery rate, with the two-way drill-down. The recent window ends at the last
/// answer, not at as_of: it compares the newest answers with the ones before them.
void add_satisfaction(Insights& out, const ActivityLog& log) {
  const auto& activities = log.activities();
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
  const std::int64_t recent_from = last_answer == Activity::no_time
                                       ? Activity::no_time
                                       : last_answer - std::int64_t{recent_window_days} * 86400;
  Answers recent, earlier;
  std::map<std::uint32_t, std::pair<Answers, Answers>>
      segment_recent;  // segment id → earlier, recent
  // Answers are counted per day first and the days folded into weeks, months and quarters:
  // the period keys are text, built once per day instead of three times per answer.
  std::map<std::int64_t, Answers> by_day;
  for (const Activity& a : activities) {
    if (!has_answer(a)) continue;
    if (a.has_time()) {
      by_day[days_from_unix_seconds(a.time)].add(a);
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
  for (const auto& [day, answers] : by_day) {
    const std::int64_t noon = day * 86400 + 43200;
    by_week[period_key(noon, Period::week)] += answers;
    by_month[period_key(noon, Period::month)] += answers;
    by_quarter[period_key(noon, Period::quarter)] += answers;
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
  // Which recent-window changes are within one segment value and which within a two-way cell
  // (change index → segment id, or → the cell's two segment ids), for the drill-down below.
  using CellKey = std::pair<std::uint32_t, std::uint32_t>;
  std::vector<std::pair<std::size_t, std::uint32_t>> one_way_changes;
  std::vector<std::pair<std::size_t, CellKey>> cell_changes;
  std::map<CellKey, std::pair<Answers, Answers>> cell_recent;  // → earlier, recent
  if (last_answer != Activity::no_time) {
    SatisfactionChange base;
    base.dimension = "recent";
    base.a_msg = Message("change.before").text("date", to_iso_date(recent_from));
    base.b_msg = Message("change.since").text("date", to_iso_date(recent_from));
    base.a = english(base.a_msg);
    base.b = english(base.b_msg);
    add_changes(out.changes, base, earlier, recent, seven_point);
    for (const auto& [id, halves] : segment_recent) {
      const auto& segment = log.segments()[id];
      if (by_segment[segment.column].size() > max_segment_values) continue;
      SatisfactionChange within = base;
      within.segment_column = log.text(segment.column);
      within.segment = log.text(segment.value);
      within.segment_parts = {{within.segment_column, within.segment}};
      const std::size_t first = out.changes.size();
      add_changes(out.changes, within, halves.first, halves.second, seven_point);
      for (std::size_t i = first; i < out.changes.size(); ++i) one_way_changes.emplace_back(i, id);
    }
    // Two-way cells (Country × Plan): the same test within each pair of values of two segment
    // columns, so a drop confined to one cell is found as one segment rather than as a smaller
    // drop in each of its columns. Left out: cells below two_way_cell_min_answers, and a cell
    // that holds every answer of one of its values (the same test as that value's).
    std::set<std::uint32_t> crossable;
    for (const auto& [column, values] : by_segment)
      if (values.size() >= 2 && values.size() <= max_segment_values) crossable.insert(column);
    for (const Activity& a : activities) {
      if (!has_answer(a) || !a.has_time()) continue;
      const auto ids = log.segments_of(a);
      for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto& x = log.segments()[ids[i]];
        if (!crossable.count(x.column)) continue;
        for (std::size_t j = i + 1; j < ids.size(); ++j) {
          const auto& y = log.segments()[ids[j]];
          if (x.column == y.column || !crossable.count(y.column)) continue;
          auto& [before, after] = cell_recent[{std::min(ids[i], ids[j]), std::max(ids[i], ids[j])}];
          (a.time > recent_from ? after : before).add(a);
        }
      }
    }
    for (const auto& entry : cell_recent) {
      // Not a structured binding: clang 14 (emscripten 3.1.6) cannot capture one in a lambda.
      const CellKey& key = entry.first;
      const auto& halves = entry.second;
      const auto holds_all_of = [&](std::uint32_t id) {
        const auto& whole = segment_recent.at(id);
        return whole.first.responses == halves.first.responses &&
               whole.second.responses == halves.second.responses;
      };
      if (holds_all_of(key.first) || holds_all_of(key.second)) continue;
      SatisfactionChange cell = base;
      for (const std::uint32_t id : {key.first, key.second}) {
        const auto& segment = log.segments()[id];
        cell.segment_parts.push_back(
            {std::string(log.text(segment.column)), std::string(log.text(segment.value))});
      }
      std::sort(cell.segment_parts.begin(), cell.segment_parts.end(),
                [](const auto& p, const auto& q) { return p.column < q.column; });
      cell.segment_column = cell.segment_parts[0].column + " × " + cell.segment_parts[1].column;
      cell.segment = cell.segment_parts[0].value + " × " + cell.segment_parts[1].value;
      const std::size_t first = out.changes.size();
      add_changes(out.changes, cell, halves.first, halves.second, seven_point,
                  two_way_cell_min_answers);
      for (std::size_t i = first; i < out.changes.size(); ++i) cell_changes.emplace_back(i, key);
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
      segment.groups.push_back(satisfaction_of(std::string(log.text(value)), answers, seven_point));
      Answers rest = all;
      rest -= answers;
      SatisfactionChange base;
      base.dimension = segment.column;
      base.a_msg = Message("change.rest");
      base.a = english(base.a_msg);
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
  // Drill-down: a significant drop within one segment value is explained by a two-way cell
  // inside it that has a significant drop itself when the value's answers outside the cell
  // no longer show a significant drop by the same test, held to the same bar: a p-value at or
  // below the largest one Benjamini–Hochberg called significant, neither group small. Of
  // several such cells, the one with the smallest p-value.
  double p_cutoff = -1;
  for (const auto& change : out.changes)
    if (change.q_value <= change_fdr) p_cutoff = std::max(p_cutoff, change.comparison.p_value);
  const auto is_drop = [](const SatisfactionChange& change) {
    return change.significant && change.comparison.difference < 0;
  };
  for (const auto& [index, id] : one_way_changes) {
    SatisfactionChange& change = out.changes[index];
    if (!is_drop(change)) continue;
    double explaining_p = 2;  // p-value of the explaining cell so far
    for (const auto& [cell_index, key] : cell_changes) {
      const SatisfactionChange& cell = out.changes[cell_index];
      if (cell.metric != change.metric || !is_drop(cell) || (key.first != id && key.second != id))
        continue;
      if (explaining_p <= cell.comparison.p_value) continue;
      auto [before, after] = segment_recent.at(id);
      before -= cell_recent.at(key).first;
      after -= cell_recent.at(key).second;
      auto without = compare_answers(change.metric, before, after, seven_point);
      if (without && without.value().difference < 0 && !without.value().small_sample &&
          without.value().p_value <= p_cutoff)
        continue;  // a significant drop remains outside the cell
      CellExplanation explanation{cell.segment,
                                  cell.segment_column,
                                  cell.segment_parts,
                                  answers_to(change.metric, before, seven_point),
                                  answers_to(change.metric, after, seven_point),
                                  std::nullopt};
      if (without) explanation.without_cell = std::move(without).value();
      change.explained_by = std::move(explanation);
      explaining_p = cell.comparison.p_value;
    }
  }
  std::stable_sort(out.changes.begin(), out.changes.end(), [](const auto& a, const auto& b) {
    if (a.significant != b.significant) return a.significant;
    return a.q_value < b.q_value;
  });
}

/// scorecard: per month, what customers do (orders, tickets) beside what they say.
template <typename CustomerOf>
void add_scorecard(Insights& out, const ActivityLog& log, std::size_t customer_count,
                   const CustomerOf& customer_of) {
  const auto& activities = log.activities();
  struct Month {
    /// Customers active and ordering in the month: appended per event, then sorted and made
    /// unique once (a node-based set per month cost one allocation per event).
    std::vector<std::int32_t> active, ordering;
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
      m.active.push_back(customer);
      auto& first = first_month[static_cast<std::size_t>(customer)];
      first = std::min(first, month);
    }
    switch (a.kind) {
      case SourceKind::orders:
        ++m.orders;
        if (a.has_amount()) m.revenue += a.amount;
        if (customer >= 0) m.ordering.push_back(customer);
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
  for (auto& [month, m] : months) {
    for (std::vector<std::int32_t>* customers : {&m.active, &m.ordering}) {
      std::sort(customers->begin(), customers->end());
      customers->erase(std::unique(customers->begin(), customers->end()), customers->end());
    }
  }
  std::map<std::int64_t, std::uint64_t> new_in_month;
  for (const std::int64_t month : first_month)
    if (month != INT64_MAX) ++new_in_month[month];
  const Month* previous = nullptr;
  std::int64_t previous_month = 0;
  for (const auto& [month, m] : months) {
    ScorecardPeriod period;
    period.period = month_key(month);
    period.new_customers = new_in_month[month];
    period.active_customers = m.active.size();
    if (previous && previous_month == month - 1 && !previous->active.empty()) {
      for (const std::int32_t customer : m.active)
        period.retained_customers +=
            std::binary_search(previous->active.begin(), previous->active.end(), customer);
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
}

}  // namespace

Insights compute_insights(const ActivityLog& log, std::span<const std::int32_t> customer_of_node,
                          std::size_t customer_count, const InsightOptions& options) {
  Insights out;
  const auto& activities = log.activities();
  auto customer_of = [&](const Activity& a) -> std::int32_t {
    return CustomerGraph::customer_at(customer_of_node, a.node);
  };
  add_satisfaction(out, log);
  add_scorecard(out, log, customer_count, customer_of);

  // Retention and churn, survival and renewals, from subscriptions. as_of is the caller's one
  // date (Analysis refuses options without it); no stage guesses its own.
  const std::int64_t as_of = end_of_iso_date(options.as_of).value_or(0);
  const std::uint32_t mrr_currency = main_currency(log, SourceKind::subscriptions);
  out.mrr_currency = log.text(mrr_currency);
  const std::vector<Subscription> subscriptions =
      subscriptions_of(log, customer_of_node, as_of, mrr_currency);
  if (!subscriptions.empty()) {
    if (auto churn = subscription_churn(subscriptions, as_of)) out.churn = std::move(churn).value();
    out.survival = survival_of(subscriptions, as_of);
    if (auto sbg = sbg_of(subscriptions, as_of)) {
      out.sbg = std::move(sbg).value();
    } else {
      out.not_fitted.emplace_back("sbg", sbg.error());
    }
  } else {
    const Error none{ErrorCode::too_few_rows, Message("model.no_subscriptions")};
    out.not_fitted.emplace_back("survival", none);
    out.not_fitted.emplace_back("sbg", none);
  }

  // Per-customer facts for cohorts, lapse, RFM and personas.
  const std::uint32_t order_currency = main_currency(log, SourceKind::orders);
  out.order_currency = log.text(order_currency);
  std::vector<CustomerFacts> facts(customer_count);
  std::vector<MonthlyActivity> monthly;
  std::vector<CustomerOrder> orders;
  bool any_orders = false;
  for (const Activity& a : activities) {
    const std::int32_t customer = customer_of(a);
    if (customer < 0 || !a.has_time() || a.time > as_of) continue;
    CustomerFacts& f = facts[static_cast<std::size_t>(customer)];
    f.first = std::min(f.first, a.time);
    f.last = std::max(f.last, a.time);
    switch (a.kind) {
      case SourceKind::orders:
        any_orders = true;
        if (f.order_days.insert(days_from_unix_seconds(a.time)).second)
          orders.push_back({static_cast<std::size_t>(customer), a.time});
        // Spend in the orders' main currency only: amounts in different currencies do not add.
        if (a.has_amount() && a.currency == order_currency) f.revenue += a.amount;
        f.last_order = std::max(f.last_order, a.time);
        break;
      case SourceKind::tickets:
      case SourceKind::conversations:
        ++f.tickets;
        break;
      case SourceKind::payments:
        if (payment_outcome(log.text(a.status)) == PaymentOutcome::failed) ++f.payments_failed;
        break;
      case SourceKind::subscriptions:
        f.canceled = f.canceled || (a.end_time != Activity::no_time && a.end_time <= as_of);
        break;
      default:
        break;
    }
    if (a.nps >= 0 && a.time >= f.last_nps_time) {
      f.last_nps_time = a.time;
      f.last_nps = a.nps;
    }
    if (has_answer(a)) ++f.responses;
  }
  // Cohorts by first order month when there are orders, else by first activity of any kind.
  for (const Activity& a : activities) {
    const std::int32_t customer = customer_of(a);
    if (customer < 0 || !a.has_time() || a.time > as_of) continue;
    if (any_orders && a.kind != SourceKind::orders) continue;
    monthly.push_back({static_cast<std::size_t>(customer), month_index(a.time),
                       a.kind == SourceKind::orders && a.has_amount() ? a.amount : 0.0});
  }
  if (!monthly.empty()) {
    if (auto cohorts = cohort_retention(monthly, month_index(as_of)))
      out.cohorts = std::move(cohorts).value();
  }
  out.customers.resize(customer_count);
  if (out.survival && !out.survival->groups.empty()) {
    // The newest live subscription of each customer, read on its plan's curve at its age.
    std::vector<std::int64_t> newest(customer_count, INT64_MIN);
    for (const Subscription& s : subscriptions) {
      if (s.end || s.customer >= customer_count || s.start < newest[s.customer]) continue;
      newest[s.customer] = s.start;
      const std::string plan = s.plan.empty() ? "(no plan)" : s.plan;
      const SurvivalModel::Group* curve = &out.survival->groups.front();
      for (const SurvivalModel::Group& g : out.survival->groups)
        if (g.name == plan) curve = &g;
      CustomerInsight& c = out.customers[s.customer];
      c.subscription_age_days = static_cast<double>(as_of - s.start) / kSecondsPerDay;
      c.subscription_curve = curve->name;
      c.p_subscribed_90_days =
          kaplan_meier_conditional_survival(curve->fit, c.subscription_age_days, 90);
    }
  }
  if (!orders.empty()) {
    if (auto lapse = order_lapse(orders, as_of)) {
      for (const CustomerLapse& c : lapse.value().customers)
        out.customers[c.customer].lapsed = c.lapsed;
      out.lapse = std::move(lapse).value();
      out.lapse->customers.clear();
    }
    std::vector<RfmInput> rfm_inputs;
    std::vector<std::size_t> rfm_customers;
    for (std::size_t c = 0; c < customer_count; ++c) {
      if (facts[c].order_days.empty()) continue;
      rfm_inputs.push_back({static_cast<double>(as_of - facts[c].last_order) / kSecondsPerDay,
                            static_cast<double>(facts[c].order_days.size()), facts[c].revenue});
      rfm_customers.push_back(c);
    }
    if (auto rfm = score_rfm(rfm_inputs)) {
      for (std::size_t i = 0; i < rfm_customers.size(); ++i)
        out.customers[rfm_customers[i]].rfm = rfm.value().customers[i];
      out.rfm = std::move(rfm).value();
      out.rfm->customers.clear();
    }
  } else {
    out.not_fitted.emplace_back("rfm", Error{ErrorCode::too_few_rows, Message("model.no_orders")});
  }

  if (auto value = customer_value_of(log, customer_of_node, options, as_of, order_currency,
                                     out.customers, out.not_fitted)) {
    out.value = std::move(value).value();
  } else {
    for (const char* model : {"bgnbd", "pareto_nbd", "gamma_gamma"})
      out.not_fitted.emplace_back(model, value.error());
  }

  // Personas: behaviour and satisfaction, on an evenly spaced sample of customers.
  out.persona_features = {"orders",    "revenue",  "days_since_last_seen", "tenure_days", "tickets",
                          "responses", "last_nps", "payments_failed",      "canceled"};
  const std::size_t step = customer_count > kPersonaMaxRows
                               ? (customer_count + kPersonaMaxRows - 1) / kPersonaMaxRows
                               : 1;
  std::vector<double> values;
  std::vector<std::size_t> persona_customers;
  for (std::size_t c = 0; c < customer_count; c += step) {
    const CustomerFacts& f = facts[c];
    if (f.first == INT64_MAX) continue;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    values.insert(values.end(), {static_cast<double>(f.order_days.size()), f.revenue,
                                 static_cast<double>(as_of - f.last) / kSecondsPerDay,
                                 static_cast<double>(f.last - f.first) / kSecondsPerDay,
                                 static_cast<double>(f.tickets), static_cast<double>(f.responses),
                                 f.last_nps >= 0 ? static_cast<double>(f.last_nps) : nan,
                                 static_cast<double>(f.payments_failed), f.canceled ? 1.0 : 0.0});
    persona_customers.push_back(c);
  }
  out.persona_rows = persona_customers.size();
  if (auto personas = find_personas({out.persona_features, values})) {
    for (std::size_t i = 0; i < persona_customers.size(); ++i)
      out.customers[persona_customers[i]].persona = personas.value().membership[i];
    out.personas = std::move(personas).value();
    const std::size_t k = out.personas->personas.size();
    std::vector<NpsCounts> nps(k);
    std::vector<std::uint64_t> churned(k), members(k), valued(k);
    std::vector<double> revenue(k), value(k);
    for (const std::size_t c : persona_customers) {
      const std::size_t p = *out.customers[c].persona;
      const CustomerFacts& f = facts[c];
      ++members[p];
      if (f.last_nps >= 0) nps[p].add(f.last_nps);
      if (f.canceled || out.customers[c].lapsed) ++churned[p];
      revenue[p] += f.revenue;
      if (out.customers[c].expected_value) {
        ++valued[p];
        value[p] += *out.customers[c].expected_value;
      }
    }
    for (std::size_t p = 0; p < k; ++p) {
      Insights::PersonaOutcome outcome;
      if (auto estimate = estimate_nps(nps[p])) outcome.nps = estimate.value();
      outcome.churned = share_with_wilson_interval(churned[p], members[p]);
      outcome.mean_revenue = members[p] ? revenue[p] / static_cast<double>(members[p]) : 0;
      if (valued[p]) outcome.mean_expected_value = value[p] / static_cast<double>(valued[p]);
      out.persona_outcomes.push_back(std::move(outcome));
    }
  } else {
    out.not_fitted.emplace_back("personas", personas.error());
  }
  return out;
}

}  // namespace cxs
