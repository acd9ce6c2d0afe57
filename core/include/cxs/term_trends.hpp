// TermTrends: which words of customer texts are suddenly more common than they used to be.
// A product name, a part or a version ("battery", "4.2", バッテリー) whose share of tickets,
// chats and reviews rises in the last month against the months before is how a quality issue
// first shows; the rising terms that appear in the same texts are one issue, not several.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cxs/rate_change.hpp"
#include "cxs/signal.hpp"

namespace cxs {

/// One text that used a term, as evidence.
struct TermMention {
  std::uint32_t node = 0;  ///< customer-graph node of the author
  std::int64_t day = 0;    ///< days since 1970-01-01
  Evidence evidence;       ///< `matched` holds the term
};

/// A set of terms that rose together, with the test of the most mentioned one.
struct RisingIssue {
  std::vector<std::string> terms;  ///< most mentioned in the recent window first
  RateChange change;               ///< the lead term's recent month against its baseline
  std::int64_t recent_first_day = 0, recent_last_day = 0;  ///< the recent window, inclusive
  std::int64_t baseline_first_day = 0;                     ///< the baseline starts here
  /// Every text of the recent window with the lead term, oldest first (a text with only a
  /// companion term may be about something else).
  std::vector<TermMention> mentions;
};

struct TermTrendOptions {
  std::size_t baseline_months = 11;  ///< months before the recent one that form the baseline
  std::uint64_t min_recent_texts = 5;
  double alpha = 0.05;  ///< on Benjamini–Hochberg q over the terms
  /// A rising term joins an issue when this share of its recent texts also has the issue's
  /// lead term ("crash" beside "4.2"), so a common word met in a few of them does not.
  double same_issue_overlap = 0.5;
  std::size_t max_terms = 50000;             ///< distinct terms tracked at most
  std::size_t max_mentions_per_term = 2000;  ///< recent texts kept per term as evidence
};

/// The candidate terms of a text already folded by normalize_for_matching(): Latin words of 4+
/// letters that are not function words, versions such as "4.2", and katakana runs of 3+
/// characters (product words in Japanese: バッテリー). Each term once, in order of appearance.
std::vector<std::string> candidate_terms(std::string_view folded);

class TermTrends {
 public:
  /// `same_term` maps a folded variant to the folded term it counts as (バッテリー → battery,
  /// from the lexicon's "terms"). Texts before `keep_mentions_from_day` are counted but not kept
  /// as evidence (they can only be baseline).
  /// `ignored` terms are never tracked (the company's own name).
  TermTrends(std::map<std::string, std::string> same_term, std::set<std::string> ignored,
             std::int64_t keep_mentions_from_day, TermTrendOptions options = {});

  /// One customer document (a ticket, a chat, a review) on `day`: each field's terms count
  /// once for the document. `evidence` names the record; its field, text and matched are set
  /// per term.
  void add_document(std::span<const std::pair<std::string, std::string>> field_texts,
                    std::int64_t day, std::uint32_t node, const Evidence& evidence);

  /// The issues rising in the calendar month that ends on the last day with a document on or
  /// before `as_of_day` (so a report run a few days after the export still tests a full month),
  /// against the `baseline_months` before it: each term's share of documents by the exact
  /// conditional Poisson test with BH over the terms (rate_changes), then rising terms merged
  /// into issues by how often they share a text. Sorted by the lead term's recent count.
  std::vector<RisingIssue> rising(std::int64_t as_of_day) const;

  /// The distinct terms of a document as add_document counts them (variants joined, the
  /// ignored left out), for callers that count texts of their own by term.
  std::set<std::string> terms_of(
      std::span<const std::pair<std::string, std::string>> field_texts) const;
  /// Documents by day (days since 1970-01-01).
  const std::map<std::int64_t, std::uint64_t>& documents_by_day() const { return documents_; }
  /// Documents with `term` by day; nullptr for a term never seen (or not tracked).
  const std::map<std::int64_t, std::uint64_t>* term_days(const std::string& term) const {
    const auto it = terms_.find(term);
    return it == terms_.end() ? nullptr : &it->second.days;
  }

 private:
  struct Term {
    std::map<std::int64_t, std::uint64_t> days;  ///< day → documents with the term
    std::vector<TermMention> mentions;
  };
  std::map<std::string, std::string> same_term_;
  std::set<std::string> ignored_;
  std::int64_t keep_from_day_;
  TermTrendOptions options_;
  std::map<std::string, Term> terms_;
  std::map<std::int64_t, std::uint64_t> documents_;  ///< day → documents
};

}  // namespace cxs
