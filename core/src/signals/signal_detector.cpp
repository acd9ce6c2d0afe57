// Signal detection; see signal_detector.hpp. The rules and their thresholds are listed in
// README.md ("Signals"); each is stated where it is applied.
#include "cxs/signal_detector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "cxs/change_points.hpp"
#include "cxs/co_movement.hpp"
#include "cxs/compare.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/portable_math.hpp"
#include "cxs/detail/utf8.hpp"
#include "cxs/lexicon.hpp"
#include "cxs/multiple_testing.hpp"
#include "cxs/proportion.hpp"
#include "cxs/rate_change.hpp"
#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

constexpr std::int64_t kDay = 86400;
/// Mentions by authors with at least this many followers are read as influencer signals.
constexpr double kInfluencerFollowers = 10000;
constexpr double kHighReachFollowers = 100000;
constexpr std::int64_t kInfluencerRecentDays = 14;
/// Failed payments: at least this many in the window, and none paid since the last.
constexpr int kFailedPaymentsMin = 2;
constexpr std::int64_t kFailedPaymentsWindowDays = 60;
/// A promoter (9–10) whose next answer, within this many days, is a detractor's (0–6).
constexpr std::int64_t kNpsDropWindowDays = 90;
/// Lapsed buyers are churn risks only if they had an ordering habit: this many orders (a
/// handful of orders and a long silence is how most one-off buyers look).
constexpr std::size_t kLapsedMinOrders = 8;
/// A cheaper subscription replacing a dearer one within this many days of as_of.
constexpr std::int64_t kDowngradeWindowDays = 90;
/// Orders needed in each 90-day window before spend growth means anything.
constexpr int kGrowingSpendMinOrders = 2;
/// Volume changes older than this many weeks are history, not a signal.
constexpr std::size_t kVolumeRecentWeeks = 26;

const char* severity_name(int severity) {
  return severity >= 2 ? "high" : severity == 1 ? "medium" : "low";
}

/// The text around [begin, end), at most ~300 bytes, cut on UTF-8 character boundaries.
std::string context_of(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t from = begin > 120 ? begin - 120 : 0;
  while (from > 0 && from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
    ++from;
  return std::string(detail::utf8_prefix(text.substr(from), end - from + 120));
}

// FNV-1a-style hash. Its offset basis lacks a digit of the published one
// (14695981039346656037); signal ids already depend on it, so it is kept as it is.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string hex_id(std::string_view prefix, std::string_view key) {
  static constexpr char digits[] = "0123456789abcdef";
  std::uint64_t hash = fnv1a(key);
  std::string out(prefix);
  for (int i = 0; i < 12; ++i, hash >>= 4) out += digits[hash & 15];
  return out;
}

/// Terms tracked at most, and texts kept per term as evidence.
constexpr std::size_t kMaxTerms = 50000;
constexpr std::size_t kMaxTermMentions = 500;

/// Words that say nothing about which product or part is failing.
bool stop_word(std::string_view w) {
  static constexpr std::string_view words[] = {
      "about",  "after",  "again",   "also",    "been",  "before", "being",   "cannot", "could",
      "didn't", "does",   "doesn't", "doing",   "don't", "each",   "every",   "from",   "have",
      "having", "hello",  "help",    "here",    "into",  "isn't",  "just",    "keeps",  "know",
      "last",   "like",   "more",    "most",    "much",  "need",   "only",    "other",  "over",
      "please", "really", "same",    "since",   "some",  "still",  "than",    "thank",  "thanks",
      "that",   "their",  "them",    "then",    "there", "these",  "they",    "this",   "those",
      "time",   "times",  "today",   "very",    "want",  "wasn't", "week",    "were",   "what",
      "when",   "where",  "which",   "while",   "will",  "with",   "without", "won't",  "would",
      "your",   "yours",  "works",   "working", "work",  "issue",  "problem", "team"};
  for (const std::string_view s : words)
    if (w == s) return true;
  return false;
}

