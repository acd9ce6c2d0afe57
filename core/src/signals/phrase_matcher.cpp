// Aho–Corasick over normalised text, then gaps, negation windows and decoys on the hits.
#include "cxs/phrase_matcher.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <map>

#include "cxs/detail/utf8.hpp"
#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kHasOutput = 0x80000000u;  // flag on a DFA transition (states < 2^31)
constexpr std::size_t kGapUnits = 3;               // `*`: at most 3 words or CJK characters
constexpr std::size_t kNegationBeforeUnits = 3;    // a cue among the 4 words before a match
constexpr std::size_t kNegationAfterUnits = 6;     // 解約[する]つもりはありません
constexpr std::string_view kSlot = "{competitor}";

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// A conjunction starts a new clause for negation: "not happy and will cancel" does not deny
// the cancelling. The list is short on purpose; a gap may still span one ("cancel and close").
bool is_clause_word(std::string_view word) {
  constexpr std::array<std::string_view, 11> kWords = {"and",     "but",      "so",     "because",
                                                       "however", "although", "though", "yet",
                                                       "then",    "if",       "unless"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

/// Words (Latin runs, an apostrophe inside one included) and other-script characters between
/// a and b of normalised text; kNone when there are more than `limit`, or when a sentence or
/// clause ends between them, since neither a gap nor a negation reaches across "." "," ";" ":"
/// "!" "?" "。" "、" or a line break (nor, with `conjunctions`, across "and", "but", ...).
std::size_t units_between(std::string_view text, std::size_t a, std::size_t b, std::size_t limit,
                          bool conjunctions = false) {
  std::size_t units = 0;
  std::size_t word_start = kNone;
  for (std::size_t i = a; i <= b;) {
    const char c = i < b ? text[i] : ' ';  // a sentinel blank closes a final word
    const bool word_byte = i < b && (is_word_byte(c) || (c == '\'' && word_start != kNone));
    if (word_byte) {
      if (word_start == kNone) {
        word_start = i;
        if (++units > limit) return kNone;
      }
      ++i;
      continue;
    }
    if (word_start != kNone) {
      if (conjunctions && is_clause_word(text.substr(word_start, i - word_start))) return kNone;
      word_start = kNone;
    }
    if (i == b) break;
    if (static_cast<unsigned char>(c) < 0x80) {
      ++i;
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n') {
        return kNone;
      }
    } else {
      const detail::DecodedChar ch = detail::decode_utf8_at(text, i);
      i += ch.length;
      if (ch.cp == 0x3002 || ch.cp == 0x3001) return kNone;  // 。、
      if (++units > limit) return kNone;
    }
  }
  return units;
}

/// Fragments of a phrase: its normalised text cut at each `*`, blanks trimmed.
std::vector<std::string> split_fragments(const std::string& normalized) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t star = normalized.find('*', start);
    std::string piece = normalized.substr(start, star == std::string::npos ? star : star - start);
    const std::size_t first = piece.find_first_not_of(" \n");
    const std::size_t last = piece.find_last_not_of(" \n");
    out.push_back(first == std::string::npos ? "" : piece.substr(first, last - first + 1));
    if (star == std::string::npos) break;
    start = star + 1;
  }
  return out;
}

std::string fill_slot(std::string fragment, const std::string& name) {
  for (std::size_t at = fragment.find(kSlot); at != std::string::npos;
       at = fragment.find(kSlot, at + name.size())) {
    fragment.replace(at, kSlot.size(), name);
  }
  return fragment;
}

/// A decoy taints every match chained to it by overlaps within its category: in "want to cancel
/// my subscription to the newsletter" the decoy touches only "cancel * subscription", yet
/// "want to cancel" is the same request. `matches` is ordered by begin.
void spread_decoys(std::vector<PhraseMatch>& matches) {
  for (std::size_t c = 0; c < kSignalCategoryCount; ++c) {
    std::vector<std::size_t> cluster;
    std::size_t reach = 0;
    bool tainted = false;
    const auto close = [&] {
      for (const std::size_t i : cluster) matches[i].decoy = tainted;
      cluster.clear();
      tainted = false;
    };
    for (std::size_t i = 0; i < matches.size(); ++i) {
      if (static_cast<std::size_t>(matches[i].category) != c) continue;
      if (!cluster.empty() && matches[i].begin >= reach) close();
      reach = cluster.empty() ? matches[i].end : std::max(reach, matches[i].end);
      cluster.push_back(i);
      tainted = tainted || matches[i].decoy;
    }
    close();
  }
}

