// Intent reader: finds churn, switching and expansion intent in customer text by structure,
// sentence by sentence: an intent verb (leaving, not continuing, switching, acquiring), its
// object (the customer's own subscription, contract, account or plan, not an order or a
// meeting), its actor (the writer, not a client or a colleague), negation, and the modality
// that sets the severity (decided, planning, considering, asking).
//
// The word classes are data (core/data/concepts/en.json and ja.json), built from how each
// language expresses these intents, not from example texts; English words are compared by
// their Snowball stems, Japanese by substring (it has no spaces; a verb stem is followed by the
// endings that carry modality and negation).
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/intent.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// One intent found in one sentence.
struct IntentFinding {
  Intent intent = Intent::churn_risk;
  /// churn_risk: "decided", "planning", "considering" or "asking"; competitor_switch and
  /// expansion: "high" or "low".
  std::string severity;
  std::size_t begin = 0;  ///< byte offsets of the sentence in the text
  std::size_t end = 0;
  std::size_t match_begin = 0;  ///< byte offsets of what fired: the verb through its object
  std::size_t match_end = 0;
  std::string competitor;  ///< competitor_switch: the name as written; empty for "another provider"
  std::string reason;      ///< the structure that fired, in a few words
};

class IntentReader {
 public:
  /// `competitors`: names ("Name|alias" gives aliases); `own_names`: the company's and its
  /// product's names (a sentence about leaving them is about the customer's own service).
  static Result<IntentReader> create(std::span<const std::string> competitors,
                                     std::span<const std::string> own_names);

  /// Every intent found in `text`, at most one per intent, the most severe; quoted and
  /// forwarded text is skipped.
  std::vector<IntentFinding> read(std::string_view text) const;

  /// The sentences read() reads, as [begin, end) byte offsets in `text`: quoted speech,
  /// quoted lines and forwarded parts left out.
  std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text) const;

  ~IntentReader();
  IntentReader(IntentReader&&) noexcept;
  IntentReader& operator=(IntentReader&&) noexcept;

 private:
  IntentReader();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cxs