/// The candidate terms of a folded text: Latin words of 4+ letters (or versions such as
/// "4.2"), and katakana runs of 3+ characters (product words in Japanese: バッテリー).
std::vector<std::string> defect_terms(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      std::size_t j = i;
      bool letters = false, dot = false;
      while (j < folded.size()) {
        const char d = folded[j];
        if (d >= 'a' && d <= 'z') {
          letters = true;
        } else if (d == '.' && j + 1 < folded.size() && folded[j + 1] >= '0' &&
                   folded[j + 1] <= '9' && j > i && folded[j - 1] >= '0' && folded[j - 1] <= '9') {
          dot = true;
        } else if (!(d >= '0' && d <= '9') && d != '\'') {
          break;
        }
        ++j;
      }
      const std::string word = folded.substr(i, j - i);
      if ((letters && word.size() >= 4 && !stop_word(word)) || (!letters && dot))
        out.push_back(word);
      i = j;
    } else if (c == 0xE3 && i + 2 < folded.size()) {
      // Katakana U+30A1..U+30FA and the prolonged sound mark U+30FC: E3 82 A1 .. E3 83 BC.
      std::size_t j = i, chars = 0;
      while (j + 2 < folded.size() + 0 && static_cast<unsigned char>(folded[j]) == 0xE3) {
        const unsigned b1 = static_cast<unsigned char>(folded[j + 1]),
                       b2 = static_cast<unsigned char>(folded[j + 2]);
        const bool katakana = (b1 == 0x82 && b2 >= 0xA1) || (b1 == 0x83 && b2 <= 0xBC);
        if (!katakana) break;
        j += 3;
        ++chars;
      }
      if (chars >= 3) out.push_back(folded.substr(i, j - i));
      i = j > i ? j : i + 1;
    } else {
      ++i;
    }
  }
  return out;
}

bool customer_text(SourceKind kind) {
  return kind == SourceKind::tickets || kind == SourceKind::conversations ||
         kind == SourceKind::survey_responses || kind == SourceKind::mentions;
}

}  // namespace

Result<SignalDetector> SignalDetector::create(const SignalOptions& options) {
  SignalDetector detector;
  detector.options_ = options;
  auto lexicon = default_lexicon();
  if (!lexicon) return lexicon.error();
  Lexicon words = std::move(lexicon).value();
  if (!options.lexicon_edits.empty()) {
    auto edited = apply_edits(words, options.lexicon_edits);
    if (!edited) return edited.error();
    words = std::move(edited).value();
  }
  std::vector<std::string> names;
  for (const std::string& entry : options.competitors) {
    std::string primary;
    std::size_t start = 0;
    while (start <= entry.size()) {
      const std::size_t bar = std::min(entry.find('|', start), entry.size());
      const std::string alias = entry.substr(start, bar - start);
      if (!alias.empty()) {
        if (primary.empty()) primary = alias;
        detector.competitor_of_alias_[alias] = primary;
        names.push_back(alias);
      }
      start = bar + 1;
    }
  }
  auto matcher = PhraseMatcher::compile(words, names);
  if (!matcher) return matcher.error();
  detector.matcher_ = std::move(matcher).value();
  if (!names.empty()) {
    // Any mention of a competitor is a (low) signal; switching intent raises it.
    auto mention_lexicon = parse_lexicon(
        R"({"language": "any", "categories": {"competitor_switch": {"phrases": ["{competitor}"]}}})");
    if (!mention_lexicon) return mention_lexicon.error();
    auto mentions = PhraseMatcher::compile(mention_lexicon.value(), names);
    if (!mentions) return mentions.error();
    detector.mentions_ = std::move(mentions).value();
  }
  if (!options.routes.empty()) {
    auto routes = parse_routing_rules(options.routes);
    if (!routes) return routes.error();
    detector.routes_ = std::move(routes).value();
  }
  return detector;
}

void SignalDetector::Candidate::merge(const Candidate& other) {
  if (count == 0 || other.severity > severity) {
    severity = other.severity;
    cause = other.cause;
  }
  count += other.count;
  last_time = std::max(last_time, other.last_time);
  for (const Evidence& e : other.evidence)
    if (evidence.size() < 5) evidence.push_back(e);
}

void SignalDetector::add(std::uint32_t node, const std::string& type, int severity,
                         const std::string& cause, Evidence evidence, std::int64_t time) {
  candidates_[{node, type}].take(severity, cause, std::move(evidence), time);
}

