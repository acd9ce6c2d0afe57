// One-pass multi-phrase matching of a lexicon (plus competitor names) over free text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/lexicon.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// One phrase found in a text.
struct PhraseMatch {
  SignalCategory category = SignalCategory::churn_risk;
  std::string phrase;      ///< the lexicon entry as written: "moving to {competitor}"
  std::string competitor;  ///< the competitor name as the user gave it; empty without a slot
  std::size_t begin = 0;   ///< byte offsets of the match in the ORIGINAL text
  std::size_t end = 0;
  /// A negation cue governs it: one of Lexicon::negations_before ending at most 4 words before
  /// it or straddling its start ("not going to cancel", "don't want to cancel"), or one of
  /// negations_after starting at most 6 characters after it (解約するつもりはありません); in
  /// the same clause either way.
  bool negated = false;
  /// It overlaps a decoy of its category ("cancel the duplicate order"), directly or through a
  /// chain of overlapping matches of that category.
  bool decoy = false;
};

/// A lexicon compiled into one Aho–Corasick automaton (Aho & Corasick 1975, "Efficient string
/// matching", CACM 18(6)) over normalize_for_matching() text, so every phrase, decoy, negation
/// cue and competitor slot of every language is found in a single pass. Immutable once built.
class PhraseMatcher {
 public:
  /// Compiles `lexicon`; each `{competitor}` phrase is expanded once per name of `competitors`
  /// (names fold like the text: case and width do not matter). Errors: a phrase that breaks the
  /// lexicon syntax, or an empty competitor name.
  static Result<PhraseMatcher> compile(const Lexicon& lexicon,
                                       std::span<const std::string> competitors = {});

  /// Every match in `text` (UTF-8), ordered by begin then end. A phrase that lies inside a longer
  /// match of the same category is left out, so "解約" is not reported again within "解約したい".
  std::vector<PhraseMatch> matches(std::string_view text) const;

  /// The matches of `category` that are neither negated nor decoys: the ones that fire a signal.
  std::vector<PhraseMatch> firing(std::string_view text, SignalCategory category) const;

  /// Automaton states, for tests and memory estimates.
  std::size_t state_count() const { return output_begin_.size() - 1; }

 private:
  enum class Kind : std::uint8_t { phrase, decoy, negation_before, negation_after };
  struct Pattern {
    Kind kind = Kind::phrase;
    SignalCategory category = SignalCategory::churn_risk;
    std::uint32_t phrase = 0;              ///< index into phrases_
    std::int32_t competitor = -1;          ///< index into competitors_, or -1
    std::vector<std::uint32_t> fragments;  ///< fragment ids, separated by gaps
  };
  struct Fragment {
    std::uint32_t length = 0;
    bool bound_start = false;  ///< starts with an ASCII letter or digit: needs a word boundary
    bool bound_end = false;
    bool kept = false;  ///< a non-final fragment of some pattern: its occurrences are kept
    std::vector<std::uint32_t> final_of;  ///< patterns this fragment completes
  };

  PhraseMatcher() = default;

  std::vector<std::string> phrases_;
  std::vector<std::string> competitors_;
  std::vector<Pattern> patterns_;
  std::vector<Fragment> fragments_;
  std::array<std::uint16_t, 256> byte_class_{};  ///< bytes no fragment uses share class 0
  std::uint32_t class_count_ = 1;
  std::vector<std::uint32_t> next_;          ///< DFA: state * class_count_ + class → state
  std::vector<std::uint32_t> output_begin_;  ///< per state, into outputs_ (size states + 1)
  std::vector<std::uint32_t> outputs_;       ///< fragment ids ending at each state
};

}  // namespace cxs
