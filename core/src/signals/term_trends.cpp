// Rising terms of customer texts, merged into issues; see term_trends.hpp.
#include "cxs/term_trends.hpp"

#include <algorithm>
#include <set>

#include "cxs/date_cell.hpp"
#include "cxs/detail/utf8.hpp"
#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

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

/// `day` moved by `months` calendar months, the day of the month clamped to the month's
/// length (31 March − 1 month = 28 or 29 February).
std::int64_t shift_months(std::int64_t day, std::int64_t months) {
  const YearMonthDay date = civil_from_days(day);
  const std::int64_t index = date.year * 12 + (date.month - 1) + months;
  const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  const auto month = static_cast<unsigned>(index - year * 12 + 1);
  const std::int64_t first = days_from_civil(static_cast<int>(year), month, 1);
  const std::int64_t next = days_from_civil(static_cast<int>(month == 12 ? year + 1 : year),
                                            month == 12 ? 1 : month + 1, 1);
  return first + std::min<std::int64_t>(date.day, next - first) - 1;
}

}  // namespace

std::vector<std::string> candidate_terms(std::string_view folded) {
  std::vector<std::string> out;
  auto keep = [&](std::string_view term) {
    if (std::find(out.begin(), out.end(), term) == out.end()) out.emplace_back(term);
  };
  auto digit = [](char d) { return d >= '0' && d <= '9'; };
  std::size_t i = 0;
  while (i < folded.size()) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if ((c >= 'a' && c <= 'z') || digit(folded[i])) {
      std::size_t j = i;
      bool letters = false, dot = false;
      while (j < folded.size()) {
        const char d = folded[j];
        if (d >= 'a' && d <= 'z') {
          letters = true;
        } else if (d == '.' && j > i && digit(folded[j - 1]) && j + 1 < folded.size() &&
                   digit(folded[j + 1])) {
          dot = true;  // a version: "4.2"
        } else if (!digit(d) && d != '\'') {
          break;
        }
        ++j;
      }
      const std::string_view word = folded.substr(i, j - i);
      if ((letters && word.size() >= 4 && !stop_word(word)) || (!letters && dot)) keep(word);
      i = j;
    } else if (c == 0xE3 && i + 2 < folded.size()) {
      // Katakana U+30A1..U+30FA and the prolonged sound mark U+30FC: E3 82 A1 .. E3 83 BC.
      std::size_t j = i, chars = 0;
      while (j + 2 < folded.size() && static_cast<unsigned char>(folded[j]) == 0xE3) {
        const unsigned b1 = static_cast<unsigned char>(folded[j + 1]),
                       b2 = static_cast<unsigned char>(folded[j + 2]);
        const bool katakana = (b1 == 0x82 && b2 >= 0xA1) || (b1 == 0x83 && b2 <= 0xBC);
        if (!katakana) break;
        j += 3;
        ++chars;
      }
      if (chars >= 3) keep(folded.substr(i, j - i));
      i = j > i ? j : i + 1;
    } else {
      ++i;
    }
  }
  return out;
}

TermTrends::TermTrends(std::map<std::string, std::string> same_term, std::set<std::string> ignored,
                       std::int64_t keep_mentions_from_day, TermTrendOptions options)
    : same_term_(std::move(same_term)),
      ignored_(std::move(ignored)),
      keep_from_day_(keep_mentions_from_day),
      options_(options) {}

std::set<std::string> TermTrends::terms_of(
    std::span<const std::pair<std::string, std::string>> field_texts) const {
  std::set<std::string> out;
  for (const auto& field_text : field_texts) {
    for (std::string term : candidate_terms(normalize_for_matching(field_text.second))) {
      if (const auto it = same_term_.find(term); it != same_term_.end()) term = it->second;
      if (!ignored_.count(term)) out.insert(std::move(term));
    }
  }
  return out;
}

void TermTrends::add_document(std::span<const std::pair<std::string, std::string>> field_texts,
                              std::int64_t day, std::uint32_t node, const Evidence& evidence) {
  ++documents_[day];
  std::set<std::string> seen;
  for (const auto& [field, text] : field_texts) {
    for (std::string term : candidate_terms(normalize_for_matching(text))) {
      if (const auto it = same_term_.find(term); it != same_term_.end()) term = it->second;
      if (seen.count(term) || ignored_.count(term)) continue;
      seen.insert(term);
      if (terms_.size() >= options_.max_terms && !terms_.count(term)) continue;
      Term& stats = terms_[term];
      ++stats.days[day];
      if (day >= keep_from_day_ && stats.mentions.size() < options_.max_mentions_per_term) {
        Evidence e = evidence;
        e.field = field;
        e.text = std::string(detail::utf8_prefix(text, 300));
        e.matched = term;
        stats.mentions.push_back({node, day, std::move(e)});
      }
    }
  }
}

