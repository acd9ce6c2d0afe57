// Volume-change signals from weekly series; see volume_change.hpp.
#include "cxs/volume_change.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <span>

#include "cxs/change_points.hpp"
#include "cxs/co_movement.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/rate_change.hpp"

namespace cxs {
namespace {

constexpr std::int64_t kDay = 86400;
/// Complaints in the spike before it is called one (rate_change's min_count).
constexpr std::uint64_t kMinSpikeComplaints = 5;
constexpr double kSpikeAlpha = 0.05;
/// Terms named in a spike's segment, at most.
constexpr std::size_t kLabelTerms = 3;
/// Evidence per signal (signal.hpp).
constexpr std::size_t kEvidenceCap = 5;

/// Evidence that is a computed fact: its text in English and as a message.
Evidence fact_evidence(std::string field, Message text) {
  Evidence e{0, 0, "", std::move(field), english(text), ""};
  e.text_msg = std::move(text);
  return e;
}

/// A complaint spike: weeks [begin, end] (indices), tested against the weeks before.
struct ComplaintSpike {
  std::size_t begin = 0, end = 0;
  RateChange test;
  std::vector<std::string> terms;  ///< rising terms, most frequent in the spike's complaints first
};

std::uint64_t sum(std::span<const std::uint64_t> series, std::size_t begin, std::size_t end) {
  std::uint64_t total = 0;
  for (std::size_t i = begin; i <= end && i < series.size(); ++i) total += series[i];
  return total;
}

/// The terms whose share of customer texts rose in [begin, end] against the weeks before.
std::vector<std::string> rising_terms(const WeeklyVolume& weeks, std::size_t begin, std::size_t end,
                                      const RateChangeOptions& rate) {
  std::vector<std::string> names;
  std::vector<std::vector<std::uint64_t>> counts;
  for (const auto& [term, in_complaints] : weeks.term_complaints) {
    const auto all = weeks.term_texts.find(term);
    if (all == weeks.term_texts.end() || sum(in_complaints, begin, end) == 0) continue;
    names.push_back(term);
    counts.emplace_back(all->second.begin(), all->second.begin() + static_cast<long>(end) + 1);
  }
  if (counts.empty()) return {};
  const std::span<const std::uint64_t> totals(weeks.texts.data(), end + 1);
  auto changes = rate_changes(counts, totals, rate);
  if (!changes) return {};
  std::vector<std::pair<std::uint64_t, std::string>> rising;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (changes.value()[i].rising)
      rising.emplace_back(sum(weeks.term_complaints.at(names[i]), begin, end), names[i]);
  std::sort(rising.begin(), rising.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < rising.size() && i < kLabelTerms; ++i)
    out.push_back(rising[i].second);
  return out;
}

/// The complaint spike within max_lead_weeks before the break at `index` (or in its week).
std::optional<ComplaintSpike> complaint_spike_before(const WeeklyVolume& weeks,
                                                     const std::vector<Spike>& spikes,
                                                     std::size_t index,
                                                     const VolumeOptions& options) {
  std::optional<std::size_t> begin, end;
  for (const Spike& spike : spikes) {
    if (spike.index > index || spike.index + options.max_lead_weeks < index) continue;
    if (!begin) begin = spike.index;
    end = spike.index;
  }
  if (!begin || *begin == 0) return std::nullopt;
  const RateChangeOptions rate{.recent_periods = *end - *begin + 1,
                               .baseline_periods = options.baseline_weeks,
                               .min_count = kMinSpikeComplaints,
                               .alpha = kSpikeAlpha};
  const std::span<const std::uint64_t> complaints(weeks.complaints.data(), *end + 1);
  const std::span<const std::uint64_t> texts(weeks.texts.data(), *end + 1);
  auto test = rate_change(complaints, texts, rate);
  if (!test || !test.value().rising) return std::nullopt;
  return ComplaintSpike{*begin, *end, test.value(), rising_terms(weeks, *begin, *end, rate)};
}

/// The ISO date of the Sunday that ends week `week`.
std::string sunday_of_week(std::int64_t week) { return to_iso_date(((week + 1) * 7 - 4) * kDay); }

Message weeks_phrase(std::size_t n) {
  return n == 1 ? Message("time.one_week") : Message("time.weeks").count("weeks", n);
}

/// How a complaint spike leads a fall: "2 weeks before weekly orders fell (from the week of
/// 2026-09-07)"; the title keeps what comes before the parenthesis.
struct SpikeLink {
  Message lead;    ///< "in the same week as", "2 weeks before"
  Message series;  ///< "weekly orders"
  std::string week;
  Message link() const {
    return Message("volume.link").nested("lead", lead).nested("series", series).text("week", week);
  }
};

/// The spike as a signal of its own, linked to the break it came before.
Signal complaint_signal(const WeeklyVolume& weeks, const ComplaintSpike& spike,
                        const SpikeLink& link, const std::string& severity) {
  const RateChange& t = spike.test;
  const std::string from =
      monday_of_week(weeks.first_week + static_cast<std::int64_t>(spike.begin));
  const std::string to = sunday_of_week(weeks.first_week + static_cast<std::int64_t>(spike.end));
  bool support_only = true;
  std::vector<const ComplaintText*> in_spike;
  for (const ComplaintText& c : weeks.complaint_texts) {
    const std::int64_t i = c.week - weeks.first_week;
    if (i < static_cast<std::int64_t>(spike.begin) || i > static_cast<std::int64_t>(spike.end))
      continue;
    in_spike.push_back(&c);
    support_only &= c.support_contact;
  }
  std::stable_sort(
      in_spike.begin(), in_spike.end(),
      [](const ComplaintText* a, const ComplaintText* b) { return a->week < b->week; });
  Signal s;
  s.type = "volume_change";
  s.segment = std::string(support_only ? "tickets" : "customer texts") + ": complaints";
  if (!spike.terms.empty()) {
    s.segment += " (";
    for (std::size_t i = 0; i < spike.terms.size(); ++i)
      s.segment += (i ? ", " : "") + spike.terms[i];
    s.segment += ")";
  }
  s.severity = severity;
  const std::size_t spike_weeks = spike.end - spike.begin + 1;
  s.evidence.push_back(fact_evidence(
      "complaints",
      Message("evidence.complaint_spike")
          .count("recent_count", t.recent_count)
          .count("recent_total", t.recent_total)
          .text("from", from)
          .text("to", to)
          .nested("weeks", weeks_phrase(spike_weeks))
          .count("baseline_count", t.baseline_count)
          .count("baseline_total", t.baseline_total)
          .nested("baseline_weeks", weeks_phrase(t.baseline_periods))
          .number("per_week",
                  static_cast<double>(t.baseline_count) / static_cast<double>(t.baseline_periods),
                  "%.2f")
          .number("rate_ratio", t.rate_ratio, "%.1f")
          .number("lo", t.ci95[0], "%.1f")
          .number("hi", t.ci95[1], "%.1f")
          .number("p", t.p_value, "%.2g")
          .nested("link", link.link())));
  // Texts that use the spike's terms first (oldest first), then other complaints of the spike.
  auto uses_terms = [&](const ComplaintText& c) {
    if (spike.terms.empty()) return true;
    for (const std::string& term : spike.terms)
      if (c.evidence.text.find(term) != std::string::npos) return true;
    return false;
  };
  for (const bool wanted : {true, false})
    for (const ComplaintText* c : in_spike)
      if (uses_terms(*c) == wanted && s.evidence.size() < kEvidenceCap)
        s.evidence.push_back(c->evidence);
  s.evidence_count = t.recent_count;
  Message cause = Message("signal.cause.complaint_spike").nested("link", link.link());
  s.cause = english(cause);
  s.cause_msg = std::move(cause);
  s.title_msg = Message("signal.volume_change.complaints.title")
                    .nested("lead", link.lead)
                    .nested("series", link.series);
  s.title = english(s.title_msg);
  s.detected_at = to;
  return s;
}

/// "complaints → orders: r = ..." at the lag in 0..max_lag where |r| is largest.
std::optional<Message> co_movement_line(const char* name, std::span<const std::uint64_t> x,
                                        const char* sales, std::span<const double> y,
                                        std::size_t max_lag) {
  if (x.size() < y.size()) return std::nullopt;
  std::vector<double> counts(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) counts[i] = static_cast<double>(x[i]);
  auto moves = co_movement(counts, y, {.max_lag = max_lag});
  if (!moves) return std::nullopt;
  const LagCorrelation* best = nullptr;
  for (const LagCorrelation& l : moves.value().lags)
    if (l.lag >= 0 && l.defined && (!best || std::fabs(l.r) > std::fabs(best->r))) best = &l;
  if (!best) return std::nullopt;
  const auto lag = static_cast<std::size_t>(best->lag);
  return Message("evidence.co_movement")
      .nested("texts", Message(std::string("volume.texts.") + name))
      .nested("sales", Message(std::string("volume.sales.") + sales))
      .nested("lag", lag == 0   ? Message("volume.lag.same_week")
                     : lag == 1 ? Message("volume.lag.one_week_later")
                                : Message("volume.lag.weeks_later").count("weeks", lag))
      .number("r", best->r, "%.2f")
      .number("lo", best->ci95[0], "%.2f")
      .number("hi", best->ci95[1], "%.2f")
      .count("n", best->n)
      .number("q", best->q_value, "%.2g")
      .count("max_lag", max_lag);
}

}  // namespace

void SentimentWeeks::add(std::int64_t week, int sentiment, Evidence complaint, bool support_contact,
                         const std::set<std::string>& terms) {
  Week& w = weeks[week];
  if (sentiment > 0) {
    ++w.praise;
    return;
  }
  if (sentiment == 0) return;
  if (++w.complaints <= max_texts_per_week)
    complaint_texts.push_back({week, std::move(complaint), support_contact});
  for (const std::string& term : terms) ++w.complaint_terms[term];
}

std::int64_t monday_week(std::int64_t unix_seconds) {
  const std::int64_t days = days_from_unix_seconds(unix_seconds) + 3;
  return days >= 0 ? days / 7 : -((-days + 6) / 7);
}

std::string monday_of_week(std::int64_t week) { return to_iso_date((week * 7 - 3) * kDay); }

std::vector<Signal> volume_change_signals(const WeeklyVolume& weeks, const VolumeOptions& options) {
  std::vector<Signal> out;
  const std::size_t n = weeks.orders.size();
  if (n < 8) return out;
  const bool has_texts = weeks.complaints.size() >= n && weeks.texts.size() >= n;
  std::vector<Spike> spikes;
  if (has_texts) {
    std::vector<double> complaints(n);
    for (std::size_t i = 0; i < n; ++i) complaints[i] = static_cast<double>(weeks.complaints[i]);
    if (auto found = spike_periods(complaints, SpikeOptions{.min_scale = 1}))
      spikes = std::move(found).value();
  }
  struct Series {
    const char* sales;    ///< "orders", "revenue": message ids volume.sales.*, volume.series.*
    std::string segment;  ///< "orders", "revenue (USD)"
    std::span<const double> values;
    ChangeCost cost;
    /// In sentences: "weekly orders"; in the title: "Order volume", "Revenue".
    Message name() const { return Message(std::string("volume.series.") + sales); }
    Message noun() const { return Message(std::string("volume.noun.") + sales); }
  };
  std::vector<Series> series = {{"orders", "orders", weeks.orders, ChangeCost::poisson}};
  const bool has_revenue =
      weeks.revenue.size() == n &&
      std::any_of(weeks.revenue.begin(), weeks.revenue.end(), [](double v) { return v != 0; });
  if (has_revenue)
    series.push_back(
        {"revenue", "revenue (" + weeks.currency + ")", weeks.revenue, ChangeCost::normal_mean});
  std::vector<std::pair<std::size_t, std::size_t>> spikes_reported;
  for (const Series& one : series) {
    ChangePointOptions cp;
    cp.cost = one.cost;
    cp.min_segment_length = 3;
    cp.long_run_variance = one.cost == ChangeCost::normal_mean;
    cp.prefer_linear_trend = true;
    auto changes = detect_change_points(one.values, cp);
    if (!changes) continue;
    std::vector<Message> moves;
    if (has_texts) {
      for (const auto& [label, x] : {std::pair<const char*, const std::vector<std::uint64_t>*>{
                                         "complaints", &weeks.complaints},
                                     {"praise", &weeks.praise},
                                     {"social_mentions", &weeks.mentions}}) {
        if (auto line = co_movement_line(label, *x, one.sales, one.values, options.max_lag))
          moves.push_back(*line);
      }
    }
    std::vector<const ChangePoint*> recent;
    for (const ChangePoint& p : changes.value().change_points)
      if (n - p.index <= options.recent_weeks) recent.push_back(&p);
    if (recent.empty()) continue;
    // One signal per series: its direction and size from before the first recent break to
    // after the last, each break a line of evidence.
    const double before = recent.front()->before_mean, after = recent.back()->after_mean;
    const double relative = before != 0 ? (after - before) / std::fabs(before) : 0;
    const bool fell = after < before;
    const auto week_of = [&](const ChangePoint& p) {
      return monday_of_week(weeks.first_week + static_cast<std::int64_t>(p.index));
    };
    Signal s;
    s.type = "volume_change";
    s.segment = one.segment;
    s.severity = std::fabs(relative) >= 0.3 ? "high" : "medium";
    s.cause_msg = Message(fell ? "signal.cause.volume_down" : "signal.cause.volume_up")
                      .nested("series", one.name())
                      .text("week", week_of(*recent.front()));
    s.cause = english(s.cause_msg);
    for (const ChangePoint* p : recent) {
      s.evidence.push_back(fact_evidence(
          one.segment, Message("evidence.volume_break")
                           .nested("series", one.name())
                           .number("before", p->before_mean, "%.1f")
                           .number("after", p->after_mean, "%.1f")
                           .number("change", 100 * p->relative_change.value_or(0), "%+.0f")
                           .text("week", week_of(*p))));
    }
    // A complaint spike is read as a lead only into a fall.
    for (const ChangePoint* p : recent) {
      if (!has_texts || p->direction != "down") continue;
      auto spike = complaint_spike_before(weeks, spikes, p->index, options);
      if (!spike) continue;
      const std::size_t lead = p->index - spike->begin;
      const SpikeLink link{lead == 0
                               ? Message("volume.lead.same_week_as")
                               : Message("volume.lead.before").nested("weeks", weeks_phrase(lead)),
                           one.name(), week_of(*p)};
      s.evidence.push_back(fact_evidence(
          "complaints",
          Message("evidence.complaints_spiked")
              .nested("lead", link.lead)
              .text("from",
                    monday_of_week(weeks.first_week + static_cast<std::int64_t>(spike->begin)))
              .text("to", sunday_of_week(weeks.first_week + static_cast<std::int64_t>(spike->end)))
              .count("count", spike->test.recent_count)
              .number("per_week",
                      static_cast<double>(spike->test.baseline_count) /
                          static_cast<double>(spike->test.baseline_periods),
                      "%.2f")
              .number("p", spike->test.p_value, "%.2g")));
      const std::pair<std::size_t, std::size_t> key{spike->begin, spike->end};
      if (std::find(spikes_reported.begin(), spikes_reported.end(), key) == spikes_reported.end()) {
        spikes_reported.push_back(key);
        out.push_back(complaint_signal(weeks, *spike, link, s.severity));
      }
      break;
    }
    for (Message& line : moves)
      if (s.evidence.size() < kEvidenceCap)
        s.evidence.push_back(fact_evidence("co_movement", std::move(line)));
    s.evidence_count = s.evidence.size();
    s.title_msg =
        Message(fell ? "signal.volume_change.fell.title" : "signal.volume_change.rose.title")
            .nested("noun", one.noun());
    s.title = english(s.title_msg);
    s.detected_at = week_of(*recent.back());
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace cxs