struct Hit {
  std::uint32_t pattern;
  std::uint32_t begin;  // normalised text offsets
  std::uint32_t end;
};
struct Span {
  std::uint32_t begin;
  std::uint32_t end;
};

}  // namespace

Result<PhraseMatcher> PhraseMatcher::compile(const Lexicon& lexicon,
                                             std::span<const std::string> competitors) {
  PhraseMatcher m;
  std::vector<std::string> names;  // normalised competitor names
  for (const std::string& name : competitors) {
    std::string folded = normalize_for_matching(name);
    const std::size_t first = folded.find_first_not_of(" \n");
    if (first == std::string::npos) {
      return Error{ErrorCode::invalid_options, "competitor names must not be empty"};
    }
    folded = folded.substr(first, folded.find_last_not_of(" \n") - first + 1);
    m.competitors_.push_back(name);
    names.push_back(std::move(folded));
  }

  std::map<std::string, std::uint32_t> fragment_ids;
  std::vector<std::string> fragment_text;
  const auto add = [&](Kind kind, SignalCategory category,
                       const std::string& phrase) -> std::optional<Error> {
    if (auto error = check_phrase(phrase)) return error;
    const auto phrase_id = static_cast<std::uint32_t>(m.phrases_.size());
    m.phrases_.push_back(phrase);
    const std::vector<std::string> pieces = split_fragments(normalize_for_matching(phrase));
    const bool slotted = normalize_for_matching(phrase).find(kSlot) != std::string::npos;
    // A slotted phrase becomes one pattern per competitor; with no competitors, none at all.
    const std::size_t variants = slotted ? names.size() : 1;
    for (std::size_t v = 0; v < variants; ++v) {
      Pattern pattern{kind, category, phrase_id, slotted ? static_cast<std::int32_t>(v) : -1, {}};
      for (const std::string& piece : pieces) {
        const std::string text = slotted ? fill_slot(piece, names[v]) : piece;
        const auto [it, inserted] =
            fragment_ids.emplace(text, static_cast<std::uint32_t>(fragment_text.size()));
        if (inserted) fragment_text.push_back(text);
        pattern.fragments.push_back(it->second);
      }
      m.patterns_.push_back(std::move(pattern));
    }
    return std::nullopt;
  };
  for (std::size_t c = 0; c < kSignalCategoryCount; ++c) {
    const auto category = static_cast<SignalCategory>(c);
    for (const std::string& p : lexicon.categories[c].phrases) {
      if (auto error = add(Kind::phrase, category, p)) return *error;
    }
    for (const std::string& p : lexicon.categories[c].decoys) {
      if (auto error = add(Kind::decoy, category, p)) return *error;
    }
  }
  for (const std::string& p : lexicon.negations_before) {
    if (auto error = add(Kind::negation_before, SignalCategory::churn_risk, p)) return *error;
  }
  for (const std::string& p : lexicon.negations_after) {
    if (auto error = add(Kind::negation_after, SignalCategory::churn_risk, p)) return *error;
  }

  m.fragments_.resize(fragment_text.size());
  for (std::size_t f = 0; f < fragment_text.size(); ++f) {
    const std::string& text = fragment_text[f];
    m.fragments_[f].length = static_cast<std::uint32_t>(text.size());
    m.fragments_[f].bound_start = is_word_byte(text.front());
    m.fragments_[f].bound_end = is_word_byte(text.back());
  }
  for (std::size_t p = 0; p < m.patterns_.size(); ++p) {
    const auto& frags = m.patterns_[p].fragments;
    for (std::size_t k = 0; k + 1 < frags.size(); ++k) m.fragments_[frags[k]].kept = true;
    m.fragments_[frags.back()].final_of.push_back(static_cast<std::uint32_t>(p));
  }

  // Bytes no fragment uses share class 0, which shrinks the DFA rows from 256 columns to the
  // alphabet actually used (ASCII letters plus the UTF-8 bytes of the Japanese phrases).
  for (const std::string& text : fragment_text) {
    for (const char ch : text) {
      auto& cls = m.byte_class_[static_cast<unsigned char>(ch)];
      if (cls == 0) cls = static_cast<std::uint16_t>(m.class_count_++);
    }
  }
  const std::size_t width = m.class_count_;
  std::vector<std::uint32_t> terminal{kNone};  // fragment ending exactly at each state
  m.next_.assign(width, kNone);
  for (std::size_t f = 0; f < fragment_text.size(); ++f) {
    std::uint32_t state = 0;
    for (const char ch : fragment_text[f]) {
      std::uint32_t& slot = m.next_[state * width + m.byte_class_[static_cast<unsigned char>(ch)]];
      if (slot == kNone) {
        slot = static_cast<std::uint32_t>(terminal.size());
        terminal.push_back(kNone);
        m.next_.resize(m.next_.size() + width, kNone);
      }
      state = m.next_[state * width + m.byte_class_[static_cast<unsigned char>(ch)]];
    }
    terminal[state] = static_cast<std::uint32_t>(f);
  }

  // Breadth-first: failure links, missing transitions filled from them (a full DFA, so the scan
  // does one table lookup per byte), and each state's outputs = its own + its failure state's.
  const std::size_t states = terminal.size();
  std::vector<std::uint32_t> fail(states, 0);
  std::vector<std::vector<std::uint32_t>> outputs(states);
  std::deque<std::uint32_t> queue;
  for (std::size_t c = 0; c < width; ++c) {
    std::uint32_t& v = m.next_[c];
    if (v == kNone) {
      v = 0;
    } else {
      queue.push_back(v);
    }
  }
  while (!queue.empty()) {
    const std::uint32_t u = queue.front();
    queue.pop_front();
    if (terminal[u] != kNone) outputs[u].push_back(terminal[u]);
    const auto& inherited = outputs[fail[u]];
    outputs[u].insert(outputs[u].end(), inherited.begin(), inherited.end());
    for (std::size_t c = 0; c < width; ++c) {
      std::uint32_t& v = m.next_[u * width + c];
      const std::uint32_t via_fail = m.next_[fail[u] * width + c];
      if (v == kNone) {
        v = via_fail;
      } else {
        fail[v] = via_fail;
        queue.push_back(v);
      }
    }
  }
  m.output_begin_.push_back(0);
  for (const auto& out : outputs) {
    m.outputs_.insert(m.outputs_.end(), out.begin(), out.end());
    m.output_begin_.push_back(static_cast<std::uint32_t>(m.outputs_.size()));
  }
  // Transitions into a state with outputs carry kHasOutput, so the scan reads the output table
  // only on the few bytes that end a fragment: one load per byte instead of three.
  // Entries also hold the target's row offset (state × width), which takes a multiply off the
  // scan's chain of dependent loads.
  if (m.next_.size() >= kHasOutput) {
    return Error{ErrorCode::invalid_options, "lexicon too large: over 2^31 automaton cells"};
  }
  for (std::uint32_t& target : m.next_) {
    const bool has_output = !outputs[target].empty();
    target = static_cast<std::uint32_t>(target * width) | (has_output ? kHasOutput : 0u);
  }
  return m;
}