std::vector<RisingIssue> TermTrends::rising(std::int64_t as_of_day) const {
  std::vector<RisingIssue> out;
  const auto last = documents_.upper_bound(as_of_day);
  if (last == documents_.begin()) return out;
  const std::int64_t end_day = std::prev(last)->first;
  // Month k (0 = recent) holds the days (shift(end, −k−1), shift(end, −k)]; the series runs
  // oldest first, as rate_changes reads it.
  const std::size_t months = options_.baseline_months + 1;
  std::vector<std::int64_t> month_start(months);  // first day of month k
  for (std::size_t k = 0; k < months; ++k)
    month_start[k] = shift_months(end_day, -static_cast<std::int64_t>(k) - 1) + 1;
  auto slot = [&](std::int64_t day) -> std::ptrdiff_t {  // index into the series, or −1
    if (day > end_day || day < month_start[months - 1]) return -1;
    std::size_t k = 0;
    while (day < month_start[k]) ++k;
    return static_cast<std::ptrdiff_t>(months - 1 - k);
  };
  std::vector<std::uint64_t> totals(months, 0);
  for (const auto& [day, n] : documents_)
    if (const auto s = slot(day); s >= 0) totals[static_cast<std::size_t>(s)] += n;

  std::vector<const std::string*> names;
  std::vector<std::vector<std::uint64_t>> counts;
  for (const auto& [term, stats] : terms_) {
    std::vector<std::uint64_t> series(months, 0);
    for (const auto& [day, n] : stats.days)
      if (const auto s = slot(day); s >= 0) series[static_cast<std::size_t>(s)] += n;
    if (series.back() < options_.min_recent_texts) continue;
    names.push_back(&term);
    counts.push_back(std::move(series));
  }
  if (counts.empty()) return out;
  const RateChangeOptions rate{.recent_periods = 1,
                               .baseline_periods = options_.baseline_months,
                               .min_count = options_.min_recent_texts,
                               .alpha = options_.alpha};
  auto changes = rate_changes(counts, totals, rate);
  if (!changes) return out;

  // The recent texts of each rising term, as (source, row) keys.
  struct Rising {
    const std::string* term;
    RateChange change;
    std::set<std::pair<std::uint32_t, std::uint64_t>> texts;
  };
  std::vector<Rising> rising;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!changes.value()[i].rising) continue;
    Rising r{names[i], changes.value()[i], {}};
    for (const TermMention& m : terms_.at(*names[i]).mentions)
      if (m.day >= month_start[0] && m.day <= end_day)
        r.texts.insert({m.evidence.source, m.evidence.row});
    rising.push_back(std::move(r));
  }
  std::stable_sort(rising.begin(), rising.end(), [](const Rising& a, const Rising& b) {
    return a.change.recent_count > b.change.recent_count;
  });
  // Greedy grouping: each term joins the first issue whose lead term shares enough texts.
  std::vector<std::vector<const Rising*>> groups;
  for (const Rising& r : rising) {
    std::vector<const Rising*>* home = nullptr;
    for (auto& group : groups) {
      const Rising& lead = *group.front();
      std::size_t shared = 0;
      for (const auto& key : r.texts) shared += lead.texts.count(key);
      if (!r.texts.empty() &&
          static_cast<double>(shared) >=
              options_.same_issue_overlap * static_cast<double>(r.texts.size())) {
        home = &group;
        break;
      }
    }
    if (home) {
      home->push_back(&r);
    } else {
      groups.push_back({&r});
    }
  }
  for (const auto& group : groups) {
    RisingIssue issue;
    issue.change = group.front()->change;
    issue.recent_first_day = month_start[0];
    issue.recent_last_day = end_day;
    issue.baseline_first_day = month_start[months - 1];
    for (const Rising* r : group) issue.terms.push_back(*r->term);
    for (const TermMention& m : terms_.at(issue.terms.front()).mentions)
      if (m.day >= month_start[0] && m.day <= end_day) issue.mentions.push_back(m);
    std::stable_sort(issue.mentions.begin(), issue.mentions.end(),
                     [](const TermMention& a, const TermMention& b) { return a.day < b.day; });
    out.push_back(std::move(issue));
  }
  return out;
}

}  // namespace cxs
