// Signal: a typed, evidenced finding a person should act on, with the route to that person
// (DESIGN.md, "Signals"; the report contract's signals[]).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cxs/message.hpp"

namespace cxs {

/// One piece of evidence: where in which export, and the words that matched.
struct Evidence {
  std::uint32_t source = 0;  ///< index of the source in the analysis
  std::uint64_t row = 0;     ///< the record number a spreadsheet shows (header rows counted)
  std::string record_id;     ///< the ticket, conversation, response or order id in its tool
  std::string field;         ///< the column the text came from, or the fact ("payments")
  std::string text;          ///< the text around the match (≤ 300 bytes), or the fact in words
  std::string matched;       ///< the matched span itself
  /// Where `matched` sits in `text`, in UTF-16 code units (as JavaScript strings index), so a
  /// page marks exactly that text; [0, 0] when the evidence is a fact, not a text match.
  std::uint32_t span_begin = 0;
  std::uint32_t span_end = 0;
  /// `text` as a message when the core composed it (a fact in words); empty when `text` quotes
  /// the user's own words.
  Message text_msg{};
};

/// Who should act, and by when.
struct Route {
  std::string team;
  std::string owner;
  std::string due_by;  ///< ISO date
  std::string rule;    ///< which routing rule chose it ("default" when none matched)
};

struct Signal {
  std::string id;           ///< stable: "s-" + hash of type, subject and first evidence
  std::string type;         ///< churn_risk, competitor, satisfaction_change, ...
  std::string severity;     ///< high, medium, low
  double score = 0;         ///< 0..100, ranks signals across types
  std::string customer_id;  ///< the customer it is about, or empty for a segment signal
  std::string segment;      ///< for segment signals: "Country=DE", "all orders", ...
  std::string title;
  std::string cause;  ///< the rule that fired ("phrase: copy of * contract", "failed_payments")
  Message title_msg;  ///< title and cause as messages (message.hpp): their English is the same
  Message cause_msg;
  std::vector<Evidence> evidence;    ///< at most 5, oldest first
  std::uint64_t evidence_count = 0;  ///< all of it
  /// ISO date the finding itself sets for acting (a renewal or cancellation date), or empty;
  /// route.due_by is never later than it.
  std::string deadline;
  Route route;
  std::string detected_at;    ///< ISO date of the newest evidence, or as_of
  double customer_value = 0;  ///< revenue or expected value behind it, for routing
};

}  // namespace cxs
