// Phrase lexicons for signal detection: data (JSON) shipped with the library or given by users.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// What a phrase is evidence of; spelled as in the report and in the lexicon JSON.
enum class SignalCategory {
  churn_risk,         ///< intent to leave: cancel, terminate, export everything, 解約
  competitor_switch,  ///< moving to or evaluating a competitor ("moving to {competitor}")
  opportunity,        ///< expansion: more seats, a larger plan, 追加ライセンス
  quality_issue,      ///< defect terms: crash, error, doesn't work, 不具合
  praise,             ///< positive sentiment cues
  complaint,          ///< negative sentiment cues about the service
};
inline constexpr std::size_t kSignalCategoryCount = 6;

const char* to_string(SignalCategory category);
std::optional<SignalCategory> signal_category_from_string(std::string_view name);

/// Phrases of one category. A phrase is matched on normalize_for_matching() text, so case and
/// width do not matter. Syntax:
/// - `*` is a gap of at most 3 words (Latin script) or 3 characters (other scripts) within one
///   clause: "cancel * subscription" matches "cancel our annual subscription";
/// - `{competitor}` is filled, at compile time, with each name of the user's competitor list;
/// - a phrase whose first or last character is an ASCII letter or digit matches only on a word
///   boundary there ("bug" not in "debug"); CJK text has no boundaries.
struct CategoryPhrases {
  std::vector<std::string> phrases;
  /// Phrases that look like this category but are not: a match overlapping one of them is
  /// reported as a decoy ("cancel * order" beside "want to cancel").
  std::vector<std::string> decoys;
};

struct Lexicon {
  std::array<CategoryPhrases, kSignalCategoryCount> categories;  ///< indexed by SignalCategory
  /// Cues that negate a match when they end at most 4 words before it in the same clause, or
  /// straddle its start ("not", "never", "don't want to"): the English order, negation first.
  /// "and", "but", "so", "because", "if", ... also end the clause here ("not happy and will
  /// cancel" still cancels).
  std::vector<std::string> negations_before;
  /// Cues that negate a match when they start at most 6 characters after it in the same clause
  /// (つもりはありません, しない): the Japanese order, negation after the predicate.
  std::vector<std::string> negations_after;
  /// Words that count as one term when a rising term is looked for (term_trends.hpp): the
  /// folded variant → the folded term, from `"terms": {"battery": ["バッテリー", "batteries"]}`.
  /// A Japanese loanword and its English source then add up to one quality issue.
  std::map<std::string, std::string> same_terms;

  const CategoryPhrases& operator[](SignalCategory c) const {
    return categories[static_cast<std::size_t>(c)];
  }
};

/// Reads a lexicon document:
/// `{"language": "en", "about": "...", "negations": {"before": [...], "after": [...]},
///   "terms": {"battery": ["バッテリー"]},
///   "categories": {"churn_risk": {"phrases": [...], "decoys": [...]}, ...}}`.
/// Every key is optional except that unknown keys, unknown categories, non-string phrases,
/// phrases empty after normalisation, gaps at a phrase's edge or side by side, and slots other
/// than {competitor} are errors (ErrorCode::invalid_options) naming the offending entry.
Result<Lexicon> parse_lexicon(std::string_view json_text);

/// The shipped lexicons, core/data/lexicons/en.json and ja.json, merged. They are compiled into
/// the library (a CMake step turns each file into a raw string literal), since the core reads no
/// files.
Result<Lexicon> default_lexicon();

/// Every list of `b` appended to the same list of `a`, skipping phrases `a` already has.
Lexicon merge_lexicons(const Lexicon& a, const Lexicon& b);

/// Applies a user's edits: `{"add": {"churn_risk": ["..."]}, "remove": {"churn_risk": ["..."]},
/// "add_decoys": {...}, "remove_decoys": {...}}`. Removal compares normalised phrases, and
/// removing a phrase the lexicon does not hold is an error, so a typo does not pass silently.
/// Removals apply before additions.
Result<Lexicon> apply_edits(const Lexicon& lexicon, std::string_view edits_json);

/// Checks one phrase against the syntax above; the error message names `phrase`.
std::optional<Error> check_phrase(std::string_view phrase);

}  // namespace cxs
