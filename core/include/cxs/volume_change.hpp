// Volume changes: breaks in weekly orders and revenue, the complaint spike that came before a
// break, and how complaints, praise and social mentions move with sales week by week.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cxs/signal.hpp"

namespace cxs {

/// Monday-start week number of a unix time: week w starts on day 7w − 3 after 1970-01-01 (a
/// Monday), so 1970-01-01 (a Thursday) is in week 0.
std::int64_t monday_week(std::int64_t unix_seconds);

/// The ISO date of the Monday that starts week `week`.
std::string monday_of_week(std::int64_t week);

/// One customer text with a complaint phrase, kept as a spike's evidence.
struct ComplaintText {
  std::int64_t week = 0;        ///< monday_week of the text
  Evidence evidence;            ///< the row, the text around the phrase, the phrase itself
  bool support_contact = true;  ///< a ticket or chat (else a survey comment or review)
};

/// Customer texts with a complaint or praise phrase, by week, as they stream by.
struct SentimentWeeks {
  struct Week {
    std::uint64_t complaints = 0, praise = 0;
    std::map<std::string, std::uint64_t> complaint_terms;  ///< term → complaint texts with it
  };
  std::map<std::int64_t, Week> weeks;          ///< by monday_week
  std::vector<ComplaintText> complaint_texts;  ///< the first max_texts_per_week of each week
  std::size_t max_texts_per_week = 20;

  /// One text: sentiment −1 (complaint; `complaint` is its phrase) or +1 (praise); `terms` are
  /// the text's distinct terms.
  void add(std::int64_t week, int sentiment, Evidence complaint, bool support_contact,
           const std::set<std::string>& terms);
};

/// Weekly series on one calendar, complete weeks only: index i is week first_week + i.
struct WeeklyVolume {
  std::int64_t first_week = 0;
  std::vector<double> orders;   ///< orders placed (an order's line-item rows count once)
  std::vector<double> revenue;  ///< order totals in `currency`; empty when orders have none
  std::string currency;
  std::vector<std::uint64_t> texts;       ///< customer texts (tickets, chats, comments, reviews)
  std::vector<std::uint64_t> complaints;  ///< of them, texts with a complaint phrase
  std::vector<std::uint64_t> praise;      ///< texts with a praise phrase and no complaint
  std::vector<std::uint64_t> mentions;    ///< social mentions; empty without a mentions export
  std::vector<ComplaintText> complaint_texts;  ///< oldest first, a few a week (any week)
  /// For each term found in a complaint text: complaint texts with it, by week (aligned with
  /// `texts`), and all customer texts with it, by week.
  std::map<std::string, std::vector<std::uint64_t>> term_complaints, term_texts;
};

struct VolumeOptions {
  std::size_t recent_weeks = 26;    ///< breaks older than this are history, not a signal
  std::size_t max_lead_weeks = 6;   ///< a spike this far before a break (or in its week) links
  std::size_t baseline_weeks = 26;  ///< the complaint spike is tested against these weeks
  std::size_t max_lag = 4;          ///< co-movement at lags 0..max_lag weeks
};

/// The volume_change signals of the weekly series:
/// - one per series (orders, revenue) and change point in the last recent_weeks: PELT with
///   the MBIC penalty and segments of at least 3 weeks (change_points.hpp); a Poisson cost for
///   order counts, the normal-mean cost for revenue (amounts are not counts), σ widened for
///   autocorrelation (weekly sales often carry it), and kept only when the steps beat one
///   linear trend (prefer_linear_trend: a growing shop is not a staircase of rises). Severity
///   high when the level moved ≥ 30%.
/// - a complaint spike linked to a break: weeks within max_lead_weeks before the break (or its
///   own week) whose complaint count is a spike (spike_periods, robust z > 5 against the 13
///   weeks before, scale at least one text); the span of those weeks is tested against the
///   baseline_weeks before it as a share of all customer texts (rate_change: exact conditional
///   Poisson test; nominal, since the weeks were picked for being high) and kept at p ≤ 0.05
///   with at least 5 complaints. Its segment names the terms whose share of customer texts rose
///   in the spike (same test, Benjamini–Hochberg over the terms, q ≤ 0.05), most frequent in
///   its complaints first; its evidence is the test, then complaint texts that use those terms.
/// - on each break signal: the spike, and for complaints, praise and mentions the lag in 0..max_lag
///   weeks where the week-to-week changes correlate most with the sales series' (co_movement:
///   Pearson r, Fisher interval, BH q over the 2·max_lag + 1 lags), whether or not significant.
std::vector<Signal> volume_change_signals(const WeeklyVolume& weeks, const VolumeOptions& options);

}  // namespace cxs