void SignalDetector::observe(const Event& event, std::uint32_t node) {
  if (!customer_text(event.kind) || event.texts.empty()) return;
  const std::int64_t time = event.time.value_or(INT64_MIN);
  int sentiment = 0;
  bool defect = false;
  std::set<std::string> words;
  for (const auto& field_text : event.texts) {
    // Not a structured binding: clang 14 (emscripten 3.1.6) cannot capture those in a lambda.
    const std::string& field = field_text.first;
    const std::string& text = field_text.second;
    auto evidence_of = [&](const PhraseMatch& m) {
      return Evidence{event.source,
                      event.at.row,
                      event.record_id,
                      field,
                      context_of(text, m.begin, m.end),
                      std::string(text.substr(m.begin, m.end - m.begin))};
    };
    bool switching = false;
    for (const PhraseMatch& m : matcher_->matches(text)) {
      if (m.negated || m.decoy) continue;
      if (m.category == SignalCategory::praise) sentiment = std::max(sentiment, 1);
      if (m.category == SignalCategory::complaint) sentiment = -1;
      if (node == Activity::no_node) continue;
      switch (m.category) {
        case SignalCategory::churn_risk:
          add(node, "churn_risk", 2, "phrase: " + m.phrase, evidence_of(m), time);
          break;
        case SignalCategory::competitor_switch: {
          switching = true;
          const auto it = competitor_of_alias_.find(m.competitor);
          const std::string name = it == competitor_of_alias_.end() ? m.competitor : it->second;
          add(node, "competitor", 2, "switching to " + name, evidence_of(m), time);
          break;
        }
        case SignalCategory::opportunity:
          add(node, "opportunity", 1, "phrase: " + m.phrase, evidence_of(m), time);
          break;
        case SignalCategory::quality_issue:
          defect = true;
          break;
        default:
          break;
      }
    }
    if (mentions_ && !switching && node != Activity::no_node) {
      for (const PhraseMatch& m : mentions_->firing(text, SignalCategory::competitor_switch)) {
        // A name inside a web address ("acme.zendesk.com/hc/...") is a link, not a mention.
        const bool in_address =
            (m.begin > 0 && (text[m.begin - 1] == '.' || text[m.begin - 1] == '/')) ||
            (m.end < text.size() && text[m.end] == '.' && m.end + 1 < text.size() &&
             text[m.end + 1] != ' ');
        if (in_address) continue;
        const auto it = competitor_of_alias_.find(m.competitor);
        const std::string name = it == competitor_of_alias_.end() ? m.competitor : it->second;
        add(node, "competitor", 0, "mentions " + name, evidence_of(m), time);
        break;
      }
    }
  }
  // Every customer text counts as a document (a product name rising in tickets and reviews
  // need not come with a defect word); social mentions are left to the influencer rule.
  (void)defect;
  if (time != INT64_MIN && event.kind != SourceKind::mentions) {
    const std::int64_t week = (time / kDay + 3) / 7;
    ++defect_weeks_[week];
    for (const auto& [field, text] : event.texts) {
      for (const std::string& term : defect_terms(normalize_for_matching(text))) {
        if (!words.insert(term).second) continue;
        if (terms_.size() >= kMaxTerms && !terms_.count(term)) continue;
        TermStats& stats = terms_[term];
        ++stats.weeks[week];
        if (stats.mentions.size() < kMaxTermMentions) {
          stats.mentions.push_back(
              {node, Evidence{event.source, event.at.row, event.record_id, field,
                              std::string(detail::utf8_prefix(text, 300)), term}});
          stats.times.push_back(time);
        }
      }
    }
  }
  if (event.kind == SourceKind::mentions && event.followers &&
      *event.followers >= kInfluencerFollowers) {
    reach_mentions_.push_back({event.source, event.at.row, event.record_id, event.name,
                               event.texts.front().second.substr(0, 300), *event.followers, time,
                               sentiment});
  }
}