std::vector<PhraseMatch> PhraseMatcher::matches(std::string_view text) const {
  const NormalizedText normalized = normalize_with_offsets(text);
  const std::string_view s = normalized.text;
  const std::size_t width = class_count_;

  std::vector<Hit> kept;  // occurrences of non-final fragments (Hit::pattern holds the fragment)
  std::vector<Hit> hits;  // phrases and decoys
  std::vector<Span> cues_before, cues_after;

  const auto complete = [&](const Pattern& pattern, std::uint32_t begin) -> std::uint32_t {
    // Walks the fragments backwards, taking the nearest earlier occurrence of each within a
    // gap. Gaps only grow going back, so the first occurrence (of any fragment) too far away
    // ends the search, and one flat list in text order serves every fragment.
    for (std::size_t k = pattern.fragments.size() - 1; k-- > 0;) {
      std::uint32_t found = kNone;
      for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
        if (it->end > begin) continue;
        if (units_between(s, it->end, begin, kGapUnits) == kNone) break;
        if (it->pattern == pattern.fragments[k]) {
          found = it->begin;
          break;
        }
      }
      if (found == kNone) return kNone;
      begin = found;
    }
    return begin;
  };

  std::uint32_t row = 0;  // state × width
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::uint32_t step = next_[row + byte_class_[static_cast<unsigned char>(s[i])]];
    row = step & ~kHasOutput;
    if ((step & kHasOutput) == 0) continue;
    const std::size_t state = row / width;
    for (std::uint32_t o = output_begin_[state]; o < output_begin_[state + 1]; ++o) {
      const std::uint32_t f = outputs_[o];
      const Fragment& fragment = fragments_[f];
      const auto end = static_cast<std::uint32_t>(i + 1);
      const std::uint32_t begin = end - fragment.length;
      if (fragment.bound_start && begin > 0 && is_word_byte(s[begin - 1])) continue;
      if (fragment.bound_end && end < s.size() && is_word_byte(s[end])) continue;
      if (fragment.kept) kept.push_back({f, begin, end});
      for (const std::uint32_t p : fragment.final_of) {
        const Pattern& pattern = patterns_[p];
        const std::uint32_t first = complete(pattern, begin);
        if (first == kNone) continue;
        if (pattern.kind == Kind::negation_before) {
          cues_before.push_back({first, end});
        } else if (pattern.kind == Kind::negation_after) {
          cues_after.push_back({first, end});
        } else {
          hits.push_back({p, first, end});
        }
      }
    }
  }

  // Decoys per category, sorted by begin with a running maximum of their ends: a match
  // overlaps some decoy iff a decoy starting before the match's end reaches past its begin.
  std::array<std::vector<Span>, kSignalCategoryCount> decoys;
  std::vector<Hit> phrase_hits;
  for (const Hit& hit : hits) {
    const Pattern& pattern = patterns_[hit.pattern];
    if (pattern.kind == Kind::decoy) {
      decoys[static_cast<std::size_t>(pattern.category)].push_back({hit.begin, hit.end});
    } else {
      phrase_hits.push_back(hit);
    }
  }
  std::array<std::vector<std::uint32_t>, kSignalCategoryCount> decoy_reach;
  for (std::size_t c = 0; c < kSignalCategoryCount; ++c) {
    std::sort(decoys[c].begin(), decoys[c].end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::uint32_t reach = 0;
    for (const Span& d : decoys[c]) decoy_reach[c].push_back(reach = std::max(reach, d.end));
  }
  std::sort(cues_after.begin(), cues_after.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  // cues_before are already in order of end: the scan reports each at its last byte.

  std::sort(phrase_hits.begin(), phrase_hits.end(), [&](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.pattern < b.pattern;
  });
  std::array<std::uint32_t, kSignalCategoryCount> covered{};  // furthest end per category
  std::array<bool, kSignalCategoryCount> any{};
  std::vector<PhraseMatch> out;
  for (const Hit& hit : phrase_hits) {
    const Pattern& pattern = patterns_[hit.pattern];
    const auto c = static_cast<std::size_t>(pattern.category);
    // Sorted by begin, longest first: an earlier hit reaching this far contains this one.
    if (any[c] && covered[c] >= hit.end) continue;
    any[c] = true;
    covered[c] = hit.end;

    PhraseMatch match;
    match.category = pattern.category;
    match.phrase = phrases_[pattern.phrase];
    if (pattern.competitor >= 0) {
      match.competitor = competitors_[static_cast<std::size_t>(pattern.competitor)];
    }
    const TextSpan span = original_span(normalized, hit.begin, hit.end);
    match.begin = span.begin;
    match.end = span.end;

    const auto first_after =
        std::lower_bound(decoys[c].begin(), decoys[c].end(), hit.end,
                         [](const Span& d, std::uint32_t end) { return d.begin < end; });
    const auto before_count = static_cast<std::size_t>(first_after - decoys[c].begin());
    match.decoy = before_count > 0 && decoy_reach[c][before_count - 1] > hit.begin;

    const auto cue =
        std::upper_bound(cues_before.begin(), cues_before.end(), hit.begin,
                         [](std::uint32_t begin, const Span& q) { return begin < q.end; });
    if (cue != cues_before.begin()) {
      const Span& nearest = *(cue - 1);
      match.negated = units_between(s, nearest.end, hit.begin, kNegationBeforeUnits, true) != kNone;
    }
    // A cue may also straddle the match's start: "don't want to" over "want to cancel". One
    // that starts where the match starts is part of the phrase ("not working", "won't renew").
    for (auto q = cue; !match.negated && q != cues_before.end() && q->end <= hit.end; ++q) {
      match.negated = q->begin < hit.begin;
    }
    if (!match.negated) {
      const auto after =
          std::lower_bound(cues_after.begin(), cues_after.end(), hit.end,
                           [](const Span& q, std::uint32_t end) { return q.begin < end; });
      match.negated = after != cues_after.end() &&
                      units_between(s, hit.end, after->begin, kNegationAfterUnits) != kNone;
    }
    out.push_back(std::move(match));
  }
  spread_decoys(out);
  return out;
}

std::vector<PhraseMatch> PhraseMatcher::firing(std::string_view text,
                                               SignalCategory category) const {
  std::vector<PhraseMatch> out;
  for (PhraseMatch& match : matches(text)) {
    if (match.category == category && !match.negated && !match.decoy) {
      out.push_back(std::move(match));
    }
  }
  return out;
}

}  // namespace cxs