std::vector<Signal> SignalDetector::finish(const ActivityLog& log,
                                           std::span<const std::int32_t> customer_of_node,
                                           std::span<const std::string> ids,
                                           const Insights& insights,
                                           const std::vector<std::string>& source_names,
                                           std::vector<std::optional<HealthScore>>& health) const {
  const std::int64_t as_of = days_from_iso_date(options_.as_of).value_or(0) * kDay + kDay - 1;
  auto customer_of = [&](std::uint32_t node) -> std::int32_t {
    return node < customer_of_node.size() ? customer_of_node[node] : -1;
  };
  // Text candidates, merged per customer and type.
  std::map<std::pair<std::int32_t, std::string>, Candidate> merged;
  for (const auto& [key, candidate] : candidates_) {
    const std::int32_t customer = customer_of(key.first);
    if (customer < 0) continue;
    merged[{customer, key.second}].merge(candidate);
  }
  auto add_fact = [&](std::int32_t customer, const std::string& type, int severity,
                      const std::string& cause, Evidence evidence, std::int64_t time) {
    merged[{customer, type}].take(severity, cause, std::move(evidence), time);
  };

  // Behaviour, per customer, from the activity log.
  struct Habit {
    std::vector<const Activity*> failed, nps, subscriptions, orders;
    int tickets_recent = 0;
    std::int64_t last_paid = INT64_MIN;
    std::set<std::int64_t> order_days;
  };
  std::map<std::int32_t, Habit> habits;
  for (const Activity& a : log.activities()) {
    const std::int32_t customer = customer_of(a.node);
    if (customer < 0 || !a.has_time() || a.time > as_of) continue;
    Habit& h = habits[customer];
    if (a.kind == SourceKind::payments) {
      const std::string& status = log.text(a.status);
      if (status == "failed") h.failed.push_back(&a);
      if (status.empty() || status == "paid" || status == "succeeded")
        h.last_paid = std::max(h.last_paid, a.time);
    }
    if (a.nps >= 0) h.nps.push_back(&a);
    if (a.kind == SourceKind::orders) {
      h.order_days.insert(a.time / kDay);
      h.orders.push_back(&a);
    }
    if (a.kind == SourceKind::subscriptions) h.subscriptions.push_back(&a);
    if ((a.kind == SourceKind::tickets || a.kind == SourceKind::conversations) &&
        a.time > as_of - 90 * kDay)
      ++h.tickets_recent;
  }
  auto fact = [&](const Activity& a, std::string field, std::string text) {
    return Evidence{a.source, a.row, "", std::move(field), std::move(text), ""};
  };
  for (auto& [customer, h] : habits) {
    // Failed payments: kFailedPaymentsMin in the window and nothing paid since the last.
    int recent_failed = 0;
    std::int64_t last_failed = INT64_MIN;
    for (const Activity* a : h.failed) {
      if (a->time >= as_of - kFailedPaymentsWindowDays * kDay) ++recent_failed;
      last_failed = std::max(last_failed, a->time);
    }
    if (recent_failed >= kFailedPaymentsMin && h.last_paid < last_failed) {
      for (const Activity* a : h.failed)
        if (a->time >= as_of - kFailedPaymentsWindowDays * kDay)
          add_fact(customer, "churn_risk", 2, "failed_payments",
                   fact(*a, "payments", "failed payment on " + to_iso_date(a->time)), a->time);
    }
    // Promoter → detractor.
    // Stable: answers at the same time keep their input order in both standard libraries.
    std::stable_sort(h.nps.begin(), h.nps.end(),
                     [](const Activity* a, const Activity* b) { return a->time < b->time; });
    if (h.nps.size() >= 2) {
      const Activity& before = *h.nps[h.nps.size() - 2];
      const Activity& latest = *h.nps.back();
      if (before.nps >= 9 && latest.nps <= 6 &&
          latest.time - before.time <= kNpsDropWindowDays * kDay) {
        add_fact(
            customer, "churn_risk", 1, "promoter_to_detractor",
            fact(latest, "nps",
                 "NPS " + std::to_string(before.nps) + " on " + to_iso_date(before.time) +
                     ", then " + std::to_string(latest.nps) + " on " + to_iso_date(latest.time)),
            latest.time);
      }
    }
    // Downgrade: a subscription ends and a cheaper one starts within a day, in the last
    // kDowngradeWindowDays.
    for (const Activity* ended : h.subscriptions) {
      if (ended->end_time == Activity::no_time || ended->end_time > as_of ||
          ended->end_time < as_of - kDowngradeWindowDays * kDay || !ended->has_amount())
        continue;
      for (const Activity* next : h.subscriptions) {
        if (next == ended || !next->has_amount() || next->amount >= ended->amount) continue;
        if (std::llabs(next->time - ended->end_time) > kDay) continue;
        add_fact(customer, "churn_risk", 1, "downgrade",
                 fact(*next, "subscriptions",
                      "downgraded from " + log.text(ended->plan) + " to " + log.text(next->plan) +
                          " on " + to_iso_date(next->time)),
                 next->time);
      }
    }
    // A promoter whose spend is growing: latest NPS 9–10 and the last 90 days' spend at least
    // twice the 90 days before, on at least kGrowingSpendMinOrders orders in each.
    if (!h.nps.empty() && h.nps.back()->nps >= 9) {
      double recent = 0, before = 0;
      int recent_orders = 0, before_orders = 0;
      for (const Activity* o : h.orders) {
        if (!o->has_amount()) continue;
        if (o->time > as_of - 90 * kDay) {
          recent += o->amount;
          ++recent_orders;
        } else if (o->time > as_of - 180 * kDay) {
          before += o->amount;
          ++before_orders;
        }
      }
      if (recent_orders >= kGrowingSpendMinOrders && before_orders >= kGrowingSpendMinOrders &&
          recent >= 2 * before) {
        char text[160];
        std::snprintf(text, sizeof text,
                      "NPS %d; spend %.2f in the last 90 days against %.2f in the 90 before",
                      h.nps.back()->nps, recent, before);
        add_fact(customer, "opportunity", 1, "promoter_growing_spend",
                 fact(*h.orders.back(), "orders", text), h.orders.back()->time);
      }
    }
    // A habit that stopped: a lapsed buyer with at least kLapsedMinOrders orders.
    if (static_cast<std::size_t>(customer) < insights.customers.size() &&
        insights.customers[static_cast<std::size_t>(customer)].lapsed &&
        h.order_days.size() >= kLapsedMinOrders) {
      add_fact(customer, "churn_risk", 1, "ordering_stopped",
               Evidence{0, 0, "", "orders",
                        std::to_string(h.order_days.size()) + " orders, the last on " +
                            to_iso_date(*h.order_days.rbegin() * kDay),
                        ""},
               *h.order_days.rbegin() * kDay);
    }
  }

  std::vector<Signal> out;
  std::map<std::int32_t, Signal> per_customer_quality;
  for (const auto& [key, c] : merged) {
    Signal s;
    s.type = key.second;
    s.severity = severity_name(c.severity);
    s.customer_id = ids[static_cast<std::size_t>(key.first)];
    s.cause = c.cause;
    s.evidence = c.evidence;
    s.evidence_count = c.count;
    s.detected_at = c.last_time > INT64_MIN ? to_iso_date(c.last_time) : options_.as_of;
    const auto& model = insights.customers.size() > static_cast<std::size_t>(key.first)
                            ? insights.customers[static_cast<std::size_t>(key.first)]
                            : CustomerInsight{};
    s.customer_value = model.expected_value.value_or(0);
    s.title = s.type == "churn_risk"    ? "Churn risk: " + c.cause
              : s.type == "competitor"  ? "Competitor: " + c.cause
              : s.type == "opportunity" ? "Expansion opportunity: " + c.cause
                                        : "Quality issue: " + c.cause;
    out.push_back(std::move(s));
  }

  // Quality issues: terms whose share of customer texts rose in the last 4 weeks against
  // the 26 before (exact conditional Poisson test, BH over the terms).
  if (!defect_weeks_.empty()) {
    const std::int64_t last_week = (as_of / kDay + 3) / 7;
    const std::int64_t first_week = std::max(defect_weeks_.begin()->first, last_week - 29);
    const auto periods = static_cast<std::size_t>(last_week - first_week + 1);
    std::vector<std::uint64_t> totals(periods, 0);
    for (const auto& [week, n] : defect_weeks_)
      if (week >= first_week && week <= last_week)
        totals[static_cast<std::size_t>(week - first_week)] = n;
    std::vector<const std::string*> names;
    std::vector<std::vector<std::uint64_t>> counts;
    for (const auto& [term, stats] : terms_) {
      std::vector<std::uint64_t> series(periods, 0);
      std::uint64_t recent = 0;
      for (const auto& [week, n] : stats.weeks) {
        if (week < first_week || week > last_week) continue;
        series[static_cast<std::size_t>(week - first_week)] = n;
        if (week > last_week - 4) recent += n;
      }
      if (recent < 5) continue;
      names.push_back(&term);
      counts.push_back(std::move(series));
    }
    RateChangeOptions rate{.recent_periods = 4, .baseline_periods = 26};
    if (!counts.empty()) {
      if (auto changes = rate_changes(counts, totals, rate)) {
        for (std::size_t i = 0; i < names.size(); ++i) {
          const RateChange& c = changes.value()[i];
          if (!c.rising) continue;
          const TermStats& stats = terms_.at(*names[i]);
          Signal s;
          s.type = "quality_issue";
          s.segment = "term: " + *names[i];
          s.severity = c.rate_ratio >= 3 ? "high" : "medium";
          s.cause = "rising term " + *names[i];
          char text[200];
          std::snprintf(text, sizeof text,
                        "in %llu of %llu customer texts in the last 4 weeks against %llu of %llu "
                        "before (rate ratio %.1f, 95%% CI %.1f–%.1f, q = %.2g)",
                        static_cast<unsigned long long>(c.recent_count),
                        static_cast<unsigned long long>(c.recent_total),
                        static_cast<unsigned long long>(c.baseline_count),
                        static_cast<unsigned long long>(c.baseline_total), c.rate_ratio, c.ci95[0],
                        c.ci95[1], c.q_value);
          s.evidence.push_back({0, 0, "", "tickets", text, *names[i]});
          s.evidence_count = c.recent_count;
          s.title = "Quality issue rising: " + *names[i];
          s.detected_at = options_.as_of;
          out.push_back(std::move(s));
          // Each customer who complained of it in the recent window.
          for (std::size_t m = 0; m < stats.mentions.size(); ++m) {
            if (stats.times[m] < as_of - 28 * kDay) continue;
            const std::int32_t customer = customer_of(stats.mentions[m].first);
            if (customer < 0) continue;
            Signal& per = per_customer_quality[customer];
            if (per.evidence.empty()) {
              per.type = "quality_issue";
              per.severity = "medium";
              per.customer_id = ids[static_cast<std::size_t>(customer)];
              per.cause = "rising term " + *names[i];
              per.title = "Quality issue: " + *names[i];
              per.detected_at = to_iso_date(stats.times[m]);
            }
            if (per.evidence.size() < 5) per.evidence.push_back(stats.mentions[m].second);
            ++per.evidence_count;
          }
        }
      }
    }
    for (auto& [customer, s] : per_customer_quality) out.push_back(std::move(s));
  }

  // Campaigns: response and conversion (an order within 30 days of responding) of each
  // campaign's members against all other campaigns' members, by the two-proportion z-test
  // with Newcombe's interval (compare.hpp), Benjamini–Hochberg over the campaigns.
  struct CampaignCounts {
    std::set<std::int32_t> members, responded, converted;
  };
  std::map<std::uint32_t, CampaignCounts> campaigns;
  for (const Activity& a : log.activities()) {
    if (a.kind != SourceKind::campaign_members || a.campaign == 0) continue;
    const std::int32_t customer = customer_of(a.node);
    if (customer < 0) continue;
    CampaignCounts& c = campaigns[a.campaign];
    c.members.insert(customer);
    const bool responded = a.responded_at != Activity::no_time ||
                           log.text(a.status).find("respond") != std::string::npos;
    if (!responded) continue;
    c.responded.insert(customer);
    const auto habit = habits.find(customer);
    if (habit == habits.end() || a.responded_at == Activity::no_time) continue;
    for (const Activity* o : habit->second.orders) {
      if (o->time >= a.responded_at && o->time <= a.responded_at + 30 * kDay) {
        c.converted.insert(customer);
        break;
      }
    }
  }
  if (campaigns.size() >= 2) {
    std::vector<std::uint32_t> names;
    std::vector<Comparison> responses, conversions;
    for (const auto& [name, c] : campaigns) {
      CsatCounts these{c.responded.size(), c.members.size()}, rest{};
      CsatCounts these_converted{c.converted.size(), c.members.size()}, rest_converted{};
      for (const auto& [other, o] : campaigns) {
        if (other == name) continue;
        rest += CsatCounts{o.responded.size(), o.members.size()};
        rest_converted += CsatCounts{o.converted.size(), o.members.size()};
      }
      auto response = compare_csat(rest, these);
      auto conversion = compare_csat(rest_converted, these_converted);
      if (!response || !conversion) continue;
      names.push_back(name);
      responses.push_back(response.value());
      conversions.push_back(conversion.value());
    }
    std::vector<double> p;
    for (const Comparison& c : responses) p.push_back(c.p_value);
    if (auto q = benjamini_hochberg(p)) {
      for (std::size_t i = 0; i < names.size(); ++i) {
        const Comparison& r = responses[i];
        if (q.value()[i] > 0.05 || r.difference <= 0 || r.small_sample) continue;
        const CampaignCounts& c = campaigns[names[i]];
        Signal s;
        s.type = "campaign_response";
        s.segment = "campaign=" + log.text(names[i]);
        s.severity = "medium";
        s.cause = "response above the other campaigns";
        const Estimate rate = share_with_wilson_interval(c.responded.size(), c.members.size());
        const Estimate converted = share_with_wilson_interval(c.converted.size(), c.members.size());
        char text[260];
        std::snprintf(
            text, sizeof text,
            "responded %zu of %zu (%.0f%%, 95%% CI %.0f-%.0f%%), %+.1f points vs the "
            "other campaigns (q = %.2g); ordered within 30 days: %zu (%.0f%%, %+.1f points)",
            c.responded.size(), c.members.size(), 100 * rate.value, 100 * rate.ci95[0],
            100 * rate.ci95[1], r.difference, q.value()[i], c.converted.size(),
            100 * converted.value, conversions[i].difference);
        s.evidence.push_back({0, 0, "", "campaign_members", text, ""});
        s.evidence_count = c.members.size();
        s.title = "Campaign outperforms: " + log.text(names[i]);
        s.detected_at = options_.as_of;
        out.push_back(std::move(s));
      }
    }
  }

  // Satisfaction changes the metrics layer found significant (BH-controlled), drops only.
  // Drill-down: a drop within one segment value that a two-way cell accounts for
  // (explained_by) is reported once, as that cell, with the value's drop as evidence. A cell
  // that accounts for none of the significant drops of the values it lies in is a piece of a
  // wider drop already reported, and is left out.
  const auto is_drop = [](const SatisfactionChange& change) {
    return change.significant && change.comparison.difference < 0;
  };
  for (const SatisfactionChange& change : insights.changes) {
    if (!is_drop(change) || change.explained_by) continue;
    std::vector<const SatisfactionChange*> explained;
    bool within_wider_drop = false;
    if (change.segment_parts.size() == 2) {
      for (const SatisfactionChange& value : insights.changes) {
        if (value.metric != change.metric || value.dimension != change.dimension ||
            value.segment_parts.size() != 1 || !is_drop(value) ||
            std::find(change.segment_parts.begin(), change.segment_parts.end(),
                      value.segment_parts[0]) == change.segment_parts.end())
          continue;
        if (value.explained_by && value.explained_by->cell == change.segment_parts) {
          explained.push_back(&value);
        } else {
          within_wider_drop = true;
        }
      }
      if (within_wider_drop && explained.empty()) continue;
    }
    Signal s;
    s.type = "satisfaction_change";
    for (const SegmentPart& part : change.segment_parts)
      s.segment += (s.segment.empty() ? "" : " × ") + part.column + "=" + part.value;
    if (s.segment.empty()) {
      s.segment = change.dimension == "recent" || change.dimension == "month" ||
                          change.dimension == "quarter"
                      ? "all"
                      : change.dimension + "=" + change.b;
    }
    s.severity = change.comparison.difference <= -20 ? "high" : "medium";
    s.cause = change.metric + " " + change.dimension + " " + change.a + " → " + change.b;
    char text[300];
    std::snprintf(text, sizeof text, "%s %+.1f (95%% CI %+.1f to %+.1f), q = %.3g, n = %llu/%llu",
                  change.metric.c_str(), change.comparison.difference, change.comparison.ci95[0],
                  change.comparison.ci95[1], change.q_value,
                  static_cast<unsigned long long>(change.n_a),
                  static_cast<unsigned long long>(change.n_b));
    s.evidence.push_back({0, 0, "", change.metric, text, ""});
    for (const SatisfactionChange* value : explained) {
      const CellExplanation& why = *value->explained_by;
      const auto& part = value->segment_parts[0];
      if (why.without_cell) {
        std::snprintf(text, sizeof text,
                      "%s=%s: %s %+.1f (q = %.3g, n = %llu/%llu); without this cell %+.1f "
                      "(95%% CI %+.1f to %+.1f), p = %.3g, n = %llu/%llu",
                      part.column.c_str(), part.value.c_str(), value->metric.c_str(),
                      value->comparison.difference, value->q_value,
                      static_cast<unsigned long long>(value->n_a),
                      static_cast<unsigned long long>(value->n_b), why.without_cell->difference,
                      why.without_cell->ci95[0], why.without_cell->ci95[1],
                      why.without_cell->p_value, static_cast<unsigned long long>(why.n_a),
                      static_cast<unsigned long long>(why.n_b));
      } else {
        std::snprintf(text, sizeof text,
                      "%s=%s: %s %+.1f (q = %.3g); no answers outside this cell in one window",
                      part.column.c_str(), part.value.c_str(), value->metric.c_str(),
                      value->comparison.difference, value->q_value);
      }
      s.evidence.push_back({0, 0, "", value->metric, text, ""});
    }
    s.evidence_count = change.n_a + change.n_b;
    s.title = "Satisfaction dropped: " + s.segment + " (" + change.metric + ")";
    s.detected_at = options_.as_of;
    out.push_back(std::move(s));
  }

  // Volume: change points in weekly orders (PELT, Poisson cost, MBIC), recent ones only, with
  // complaint spikes (tickets) in the weeks before.
  std::map<std::int64_t, double> orders_by_week, tickets_by_week;
  for (const Activity& a : log.activities()) {
    if (!a.has_time() || a.time > as_of) continue;
    const std::int64_t week = (a.time / kDay + 3) / 7;  // weeks start on Monday
    if (a.kind == SourceKind::orders) orders_by_week[week] += 1;
    if (a.kind == SourceKind::tickets || a.kind == SourceKind::conversations)
      tickets_by_week[week] += 1;
  }
  if (orders_by_week.size() >= 8) {
    const std::int64_t first = orders_by_week.begin()->first, last = orders_by_week.rbegin()->first;
    std::vector<double> orders(static_cast<std::size_t>(last - first + 1), 0.0), tickets = orders;
    for (const auto& [week, n] : orders_by_week) orders[static_cast<std::size_t>(week - first)] = n;
    for (const auto& [week, n] : tickets_by_week)
      if (week >= first && week <= last) tickets[static_cast<std::size_t>(week - first)] = n;
    ChangePointOptions cp;
    cp.cost = ChangeCost::poisson;
    cp.min_segment_length = 3;
    // The last week is usually partial: leave it out.
    const std::span<const double> complete(orders.data(), orders.size() - 1);
    if (auto changes = detect_change_points(complete, cp)) {
      const auto spikes = spike_periods(tickets, SpikeOptions{.min_scale = 1});
      for (const ChangePoint& p : changes.value().change_points) {
        if (complete.size() - p.index > kVolumeRecentWeeks) continue;
        Signal s;
        s.type = "volume_change";
        s.segment = "orders";
        const double relative = p.relative_change.value_or(0);
        s.severity = std::fabs(relative) >= 0.3 ? "high" : "medium";
        const std::string week =
            to_iso_date((first + static_cast<std::int64_t>(p.index)) * 7 * kDay - 3 * kDay);
        s.cause = "weekly orders " + p.direction + " from the week of " + week;
        char text[200];
        std::snprintf(text, sizeof text, "weekly orders %.1f → %.1f (%+.0f%%) from the week of %s",
                      p.before_mean, p.after_mean, 100 * relative, week.c_str());
        s.evidence.push_back({0, 0, "", "orders", text, ""});
        if (spikes) {
          for (const Spike& spike : spikes.value()) {
            if (spike.index + 6 >= p.index && spike.index <= p.index) {
              std::snprintf(
                  text, sizeof text,
                  "tickets spiked to %.0f (baseline %.0f) in the week of %s, before it",
                  spike.value, spike.baseline,
                  to_iso_date((first + static_cast<std::int64_t>(spike.index)) * 7 * kDay -
                              3 * kDay)
                      .c_str());
              s.evidence.push_back({0, 0, "", "tickets", text, ""});
            }
          }
        }
        s.evidence_count = s.evidence.size();
        s.title = "Order volume " + std::string(p.direction == "down" ? "fell" : "rose");
        s.detected_at = week;
        out.push_back(std::move(s));
      }
    }
  }

  // Influencers: recent mentions by authors with a large audience.
  std::map<std::string, Signal> by_author;
  for (const Mention& m : reach_mentions_) {
    if (m.time < as_of - kInfluencerRecentDays * kDay || m.time > as_of) continue;
    Signal& s = by_author[m.author];
    s.type = "influencer";
    s.segment = "author " + m.author;
    const int severity = m.followers >= kHighReachFollowers ? (m.sentiment < 0 ? 2 : 1) : 0;
    if (s.severity.empty() || severity > (s.severity == "high"     ? 2
                                          : s.severity == "medium" ? 1
                                                                   : 0))
      s.severity = severity_name(severity);
    s.cause = m.sentiment < 0   ? "negative mention"
              : m.sentiment > 0 ? "positive mention"
                                : "mention";
    char text[120];
    std::snprintf(text, sizeof text, "%.0f followers: ", m.followers);
    s.evidence.push_back({m.source, m.row, m.record_id, "text", text + m.text, ""});
    ++s.evidence_count;
    s.title = "Mention by " + m.author + " (" + s.cause + ")";
    s.detected_at = to_iso_date(m.time);
    s.customer_value = m.followers;
  }
  for (auto& [author, s] : by_author) out.push_back(std::move(s));

  // Score, id and route.
  for (Signal& s : out) {
    const double base = s.severity == "high" ? 70 : s.severity == "medium" ? 45 : 20;
    s.score = std::min(
        100.0,
        base + 5 * pmath::log2(1.0 + static_cast<double>(s.evidence_count)) +
            (s.customer_value > 0 ? std::min(10.0, pmath::log10(1 + s.customer_value) * 2) : 0));
    const Evidence* first = s.evidence.empty() ? nullptr : &s.evidence.front();
    s.id = hex_id(
        "s-", s.type + "|" + s.customer_id + "|" + s.segment + "|" + s.cause + "|" +
                  (first ? std::to_string(first->source) + ":" + std::to_string(first->row) : ""));
    s.route = route_signal(s, routes_, options_.as_of, source_names);
  }
  // Health, from the same facts and the churn signals just found.
  std::map<std::string, int> churn_severity;
  for (const Signal& s : out) {
    if (s.type != "churn_risk" || s.customer_id.empty()) continue;
    const int severity = s.severity == "high" ? 2 : s.severity == "medium" ? 1 : 0;
    auto [it, inserted] = churn_severity.try_emplace(s.customer_id, severity);
    if (!inserted) it->second = std::max(it->second, severity);
  }
  health.assign(ids.size(), std::nullopt);
  for (const auto& [customer, h] : habits) {
    HealthInputs in;
    if (!h.nps.empty()) in.last_nps = h.nps.back()->nps;
    for (const Activity* o : h.orders) in.ordered_recently |= o->time > as_of - 90 * kDay;
    const auto index = static_cast<std::size_t>(customer);
    in.lapsed = index < insights.customers.size() && insights.customers[index].lapsed;
    in.tickets_recent = h.tickets_recent;
    for (const Activity* f : h.failed)
      in.payments_failed_recent += f->time >= as_of - kFailedPaymentsWindowDays * kDay ? 1 : 0;
    in.subscription_ended = !h.subscriptions.empty();
    for (const Activity* sub : h.subscriptions)
      in.subscription_ended &= sub->end_time != Activity::no_time && sub->end_time <= as_of;
    const auto it = churn_severity.find(ids[index]);
    if (it != churn_severity.end()) in.churn_signal_severity = it->second;
    health[index] = health_score(in);
  }

  std::stable_sort(out.begin(), out.end(), [](const Signal& a, const Signal& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.id < b.id;
  });
  return out;
}

}  // namespace cxs
