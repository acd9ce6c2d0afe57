// Intent by structure, sentence by sentence; see intent_reader.hpp.
#include "cxs/intent_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "cxs/detail/ascii.hpp"
#include "cxs/english_stemmer.hpp"
#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

constexpr std::string_view kEnglishJson =
#include "concepts/en.inc"
    ;
constexpr std::string_view kJapaneseJson =
#include "concepts/ja.inc"
    ;

// ---------------------------------------------------------------------------------------
// Sentences

struct Span {
  std::size_t begin = 0, end = 0;
};

/// Lines that quote or forward someone else's words: "> ..." lines, and everything after an
/// "Original Message" / "wrote:" / forwarded header.
bool quote_marker(std::string_view line, std::span<const std::string> markers) {
  const std::string folded = normalize_for_matching(line);  // markers are folded too
  return std::any_of(markers.begin(), markers.end(),
                     [&](const std::string& m) { return folded.find(m) != std::string::npos; });
}

/// Sentences of `text`, quoted and forwarded parts left out. A sentence ends at . ! ? ; (when a
/// blank or the end follows: "v4.2" and "e.g." stay whole), at 。！？, and at a line break.
std::vector<Span> split_sentences(std::string_view text,
                                  std::span<const std::string> quote_markers) {
  std::vector<Span> out;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    if (quote_marker(line, quote_markers)) break;  // the rest is someone else's message
    const std::size_t first = line.find_first_not_of(" \t");
    const bool quoted = first != std::string_view::npos &&
                        (line[first] == '>' || line.substr(first).starts_with("\xEF\xBC\x9E"));
    if (!quoted) {
      std::size_t begin = line_start;
      for (std::size_t i = line_start; i < line_end; ++i) {
        const char c = text[i];
        std::size_t stop = 0;
        if ((c == '.' || c == '!' || c == '?' || c == ';') &&
            (i + 1 == line_end || text[i + 1] == ' ' || text[i + 1] == '\t')) {
          stop = i + 1;
        } else if ((c == '\xE3' || c == '\xEF') && i + 3 <= line_end &&
                   (text.substr(i, 3) == "\xE3\x80\x82" || text.substr(i, 3) == "\xEF\xBC\x81" ||
                    text.substr(i, 3) == "\xEF\xBC\x9F")) {  // 。！？
          stop = i + 3;
        }
        if (stop) {
          out.push_back({begin, stop});
          begin = stop;
          i = stop - 1;
        }
      }
      if (begin < line_end) out.push_back({begin, line_end});
    }
    line_start = line_end + 1;
  }
  std::erase_if(out, [&](const Span& s) {
    return text.substr(s.begin, s.end - s.begin).find_first_not_of(" \t\r") ==
           std::string_view::npos;
  });
  return out;
}

/// Kana and CJK ideographs (their UTF-8 lead bytes), counted.
std::size_t japanese_characters(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0xE3 || (b >= 0xE4 && b <= 0xE9)) ++n;
  }
  return n;
}

bool has_japanese(std::string_view text) { return japanese_characters(text) > 0; }

/// Mostly Japanese: an English sentence naming ミライデータ is still read as English.
bool japanese_sentence(std::string_view text) {
  std::size_t letters = 0;
  for (const char c : text) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return japanese_characters(text) * 3 >= letters && has_japanese(text);
}

/// `text` with quoted speech blanked (same length, so offsets hold): what is between paired
/// double quotes ("...", “...”) or Japanese quotation brackets (「...」, 『...』) is someone's
/// words, a label or a title, not the writer's.
std::string without_quoted_speech(std::string_view text) {
  std::string out(text);
  std::size_t open = std::string::npos;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const bool ascii = out[i] == '"';
    // “ ” and the Japanese brackets 「 」 『 』: three bytes that start with E2 or E3.
    const char lead = out[i];
    const std::string_view mark =
        lead == '\xE2' || lead == '\xE3' ? std::string_view(out).substr(i, 3) : std::string_view();
    const bool left = !mark.empty() &&
                      (mark == "\xE2\x80\x9C" || mark == "\xE3\x80\x8C" || mark == "\xE3\x80\x8E");
    const bool right = !mark.empty() &&
                       (mark == "\xE2\x80\x9D" || mark == "\xE3\x80\x8D" || mark == "\xE3\x80\x8F");
    if (!ascii && !left && !right) continue;
    const std::size_t width = ascii ? 1 : 3;
    if (open == std::string::npos && (ascii || left)) {
      open = i + width;
    } else if (open != std::string::npos && (ascii || right)) {
      for (std::size_t k = open; k < i; ++k)
        if (out[k] != '\n') out[k] = ' ';
      open = std::string::npos;
    }
    i += width - 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// English: words, stems and classes

struct Token {
  std::string word;  ///< folded (lower case)
  std::string stem;
  std::uint32_t stem_id = 0;  ///< EnglishClasses::id_of(stem)
  int clause = 0;             ///< tokens of one clause share it (commas and conjunctions separate)
  std::size_t begin = 0, end = 0;  ///< byte offsets in the sentence as written
};

using Phrase = std::vector<std::string>;  // stems

/// Words of folded English text; "won't" gives "won" + "not", "cannot" "can" + "not".
std::vector<std::string> english_words(
    std::string_view folded, std::vector<bool>* break_before,
    std::vector<std::pair<std::size_t, std::size_t>>* at = nullptr) {
  std::vector<std::string> words;
  bool pending_break = false;
  std::size_t i = 0;
  const auto word_byte = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  while (i < folded.size()) {
    if (!word_byte(folded[i])) {
      if (folded[i] == ',' || folded[i] == ':' || folded[i] == '(' || folded[i] == ')')
        pending_break = true;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < folded.size() &&
           (word_byte(folded[end]) || ((folded[end] == '\'' || folded[end] == '-') &&
                                       end + 1 < folded.size() && word_byte(folded[end + 1]))))
      ++end;
    std::string word(folded.substr(i, end - i));
    const std::size_t word_begin = i;
    i = end;
    if (word.ends_with("'s")) word.resize(word.size() - 2);
    const auto push = [&](std::string w) {
      if (w.empty()) return;
      words.push_back(std::move(w));
      if (at) at->emplace_back(word_begin, end);
      if (break_before) break_before->push_back(pending_break);
      pending_break = false;
    };
    if (word.ends_with("n't")) {
      push(word.substr(0, word.size() - 3));
      push("not");
    } else if (word == "cannot") {
      push("can");
      push("not");
    } else {
      push(std::move(word));
    }
  }
  return words;
}

Phrase stems_of(std::string_view text) {
  Phrase out;
  for (const std::string& w : english_words(normalize_for_matching(text), nullptr))
    out.push_back(english_stem(w));
  return out;
}

/// A concept class compiled for matching: its phrases as stem ids, indexed by first stem so a
/// token is compared only with the phrases that can start at it.
struct EnglishClass {
  std::size_t index = 0;  ///< slot of this class in a sentence's cache
  std::vector<std::vector<std::uint32_t>> phrases;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_first;  ///< → phrases
};

/// Every English class, with one id per stem that appears in any of them (0: a stem none has),
/// so matching compares integers, not strings.
struct EnglishClasses {
  std::unordered_map<std::string, std::uint32_t> stem_ids;
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };
  std::unordered_map<std::string, EnglishClass, NameHash, std::equal_to<>> classes;

  void add(const std::string& name, const Phrase& phrase) {
    auto [it, inserted] = classes.try_emplace(name);
    if (inserted) it->second.index = classes.size() - 1;
    EnglishClass& c = it->second;
    std::vector<std::uint32_t> ids;
    for (const std::string& stem : phrase)
      ids.push_back(stem_ids.try_emplace(stem, static_cast<std::uint32_t>(stem_ids.size() + 1))
                        .first->second);
    if (ids.empty()) return;
    c.by_first[ids.front()].push_back(static_cast<std::uint32_t>(c.phrases.size()));
    c.phrases.push_back(std::move(ids));
  }
  std::uint32_t id_of(const std::string& stem) const {
    const auto it = stem_ids.find(stem);
    return it == stem_ids.end() ? 0 : it->second;
  }
  const EnglishClass& operator[](std::string_view name) const {
    static const EnglishClass none{SIZE_MAX, {}, {}};
    const auto it = classes.find(name);
    return it == classes.end() ? none : it->second;
  }
};

struct JapaneseClasses {
  std::map<std::string, std::vector<std::string>> classes;
  const std::vector<std::string>& operator[](const std::string& name) const {
    static const std::vector<std::string> none;
    const auto it = classes.find(name);
    return it == classes.end() ? none : it->second;
  }
};

/// A class hit: tokens [at, at + length).
struct Hit {
  std::size_t at = 0, length = 0;
};

class EnglishSentence {
 public:
  EnglishSentence(std::string_view sentence, const EnglishClasses& classes,
                  const std::vector<std::uint32_t>& clause_words)
      : starts_(classes.classes.size()) {
    std::vector<bool> breaks;
    std::vector<std::pair<std::size_t, std::size_t>> at;
    NormalizedText folded = normalize_with_offsets(sentence);
    question_ = folded.text.find('?') != std::string::npos;
    int clause = 0;
    auto words = english_words(folded.text, &breaks, &at);
    tokens_.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string stem = english_stem(words[i]);
      const std::uint32_t id = classes.id_of(stem);
      if (breaks[i] || (id != 0 && std::find(clause_words.begin(), clause_words.end(), id) !=
                                       clause_words.end()))
        ++clause;
      tokens_.push_back({std::move(words[i]), std::move(stem), id, clause,
                         original_offset(folded, at[i].first),
                         original_offset(folded, at[i].second)});
    }
    folded_ = std::move(folded);
  }

  const std::vector<Token>& tokens() const { return tokens_; }
  bool question() const { return question_; }
  /// The sentence as normalize_for_matching folds it.
  const std::string& folded() const { return folded_.text; }
  /// The token at or after byte `offset` of folded(), or the last token: where a name written
  /// in another script (a Japanese competitor in an English sentence) stands among the words.
  std::size_t token_at(std::size_t offset) const {
    const std::size_t original = original_offset(folded_, offset);
    std::size_t i = 0;
    while (i + 1 < tokens_.size() && tokens_[i].begin < original) ++i;
    return i;
  }

  std::vector<Hit> hits(const EnglishClass& phrases) const {
    std::vector<Hit> out;
    const std::vector<std::uint8_t>& length = starts(phrases);
    for (std::size_t at = 0; at < length.size(); ++at)
      if (length[at]) out.push_back({at, length[at]});
    return out;
  }
  bool any(const EnglishClass& phrases) const {
    const std::vector<std::uint8_t>& length = starts(phrases);
    return std::any_of(length.begin(), length.end(), [](std::uint8_t n) { return n != 0; });
  }
  /// Whether a phrase of `phrases` starts at token `at`.
  bool at(const EnglishClass& phrases, std::size_t at) const {
    const std::vector<std::uint8_t>& length = starts(phrases);
    return at < length.size() && length[at] != 0;
  }

 private:
  /// Per token, the length of the longest phrase of `phrases` starting there (0: none),
  /// computed once per class: the rules ask about the same classes many times a sentence.
  const std::vector<std::uint8_t>& starts(const EnglishClass& phrases) const {
    static const std::vector<std::uint8_t> none;
    if (phrases.index >= starts_.size()) return none;
    std::optional<std::vector<std::uint8_t>>& cached = starts_[phrases.index];
    if (cached) return *cached;
    std::vector<std::uint8_t>& length = cached.emplace(tokens_.size(), 0);
    for (std::size_t at = 0; at < tokens_.size(); ++at) {
      if (tokens_[at].stem_id == 0) continue;
      const auto candidates = phrases.by_first.find(tokens_[at].stem_id);
      if (candidates == phrases.by_first.end()) continue;
      std::size_t best = 0;
      for (const std::uint32_t which : candidates->second) {
        const std::vector<std::uint32_t>& p = phrases.phrases[which];
        if (at + p.size() > tokens_.size() || p.size() <= best) continue;
        bool same = true;
        for (std::size_t k = 1; k < p.size() && same; ++k) same = tokens_[at + k].stem_id == p[k];
        if (same) best = p.size();
      }
      length[at] = static_cast<std::uint8_t>(best);
    }
    return length;
  }

 private:
  std::vector<Token> tokens_;
  NormalizedText folded_;
  bool question_ = false;
  mutable std::vector<std::optional<std::vector<std::uint8_t>>> starts_;  ///< by class index
};

// ---------------------------------------------------------------------------------------

int churn_rank(std::string_view severity) {
  return severity == "decided" ? 4 : severity == "planning" ? 3 : severity == "considering" ? 2 : 1;
}
int rank(Intent intent, std::string_view severity) {
  return intent == Intent::churn_risk ? churn_rank(severity) : severity == "high" ? 2 : 1;
}

}  // namespace

struct IntentReader::Impl {
  EnglishClasses en;
  JapaneseClasses ja;
  std::vector<std::uint32_t> clause_words;  // stem ids of one-word clause breaks
  std::vector<std::string> quote_markers;
  struct Name {
    std::string shown;
    std::vector<std::string> words;  // folded English words, or one folded Japanese string
    bool japanese = false;
  };
  std::vector<Name> competitors;
  std::vector<Name> ours;  ///< the company's own names

  /// `general_frame`: whether the whole `text` asks in general ("questions to ask any
  /// vendor"), so terms of ending a contract are not the writer's own; decided on first need.
  void read_english(std::string_view sentence, Span span, std::string_view text,
                    std::optional<bool>& general_frame, std::vector<IntentFinding>& out) const;
  void read_japanese(std::string_view sentence, Span span, std::vector<IntentFinding>& out) const;
  /// Names of `names` in the sentence: token index (English) or byte offset (Japanese).
  std::vector<std::pair<std::size_t, const Name*>> find_names(const std::vector<Name>& names,
                                                              const EnglishSentence* english,
                                                              std::string_view folded) const;
};

IntentReader::IntentReader() : impl_(std::make_unique<Impl>()) {}
IntentReader::~IntentReader() = default;
IntentReader::IntentReader(IntentReader&&) noexcept = default;
IntentReader& IntentReader::operator=(IntentReader&&) noexcept = default;

Result<IntentReader> IntentReader::create(std::span<const std::string> competitors,
                                          std::span<const std::string> own_names) {
  IntentReader reader;
  Impl& impl = *reader.impl_;
  for (const auto& [json_text, english] :
       {std::pair{kEnglishJson, true}, std::pair{kJapaneseJson, false}}) {
    const auto doc = nlohmann::json::parse(json_text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
      return Error{ErrorCode::invalid_options, "intent concepts: the shipped file is not JSON."};
    for (const auto& [name, entries] : doc.items()) {
      if (!entries.is_array()) continue;  // "language", "about"
      for (const auto& entry : entries) {
        const std::string text = entry.get<std::string>();
        if (english) {
          impl.en.add(name, stems_of(text));
        } else {
          impl.ja.classes[name].push_back(normalize_for_matching(text));
        }
      }
    }
  }
  for (const auto& p : impl.en["clause_breaks"].phrases)
    if (p.size() == 1) impl.clause_words.push_back(p[0]);
  for (const std::string& m : impl.ja["quoted_markers"]) impl.quote_markers.push_back(m);
  const auto add_names = [](std::span<const std::string> entries, std::vector<Impl::Name>& into) {
    for (const std::string& entry : entries) {
      std::size_t start = 0;
      std::string shown;
      while (start <= entry.size()) {
        const std::size_t bar = std::min(entry.find('|', start), entry.size());
        const std::string alias = entry.substr(start, bar - start);
        start = bar + 1;
        if (alias.empty()) continue;
        if (shown.empty()) shown = alias;
        Impl::Name name{shown, {}, has_japanese(alias)};
        const std::string folded = normalize_for_matching(alias);
        if (name.japanese) {
          name.words = {folded};
        } else {
          name.words = english_words(folded, nullptr);
        }
        if (!name.words.empty()) into.push_back(std::move(name));
      }
    }
  };
  add_names(competitors, impl.competitors);
  add_names(own_names, impl.ours);
  return reader;
}

std::vector<std::pair<std::size_t, const IntentReader::Impl::Name*>> IntentReader::Impl::find_names(
    const std::vector<Name>& names, const EnglishSentence* english, std::string_view folded) const {
  std::vector<std::pair<std::size_t, const Name*>> out;
  for (const Name& name : names) {
    if (name.japanese) {
      // English sentences index names by token: a byte offset there would index past the words.
      const std::size_t at = folded.find(name.words.front());
      if (at != std::string_view::npos)
        out.emplace_back(english ? english->token_at(at) : at, &name);
    } else if (english) {
      const auto& t = english->tokens();
      for (std::size_t i = 0; i + name.words.size() <= t.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < name.words.size() && same; ++k)
          same = t[i + k].word == name.words[k];
        if (same) {
          out.emplace_back(i, &name);
          break;
        }
      }
    } else {
      const std::size_t at = folded.find(name.words.front());
      if (at != std::string_view::npos) out.emplace_back(at, &name);
    }
  }
  return out;
}

void IntentReader::Impl::read_english(std::string_view sentence, Span span, std::string_view text,
                                      std::optional<bool>& general_frame,
                                      std::vector<IntentFinding>& out) const {
  const EnglishSentence s(sentence, en, clause_words);
  const auto& t = s.tokens();
  if (t.empty()) return;
  const std::string& folded = s.folded();
  const auto own_names = find_names(ours, &s, folded);
  const auto rivals = find_names(competitors, &s, folded);
  if (s.any(en["past_resolved"]) || s.any(en["hypothetical"])) return;

  const auto in_class = [&](const char* cls, std::size_t i) { return s.at(en[cls], i); };
  const auto is_word = [&](std::size_t i, std::initializer_list<std::string_view> words) {
    return i < t.size() &&
           std::find(words.begin(), words.end(), std::string_view(t[i].word)) != words.end();
  };
  // "No" answering ("no no, we're renewing", "no, we ...") negates nothing in what follows: as
  // a determiner it stands before the noun it negates ("no plans to", "no longer").
  const auto interjection = [&](std::size_t i) {
    return t[i].word == "no" && (i + 1 >= t.size() || t[i + 1].clause != t[i].clause ||
                                 t[i + 1].word == "no" || in_class("first_person", i + 1));
  };
  // Whether `holds` is true of one of the `reach` words before `v` in its clause.
  const auto before_in_clause = [&](std::size_t v, std::size_t reach, auto holds) {
    for (std::size_t k = v; k > 0 && v - k < reach && t[k - 1].clause == t[v].clause; --k)
      if (holds(k - 1)) return true;
    return false;
  };
  // A negator up to four words before `v`, in its clause: "we will not cancel". Withdrawing a
  // notice negates it as well: "please disregard our cancellation".
  const auto negated = [&](std::size_t v) {
    return before_in_clause(v, 4, [&](std::size_t i) {
      return (in_class("negations", i) && !interjection(i)) || in_class("retractions", i);
    });
  };
  // The actor: the nearest person word before `v` in its clause. A third party ("our client
  // cancelled", "a colleague who left") is not the writer.
  const auto own_name_at = [&](std::size_t i) {
    return std::any_of(own_names.begin(), own_names.end(),
                       [&](const auto& hit) { return hit.first == i; });
  };
  // The vendor acting ("if Hoshi itself were to shut down") is no more the writer than a
  // client is.
  // The actor of the verb at `v`: the nearest person word before it in its clause; a verb
  // coordinated with the clause before, with no subject of its own ("we outgrew it and will be
  // leaving": only auxiliaries and adverbs between), shares that clause's subject.
  enum class Actor { none, writer, other };
  const auto auxiliary = [&](std::size_t i) {
    return is_word(
        i, {"will",       "ll",   "would", "be",     "been",  "is",     "are",       "am",
            "was",        "were", "have",  "has",    "had",   "also",   "then",      "probably",
            "definitely", "just", "now",   "soon",   "going", "gonna",  "to",        "might",
            "may",        "can",  "could", "should", "must",  "likely", "therefore", "so"});
  };
  const auto actor_of = [&](std::size_t v) {
    for (std::size_t k = v; k > 0; --k) {
      const std::size_t i = k - 1;
      if (t[i].clause != t[v].clause) {
        const std::size_t head = i + 1;  // the first word of v's clause
        if (!is_word(head, {"and", "but", "so", "then", "or"})) break;
        bool bare = true;
        for (std::size_t j = head + 1; j < v && bare; ++j) bare = auxiliary(j);
        if (!bare) break;
        for (std::size_t j = 0; j <= i; ++j) {
          if (t[j].clause != t[i].clause) continue;
          // "our client outgrew it and ...": the subject is the client.
          if (in_class("first_person", j) && j + 1 <= i && in_class("third_party", j + 1))
            return Actor::other;
          if (in_class("first_person", j)) return Actor::writer;
          if (in_class("third_party", j) || own_name_at(j)) return Actor::other;
        }
        break;
      }
      if (in_class("first_person", i)) return Actor::writer;
      if (in_class("third_party", i) || own_name_at(i)) return Actor::other;
    }
    return Actor::none;
  };
  const auto third_party = [&](std::size_t v) { return actor_of(v) == Actor::other; };
  // `you_too`: also a plain "you" ("if you ever decide to leave": anyone, not the writer);
  // "can you cancel our plan" names the writer's plan as the object, so callers pass it only
  // where no own object follows.
  const auto second_person_actor = [&](std::size_t v, bool you_too = false) {
    for (std::size_t k = v; k > 0; --k) {
      const std::size_t i = k - 1;
      if (t[i].clause != t[v].clause) break;
      if (in_class("first_person", i) || in_class("third_party", i)) return false;
      if (is_word(i, {"your"}) || (you_too && is_word(i, {"you", "u"}))) return true;
    }
    return false;
  };
  const auto first_person_actor = [&](std::size_t v) { return actor_of(v) == Actor::writer; };
  // Someone else's ("their", "his", "her").
  const auto someone_elses = [&](std::size_t i) { return is_word(i, {"their", "his", "her"}); };
  // A word that makes what follows one instance of the relationship ("the test workspace", "our
  // old account") or someone else's ("their account").
  const auto not_the_relationship = [&](std::size_t i) {
    return in_class("partial_modifiers", i) || someone_elses(i);
  };
  // The object after `v`: own (the customer's plan, contract, account, the company), other (an
  // order, a meeting, a report), or none, up to six words on in the clause.
  enum class Object { none, own, other };
  const auto object_after = [&](std::size_t v, std::size_t length) {
    // "I don't need their data", "delete his login": someone else's thing.
    if (someone_elses(v + length)) return Object::other;
    for (std::size_t i = v + length; i < t.size() && i < v + length + 6; ++i) {
      if (t[i].clause != t[v].clause) break;
      if (in_class("other_objects", i)) return Object::other;
      if (in_class("own_objects", i)) {
        const bool modified =
            (i >= 1 && not_the_relationship(i - 1)) || (i >= 2 && not_the_relationship(i - 2));
        return modified ? Object::other : Object::own;
      }
      if (own_name_at(i)) return Object::own;
    }
    return Object::none;
  };
  // A verb after a determiner or a possessive is a noun ("the end of the month", "on our end").
  const auto noun_use = [&](std::size_t v) {
    if (v > 0 && is_word(v - 1, {"the", "a", "an", "this", "that", "its", "each", "our", "my",
                                 "your", "their", "his", "her"}))
      return true;
    // "on leave", "on parental leave": time off, not leaving.
    return t[v].stem == "leav" &&
           ((v >= 1 && is_word(v - 1, {"on"})) || (v >= 2 && is_word(v - 2, {"on"})));
  };

  // A verb of undoing ("uninstalled", "deactivated") whose redoing ("reinstalled",
  // "reactivated") is in the same sentence.
  const auto undone = [&](std::size_t v) {
    const std::string& w = t[v].word;
    if (!(w.starts_with("un") || w.starts_with("de")) || w.size() < 5) return false;
    const std::string redo = "re" + english_stem(w.substr(2));
    return std::any_of(t.begin(), t.end(), [&](const Token& x) { return x.stem == redo; });
  };
  // The service itself as the subject before `v`, up to three words back in its clause: "Hoshi
  // goes at the end of the quarter", "the account can go", "the plan is no longer needed".
  // The word at `i` names the service or the customer's relationship with it as a thing
  // ("Hoshi", "the account"), not a part of it ("the test account") or someone else's ("their
  // plan").
  const auto names_own = [&](std::size_t i) {
    return own_name_at(i) || (in_class("own_objects", i) && !is_word(i, {"you", "your"}));
  };
  const auto own_thing = [&](std::size_t i) {
    return names_own(i) && !(i >= 1 && not_the_relationship(i - 1));
  };
  const auto own_subject = [&](std::size_t v) {
    for (std::size_t k = v; k > 0 && v - k < 4; --k) {
      const std::size_t i = k - 1;
      if (t[i].clause != t[v].clause || in_class("first_person", i)) return false;
      if (names_own(i)) return own_thing(i);
    }
    return false;
  };

  // Informal questions drop the mark: "how many days notice do u need".
  const bool asks = s.question() || in_class("question_openers", 0);
  // "May" beside a number is the month, not the modal.
  const auto considering_cue = [&] {
    for (const Hit& h : s.hits(en["considering"])) {
      const auto digit = [&](std::size_t i) {
        return std::isdigit(static_cast<unsigned char>(t[i].word[0])) != 0;
      };
      const bool month = t[h.at].word == "may" && ((h.at > 0 && digit(h.at - 1)) ||
                                                   (h.at + 1 < t.size() && digit(h.at + 1)));
      if (!month) return true;
    }
    return false;
  };
  // Severity by the labels' definitions: asking (a question about terms or how), considering
  // (doubt, conditions), decided (a decision or request with no date, or done), planning (a
  // stated time or a plan).
  // A decision said to be made ("we have decided", "we hereby give notice") is decided even
  // when it takes effect later; one inside a condition ("if we decide to leave") is not made.
  const auto decision_made = [&] {
    for (const Hit& h : s.hits(en["decision_made"])) {
      bool conditional = false;
      for (std::size_t k = h.at; k > 0 && h.at - k < 3; --k)
        conditional = conditional || is_word(k - 1, {"if", "whether", "when", "once", "unless"});
      if (!conditional) return true;
    }
    return false;
  };
  const auto churn_severity = [&]() -> std::string {
    const bool decision = s.any(en["decided"]) && decision_made();
    if (asks && !decision) return "asking";
    if (considering_cue()) return "considering";
    if (decision || s.any(en["past_markers"]) || s.any(en["requests_now"])) return "decided";
    if (s.any(en["time"]) || s.any(en["plan_words"])) return "planning";
    return "decided";
  };
  // What fired, as written: tokens [from, to].
  std::size_t match_from = 0, match_to = t.size() - 1;
  const auto found = [&](Intent intent, std::string severity, std::string reason,
                         std::string competitor = {}) {
    out.push_back({intent, std::move(severity), span.begin, span.end,
                   span.begin + t[match_from].begin, span.begin + t[match_to].end,
                   std::move(competitor), std::move(reason)});
  };
  // The verb at `v` (of `length` tokens) through its object, if one follows in its clause.
  const auto mark = [&](std::size_t v, std::size_t length) {
    match_from = v;
    match_to = v + length - 1;
    for (std::size_t i = v + length; i < t.size() && i < v + length + 6; ++i) {
      if (t[i].clause != t[v].clause) break;
      if (in_class("own_objects", i) || in_class("acquire_objects", i) || own_name_at(i)) {
        match_to = i;
        break;
      }
    }
  };

  // "We looked at Gorgias and decided to stay": staying, said plainly, settles the sentence.
  for (const Hit& h : s.hits(en["continue"])) {
    const bool willed =  // "we stay", "decided to stay", "will renew"
        first_person_actor(h.at) || before_in_clause(h.at, 3, [&](std::size_t i) {
          return in_class("intention", i) || in_class("decided", i);
        });
    // A nominal form ("at renewal", "continuation") names the event; it states no will.
    const std::string& w = t[h.at].word;
    const bool nominal = w.ends_with("al") || w.ends_with("ion") || w.ends_with("ance");
    if (willed && !nominal && !noun_use(h.at) && !negated(h.at) && !third_party(h.at) &&
        !s.question()) {
      bool doubt = false;
      for (std::size_t k = h.at; k > 0 && h.at - k < 3; --k)
        doubt = doubt || is_word(k - 1, {"whether", "if"});
      if (!doubt) return;
    }
  }

  // Churn: a verb of leaving whose object is the customer's own relationship.
  bool churn = false;
  for (const Hit& h : s.hits(en["leave"])) {
    const bool own_actor = in_class("first_person", h.at);  // "I'm out"
    if (noun_use(h.at) || negated(h.at) || (!own_actor && third_party(h.at))) continue;
    // A participle before its noun is an adjective: "cancelled subscriptions" names them.
    if (t[h.at].word.ends_with("ed") && h.at + 1 < t.size() && in_class("own_objects", h.at + 1) &&
        !first_person_actor(h.at))
      continue;
    if (is_word(h.at + h.length, {"up", "to", "off"})) continue;  // "end up", "cut off"
    // "how many seats do we have left": what remains, not leaving.
    if (t[h.at].word == "left" && s.any(en["how_many"])) continue;
    // Undone in the same sentence: "uninstalled and reinstalled", "deactivated then
    // reactivated" is a fix being tried.
    if (undone(h.at)) continue;
    const Object object = object_after(h.at, h.length);
    // "your subscription will end": the vendor's notice to its reader, not the reader's
    // intent; "if you ever leave": anyone.
    if (second_person_actor(h.at, object != Object::own)) continue;
    bool fires = object == Object::own;
    const std::size_t next = h.at + h.length;
    // "stop using it", "quit paying for the tool": leaving the use, whose object follows it.
    if (object == Object::none && next < t.size() && in_class("use", next) &&
        t[next].clause == t[h.at].clause) {
      const Object used = object_after(next, 1);
      fires = used == Object::own || (used == Object::none && is_word(next + 1, {"it", "this"})) ||
              next + 1 >= t.size() || t[next + 1].clause != t[h.at].clause;
    }
    // "seriously considering dropping it": a leaving weighed, its object a pronoun for the
    // service the text is about. "How do I delete it?" weighs nothing.
    if (!fires && object == Object::none && is_word(next, {"it", "this", "them"}))
      fires = before_in_clause(h.at, 3, [&](std::size_t i) {
        return in_class("considering", i) || is_word(i, {"tempted"});
      });
    // A report with its subject left out: "Cancelled today after two years."
    bool reported = false;
    if (!fires && object == Object::none && h.at == 0 && t[0].word.ends_with("ed") &&
        (next >= t.size() || t[next].clause != t[0].clause ||
         is_word(next, {"today", "yesterday", "last", "this", "after", "on", "at", "in"})))
      fires = reported = true;
    if (object == Object::none) {
      // Intransitive leaving ("we're leaving", "we will churn at renewal").
      const bool intransitive =
          in_class("leave", h.at) &&
          (t[h.at].stem == "leav" || t[h.at].stem == "quit" || t[h.at].stem == "churn" ||
           h.length > 1 || t[h.at].stem == "unsubscrib" || t[h.at].stem == "uninstal" ||
           t[h.at].stem == "offboard");
      // Or a writer leaving with the object left implied ("if we cancel mid-term",
      // "considering cancelling if ..."): what the writer cancels is their own service. A
      // determiner or pronoun after the verb starts an object we cannot name ("cancel a
      // pending invite", "delete it"), so the verb must end its phrase.
      // The verb's phrase ends at `next`: the clause ends, or a word of time or manner follows.
      const bool clause_ends =
          next >= t.size() || t[next].clause != t[h.at].clause ||
          is_word(next, {"at", "in", "on", "by", "after", "when", "once", "next", "soon", "before",
                         "now", "today", "then", "too", "as", "completely", "entirely",
                         "altogether", "permanently"});
      const bool phrase_ends = clause_ends || t[next].word.starts_with("mid") ||
                               is_word(next, {"if", "because", "unless", "paying"});
      const bool intended =
          before_in_clause(h.at, 3, [&](std::size_t i) { return in_class("intention", i); });
      fires =
          fires || (phrase_ends && (first_person_actor(h.at) || intended)) ||
          (intransitive && (clause_ends || is_word(next, {"this", "for"}) || own_name_at(next)));
    }
    if (fires) {
      mark(h.at, h.length);
      found(Intent::churn_risk, reported ? "decided" : churn_severity(), "leaving the service");
      churn = true;
      break;
    }
  }
  // Letting it run out: "we'll let the subscription lapse", "letting our plan expire".
  if (!churn) {
    for (const Hit& h : s.hits(en["lapse"])) {
      const bool let = before_in_clause(h.at, 5, [&](std::size_t i) { return t[i].stem == "let"; });
      if (!let || !own_subject(h.at) || negated(h.at) || third_party(h.at)) continue;
      mark(h.at, h.length);
      found(Intent::churn_risk, churn_severity(), "letting it lapse");
      churn = true;
      break;
    }
  }
  // The service going, said of itself: "so Hoshi goes at the end of the quarter", "the account
  // can go too". Going somewhere ("goes to the billing contact", "goes live") is not.
  if (!churn) {
    for (std::size_t v = 1; v < t.size(); ++v) {
      if (t[v].stem != "go" && t[v].word != "goes" && t[v].word != "gone") continue;
      if (is_word(v + 1, {"to", "through", "up", "down", "over", "into", "back", "live", "well",
                          "ahead", "wrong", "out", "on", "off", "smoothly", "fine", "away"}))
        continue;
      if (t[v].word == "going" || negated(v) || s.question()) continue;
      std::size_t subject = v - 1;
      while (subject > 0 && auxiliary(subject) && v - subject < 4) --subject;
      if (!own_thing(subject)) continue;
      mark(v, 1);
      found(Intent::churn_risk, churn_severity(), "the service going");
      churn = true;
      break;
    }
  }
  // Not continuing: a negated verb of continuing ("we won't be renewing").
  if (!churn) {
    for (const Hit& h : s.hits(en["continue"])) {
      if (!negated(h.at) || third_party(h.at) || object_after(h.at, h.length) == Object::other)
        continue;
      mark(h.at, h.length);
      found(Intent::churn_risk, churn_severity(), "not continuing");
      churn = true;
      break;
    }
  }
  // Doubt about continuing: "whether to renew", "whether we renew at all".
  if (!churn) {
    for (const Hit& h : s.hits(en["continue"])) {
      bool doubt = false;
      for (std::size_t k = h.at; k > 0 && h.at - k < 3; --k)
        doubt = doubt || is_word(k - 1, {"whether"});
      if (!doubt || third_party(h.at)) continue;
      mark(h.at, h.length);
      found(Intent::churn_risk, "considering", "doubting whether to continue");
      churn = true;
      break;
    }
  }
  // No longer using or needing it, said of the writer or of the service: "it's no longer
  // needed" of a scheduled export is not.
  if (!churn && s.any(en["no_longer"])) {
    for (const Hit& h : s.hits(en["use"])) {
      const Object object = object_after(h.at, h.length);
      if (third_party(h.at) || object == Object::other) continue;
      if (object != Object::own && !first_person_actor(h.at) && !own_subject(h.at)) continue;
      mark(h.at, h.length);
      found(Intent::churn_risk, churn_severity(), "no longer using it");
      churn = true;
      break;
    }
  }
  // Asking about the terms of ending it (not in a text that asks in general).
  // Asked, not acknowledged: "could you send a copy of the contract?", not "we received the
  // copy of the contract".
  const auto asks_in_general = [&] {
    if (!general_frame)
      general_frame = EnglishSentence(text, en, clause_words).any(en["hypothetical"]);
    return *general_frame;
  };
  // The terms are nouns: stemming joins "termination" with "terminate", and "terminate my
  // sessions" asks about no contract.
  std::optional<Hit> terms;
  for (const Hit& c : s.hits(en["contract_terms"])) {
    const std::string& w = t[c.at].word;
    if (c.length > 1 || w.ends_with("ion") || w.ends_with("ions")) {
      terms = c;
      break;
    }
  }
  if (!churn && terms && (s.question() || s.any(en["request"])) && !asks_in_general()) {
    mark(terms->at, terms->length);
    found(Intent::churn_risk, "asking", "the terms of ending the contract");
    churn = true;
  }

  // Switching: a verb of switching (or of leaving for "elsewhere") with a competitor or
  // "another provider" in the sentence, towards it ("from DataNest" was the past tool).
  std::string rival;
  bool towards = false;
  for (const auto& [at, name] : rivals) {
    // "from (the old) Orbitly": the tool they came from.
    bool from = false;
    for (std::size_t k = at; k > 0 && at - k < 3; --k)
      from = from || is_word(k - 1, {"from", "via"});
    if (from) continue;
    rival = name->shown;
    towards = true;
  }
  const bool alternative = s.any(en["alternatives"]);
  if (towards || alternative) {
    bool verb = false;
    // Comparing, evaluating or looking at a competitor is a low signal whatever else the
    // sentence says; only a verb of moving says the customer may go (and so is churn too).
    bool moving = false;
    std::size_t switch_at = 0, switch_length = 1;
    for (const auto& [at, name] : rivals) {
      switch_at = at;  // a comparison marks the competitor's name
      switch_length = name->words.size();
    }
    for (const auto& cls : {"switch", "leave"}) {
      for (const Hit& h : s.hits(en[cls])) {
        if (noun_use(h.at) && std::string_view(cls) == "leave") continue;
        if (negated(h.at) || third_party(h.at)) continue;
        if (is_word(h.at + h.length, {"in", "out", "on", "off"}) && t[h.at].stem == "sign")
          continue;
        const bool compares = in_class("compare_verbs", h.at);
        if (!verb || (!moving && !compares)) {
          switch_at = h.at;
          switch_length = h.length;
        }
        verb = true;
        moving = moving || !compares;
      }
    }
    const bool comparison = towards && s.any(en["switch_low"]);
    if (verb || comparison) {
      const bool high = moving && s.any(en["switch_high"]) && !s.any(en["switch_low"]);
      mark(switch_at, switch_length);
      for (const auto& [at, name] : rivals)  // through the competitor's name: "move to Orbitly"
        if (at > switch_at && at + name->words.size() - 1 > match_to && at - switch_at <= 6)
          match_to = at + name->words.size() - 1;
      found(Intent::competitor_switch, high ? "high" : "low",
            verb ? "switching to another provider" : "comparing with a competitor", rival);
      // A comparison weighs leaving when it is about the customer's own contract or renewal
      // ("comparing them with you for our next contract") or looks at alternatives as such
      // ("looking at other options"); about a feature or a blog post it does not.
      bool own_terms = alternative;
      for (std::size_t i = 0; i < t.size() && !own_terms; ++i)
        own_terms = (in_class("own_objects", i) && !is_word(i, {"you", "your"})) ||
                    in_class("term_heads", i);
      if (!churn && (moving || high || (verb && own_terms))) {
        // Moved is decided, a trial is considering, moving by a date is planning.
        const std::string& w = t[switch_at].word;
        // "We're switching to X" with no date is under way: decided, as a move made is.
        const bool under_way = w.ends_with("ing") && switch_at > 0 &&
                               is_word(switch_at - 1, {"we're", "i'm", "are", "am"}) &&
                               !s.any(en["time"]);
        const bool past =
            w.ends_with("ed") || w == "left" || s.any(en["past_markers"]) || under_way;
        const std::string severity = !high || s.any(en["trial_words"]) || considering_cue()
                                         ? "considering"
                                     : past ? "decided"
                                            : "planning";
        found(Intent::churn_risk, severity, "switching to another provider");
      }
    }
  }

  // Expansion: a verb of acquiring with what a customer buys more of, counted ("15 seats",
  // "more licences") or a whole unit ("the Business plan", "our Berlin office").
  const auto countable = [&](std::size_t i) {
    return t[i].stem == "seat" || t[i].stem == "licenc" || t[i].stem == "licens" ||
           t[i].stem == "user" || t[i].stem == "credit" || t[i].stem == "call";
  };
  const auto quantity = [&](std::size_t i) {
    const std::string& w = t[i].word;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           is_word(i, {"more", "additional", "extra", "further", "few", "several", "dozen", "two",
                       "three", "four", "five", "six", "ten", "twenty", "fifty", "hundred"});
  };
  const auto acquirable = [&](std::size_t from, std::size_t to, std::size_t clause) {
    bool counted = false;
    for (std::size_t i = from; i < to && i < t.size(); ++i) {
      if (t[i].clause != static_cast<int>(clause)) break;
      if (i > 0 && is_word(i - 1, {"per", "each"})) continue;  // "a breakdown per seat": a rate
      if (quantity(i)) counted = true;
      // "our monthly event quota": the last noun is the head, "event" only names it.
      if (in_class("other_objects", i) && !in_class("acquire_objects", i) &&
          !(i + 1 < t.size() && in_class("acquire_objects", i + 1)))
        return false;
      if (in_class("acquire_objects", i)) {
        // "our new office address": the office names the address, which is the object.
        if (i + 1 < t.size() && in_class("other_objects", i + 1) &&
            !in_class("acquire_objects", i + 1))
          return false;
        return !countable(i) || counted;
      }
    }
    return false;
  };
  bool expansion = false;
  std::size_t expansion_at = 0, expansion_length = 1;
  const bool reduction = s.any(en["reduction"]);  // "5 fewer seats"
  // "get my team to agree" makes someone do something; it buys nothing.
  const auto causative = [&](std::size_t v) {
    if (t[v].stem != "get") return false;
    for (std::size_t i = v + 1; i < t.size() && i <= v + 4 && t[i].clause == t[v].clause; ++i)
      if (t[i].word == "to" && i + 1 < t.size() && !in_class("determiners", i + 1) &&
          !quantity(i + 1) && !in_class("acquire_objects", i + 1))
        return true;
    return false;
  };
  // "emailing me about upgrading": the topic of someone's message, unless the writer is the
  // one thinking about it ("thinking about upgrading").
  const auto topic_only = [&](std::size_t v) {
    if (v == 0 || !in_class("topic_prepositions", v - 1)) return false;
    for (std::size_t k = v - 1; k > 0 && v - 1 - k < 3; --k)
      if (in_class("intention", k - 1) || in_class("considering", k - 1)) return false;
    return true;
  };
  for (const Hit& h : reduction ? std::vector<Hit>{} : s.hits(en["acquire"])) {
    if (negated(h.at) || third_party(h.at) || noun_use(h.at) || causative(h.at) || topic_only(h.at))
      continue;
    if (acquirable(h.at + h.length, h.at + h.length + 6,
                   static_cast<std::size_t>(t[h.at].clause)) ||
        ((t[h.at].stem == "join" || t[h.at].stem == "need") && h.at >= 1 &&
         acquirable(h.at >= 4 ? h.at - 4 : 0, h.at, static_cast<std::size_t>(t[h.at].clause)))) {
      expansion = true;
      expansion_at = h.at;
      expansion_length = h.length;
      break;
    }
  }
  // "Upgrade" alone is of the plan ("how do I upgrade?"), unless something else follows.
  if (!expansion && !reduction) {
    for (const Hit& h : s.hits(en["acquire"])) {
      // "the upgrade to Enterprise" names the purchase even as a noun.
      const bool upgrade_to = is_word(h.at + h.length, {"to"});
      if (t[h.at].stem != "upgrad" || negated(h.at) || third_party(h.at) ||
          (noun_use(h.at) && !upgrade_to) || topic_only(h.at))
        continue;
      const Object object = object_after(h.at, h.length);
      if (object == Object::other) continue;
      // "upgrading our web SDK": an object we cannot name is not the plan.
      if (object == Object::none &&
          (in_class("determiners", h.at + h.length) || is_word(h.at + h.length, {"of"})))
        continue;
      expansion = true;
      expansion_at = h.at;
      expansion_length = h.length;
      break;
    }
  }
  const bool writer_asks = std::any_of(t.begin(), t.end(), [&](const Token& x) {
    return x.word == "please" || x.word == "can" || x.word == "could" || x.word == "would" ||
           x.word == "request";
  });
  if (!expansion && !reduction) {
    for (const Hit& h : s.hits(en["more"])) {
      bool writer = writer_asks;
      for (std::size_t i = 0; i < t.size(); ++i) writer = writer || in_class("first_person", i);
      if (writer &&
          acquirable(h.at, h.at + h.length + 3, static_cast<std::size_t>(t[h.at].clause)) &&
          !negated(h.at) && !third_party(h.at)) {
        expansion = true;
        expansion_at = h.at;
        expansion_length = h.length;
        break;
      }
    }
  }
  // Paying more, or committing for longer: "we'd happily pay more", "a 2-year renewal",
  // "commit for three years".
  if (!expansion && !reduction) {
    for (const Hit& h : s.hits(en["expansion_phrases"])) {
      if (negated(h.at) || third_party(h.at)) continue;
      expansion = true;
      expansion_at = h.at;
      expansion_length = h.length;
      break;
    }
  }
  if (!expansion && !reduction) {
    for (std::size_t i = 0; i < t.size() && !expansion; ++i) {
      const std::string& w = t[i].word;
      const bool n_year = w.ends_with("-year") && w.size() > 5;  // "2-year", "three-year"
      const bool n_years = in_class("term_nouns", i) && i > 0 && quantity(i - 1);
      if (!n_year && !n_years) continue;
      // "the invoice shows a 2-year term" reports a document, it commits to nothing.
      bool reported = false;
      for (std::size_t k = (i >= 3 ? i - 3 : 0); k < i; ++k)
        reported = reported || in_class("other_objects", k);
      if (reported) continue;
      for (std::size_t k = (i >= 4 ? i - 4 : 0); k < t.size() && k <= i + 4; ++k) {
        if (in_class("term_heads", k) && !negated(k) && !third_party(k)) {
          expansion = true;
          expansion_at = std::min(i, k);
          expansion_length = (std::max(i, k) - expansion_at) + 1;
          break;
        }
      }
    }
  }
  // Buying a counted number of a thing: "we'd like to order 40 mugs", "purchase 3 more
  // printers". What is counted must not be another object ("order 2 reports").
  if (!expansion && !reduction) {
    for (const Hit& h : s.hits(en["acquire"])) {
      const std::string& stem = t[h.at].stem;
      // "I ordered two mugs by mistake" reports a purchase made, it asks for none.
      if ((stem != "order" && stem != "buy" && stem != "purchas") || t[h.at].word.ends_with("ed") ||
          negated(h.at) || third_party(h.at) || noun_use(h.at))
        continue;
      // Asked for by the writer ("we'd like to order", "please order"): "Order 1187 arrived
      // damaged" and "cancel duplicate order #1012" name an order by its number.
      const bool asked = first_person_actor(h.at) || before_in_clause(h.at, 3, [&](std::size_t i) {
                           return in_class("intention", i) || in_class("requests_now", i);
                         });
      if (!asked) continue;
      std::size_t i = h.at + h.length;
      if (i < t.size() && is_word(i, {"another", "more", "additional", "extra"})) ++i;
      if (i + 1 >= t.size() || !quantity(i) || t[i].word == "more") continue;
      // "order #1012" is an order's number, not a count.
      if (t[i].begin > 0 && sentence[t[i].begin - 1] == '#') continue;
      const std::size_t noun = is_word(i + 1, {"more", "additional", "extra"}) ? i + 2 : i + 1;
      if (noun >= t.size() || in_class("other_objects", noun) || t[noun].clause != t[h.at].clause)
        continue;
      expansion = true;
      expansion_at = h.at;
      expansion_length = noun - h.at + 1;
    }
  }
  // Interest in what the customer would add, or its price: "interested in the SSO add-on",
  // "what does the reporting add-on cost?". Their own current plan's price is billing.
  if (!expansion && !reduction && !churn) {
    const bool interest = std::any_of(t.begin(), t.end(), [](const Token& x) {
      return x.stem == "interest" || x.stem == "curious";
    });
    const bool price_question = s.question() && s.any(en["price_words"]) && !towards;
    for (std::size_t i = 0; i < t.size() && (interest || price_question); ++i) {
      if (!in_class("acquire_objects", i) || countable(i) || in_class("own_objects", i)) continue;
      if (i >= 1 && in_class("first_person", i - 1)) continue;  // "our plan"
      if (negated(i) || third_party(i)) continue;
      expansion = true;
      expansion_at = i;
      expansion_length = 1;
      break;
    }
  }
  // Getting it for more people: "thinking of getting one for every desk", "getting it for the
  // sales org too".
  if (!expansion && !reduction) {
    for (const Hit& h : s.hits(en["acquire"])) {
      const std::size_t v = h.at + h.length;
      if (!is_word(v, {"it", "one", "them"}) || !is_word(v + 1, {"for"})) continue;
      if (negated(h.at) || third_party(h.at) || causative(h.at)) continue;
      const bool everyone = is_word(v + 2, {"every", "each", "all"}) ||
                            (is_word(v + 2, {"the"}) && in_class("acquire_objects", v + 3));
      if (!everyone) continue;
      expansion = true;
      expansion_at = h.at;
      expansion_length = 4;
      break;
    }
  }
  if (expansion) {
    const bool low = s.any(en["acquire_low"]);
    const bool high = !low && (s.any(en["acquire_high"]) || s.question());
    mark(expansion_at, expansion_length);
    found(Intent::expansion, high ? "high" : "low", "buying more");
  }
}

void IntentReader::Impl::read_japanese(std::string_view sentence, Span span,
                                       std::vector<IntentFinding>& out) const {
  const NormalizedText folded = normalize_with_offsets(sentence);
  const std::string& s = folded.text;
  // Each class's occurrences (byte offset, length), found once: the rules ask again and again.
  std::unordered_map<std::string_view, std::vector<std::pair<std::size_t, std::size_t>>> found_at;
  const auto positions =
      [&](const char* cls) -> const std::vector<std::pair<std::size_t, std::size_t>>& {
    const auto cached = found_at.find(cls);
    if (cached != found_at.end()) return cached->second;
    std::vector<std::pair<std::size_t, std::size_t>> hits;
    for (const std::string& word : ja[cls]) {
      for (std::size_t at = s.find(word); at != std::string::npos; at = s.find(word, at + 1))
        hits.emplace_back(at, word.size());
    }
    std::sort(hits.begin(), hits.end());
    return found_at.emplace(cls, std::move(hits)).first->second;
  };
  const auto any = [&](const char* cls) { return !positions(cls).empty(); };
  if (any("past_resolved") || any("hypothetical")) return;
  // Negation follows the verb in Japanese: "解約するつもりはありません", "乗り換えは考えて
  // おりません"; up to twelve characters on, within the clause (a comma or a full stop ends it).
  const auto negated_after = [&](std::size_t end) {
    for (const auto& [at, length] : positions("negations_after")) {
      if (at < end || at - end > 36) continue;
      const std::string_view between(s.data() + end, at - end);
      if (between.find("\xE3\x80\x81") == std::string_view::npos &&  // 、
          between.find("\xE3\x80\x82") == std::string_view::npos)    // 。
        return true;
    }
    return false;
  };
  // Someone else before the verb, as its actor or owner (followed by が, は, も, の, から):
  // "お客様が解約した", "メンバーのアカウントを削除". "メンバーに使ってもらいたい" names who it
  // is for, not who acts. The vendor as actor ("Hoshi Labsがサービス終了したら") is another.
  const auto followed_by_particle = [&](std::size_t end) {
    for (const std::string& particle : ja["actor_particles"])
      if (end <= s.size() && s.compare(end, particle.size(), particle) == 0) return true;
    return false;
  };
  const auto third_party_before = [&](std::size_t at) {
    for (const auto& [p, length] : positions("third_party"))
      if (p < at && followed_by_particle(p + length)) return true;
    for (const auto& [p, length] : positions("third_party_bare"))  // "退職した", "噂"
      if (p < at) return true;
    for (const auto& [p, name] : find_names(ours, nullptr, s)) {
      const std::size_t end = p + name->words.front().size();
      if (p < at && end <= s.size() && s.compare(end, 3, "\xE3\x81\x8C") == 0) return true;  // が
    }
    return false;
  };
  // Where the last occurrence of `cls` that ends at most `reach` bytes before `at` and passes
  // `keep` (given its end) starts, or npos: the nearest thing of that kind named before a verb.
  const auto nearest_before_if = [&](const char* cls, std::size_t at, std::size_t reach,
                                     auto keep) {
    std::size_t last = std::string::npos;
    for (const auto& [p, length] : positions(cls))
      if (p + length <= at && at - (p + length) <= reach && keep(p + length)) last = p;
    return last;
  };
  const auto nearest_before = [&](const char* cls, std::size_t at, std::size_t reach) {
    return nearest_before_if(cls, at, reach, [](std::size_t) { return true; });
  };
  // What is ended is the nearest thing named before the verb, up to 20 characters back:
  // "注文番号#4118は重複しているのでキャンセル" ends an order, "契約を解約" the contract.
  const auto other_object_before = [&](std::size_t at) {
    // A date named by another thing is a time, not the object: "請求日までに解約します".
    const auto not_a_time = [&](std::size_t end) {
      return s.compare(end, 3, "\xE6\x97\xA5") != 0 &&                        // 日
             s.compare(end, 9, "\xE3\x81\xBE\xE3\x81\xA7\xE3\x81\xAB") != 0;  // までに
    };
    const std::size_t other = nearest_before_if("other_objects", at, 60, not_a_time);
    const std::size_t own_at = nearest_before("own_objects", at, 60);
    return other != std::string::npos && (own_at == std::string::npos || other > own_at);
  };
  const bool question = any("asking");
  // As in English: a decision said to be made is decided even when it takes effect later; a
  // stated time or plan without one is planning; terms named without a question or a plan are
  // asked about.
  const auto churn_severity = [&]() -> std::string {
    if (any("considering")) return "considering";
    if (question) return "asking";
    if (any("decision_made")) return "decided";
    if (any("planning")) return "planning";
    if (any("contract_terms")) return "asking";
    return "decided";
  };
  // What fired, as folded byte offsets [match_from, match_to).
  std::size_t match_from = 0, match_to = s.size();
  const auto mark = [&](std::size_t at, std::size_t length) {
    match_from = at;
    match_to = at + length;
  };
  const auto found = [&](Intent intent, std::string severity, std::string reason,
                         std::string competitor = {}) {
    out.push_back({intent, std::move(severity), span.begin, span.end,
                   span.begin + original_offset(folded, match_from),
                   span.begin + original_offset(folded, match_to), std::move(competitor),
                   std::move(reason)});
  };

  // A verb followed by 人 or 方 describes other people ("乗り換える人も多い"); one followed by a
  // noun forms a compound ("解約率", "キャンセル分析"): neither is the writer's intent.
  const auto modifies_noun = [&](std::size_t end) {
    const auto at = [&](std::size_t from, const std::string& noun) {
      return from <= s.size() && s.compare(from, noun.size(), noun) == 0;
    };
    for (const std::string& noun : ja["compound_after"])  // directly: "解約率"
      if (at(end, noun)) return true;
    for (const std::string& noun : ja["relative_after"])  // after an ending: "乗り換える人"
      for (std::size_t gap = 0; gap <= 6; gap += 3)
        if (at(end + gap, noun)) return true;
    return false;
  };
  bool churn = false;
  for (const auto& [at, length] : positions("leave")) {
    const std::string_view word(s.data() + at, length);
    if (modifies_noun(at + length)) continue;
    const bool negative_form = word.find("\xE3\x81\xAA\xE3\x81\x84") != std::string_view::npos ||
                               word.find("\xE3\x81\x9B\xE3\x81\x9A") != std::string_view::npos;
    if ((!negative_form && negated_after(at + length)) || third_party_before(at) ||
        other_object_before(at))
      continue;
    mark(at, length);
    found(Intent::churn_risk, churn_severity(), "leaving the service");
    churn = true;
    break;
  }
  // Ending what is named just before: "ご利用を本年度末で終了", "契約は今の期間で終了".
  if (!churn) {
    for (const auto& [at, length] : positions("end_words")) {
      const bool named = nearest_before("own_objects", at, 45) != std::string::npos;
      if (!named || negated_after(at + length) || third_party_before(at) ||
          other_object_before(at) || modifies_noun(at + length))
        continue;
      mark(at, length);
      found(Intent::churn_risk, churn_severity(), "ending the service");
      churn = true;
      break;
    }
  }
  // Continuing, negated or in doubt: "次回更新は行わない予定", "継続するかどうか".
  if (!churn) {
    for (const auto& [at, length] : positions("continue")) {
      if (third_party_before(at) || modifies_noun(at + length)) continue;
      // Not a structured binding in the lambda: clang 14 (emscripten 3.1.6) cannot capture one.
      const std::size_t end = at + length;
      const auto follows = [&](const char* cls) {
        for (const auto& [p, l] : positions(cls))
          if (p >= end && p - end <= 45) return true;
        return false;
      };
      mark(at, length);
      if (follows("doubt")) {
        found(Intent::churn_risk, "considering", "doubting whether to continue");
      } else if (follows("negative_endings")) {
        found(Intent::churn_risk, churn_severity(), "not continuing");
      } else {
        continue;
      }
      churn = true;
      break;
    }
  }
  if (!churn && any("contract_terms")) {
    const auto terms = positions("contract_terms");
    mark(terms.front().first, terms.front().second);
    found(Intent::churn_risk, "asking", "the terms of ending the contract");
    churn = true;
  }

  std::string rival;
  bool towards = false;
  const auto from_after = [&](std::size_t end) {
    return end <= s.size() && s.compare(end, 6, "\xE3\x81\x8B\xE3\x82\x89") == 0;  // から
  };
  for (const auto& [at, name] : find_names(competitors, nullptr, s)) {
    if (from_after(at + name->words.front().size())) continue;
    rival = name->shown;
    towards = true;
  }
  bool alternative = false;
  for (const auto& [at, length] : positions("alternatives"))
    if (!from_after(at + length)) alternative = true;
  // 乗り換え names a move to another provider by itself ("乗り換え先を探す").
  bool implied = false;
  for (const auto& [at, length] : positions("implied_alternative"))
    if (!negated_after(at + length) && !third_party_before(at) && !modifies_noun(at + length))
      implied = true;
  if (towards || alternative || implied) {
    bool verb = implied;
    // As in English: comparing (比較, 検証) is a low signal; a verb of moving says the customer
    // may go.
    bool moving = implied;
    for (const auto& [at, length] : positions("implied_alternative")) {
      mark(at, length);
      break;
    }
    const auto compares = [&](std::size_t at) {
      for (const auto& [p, l] : positions("compare_verbs"))
        if (p <= at && at < p + l) return true;
      return false;
    };
    for (const auto& [at, length] : positions("switch")) {
      if (!negated_after(at + length) && !third_party_before(at) && !modifies_noun(at + length)) {
        if (!verb) mark(at, length);
        verb = true;
        moving = moving || !compares(at);
      }
    }
    bool comparison = false;
    for (const auto& [at, length] : positions("switch_low"))
      if (towards || alternative) comparison = comparison || !negated_after(at + length);
    if (verb || comparison) {
      const bool high = moving && any("switch_high");
      found(Intent::competitor_switch, high ? "high" : "low",
            verb ? "switching to another provider" : "comparing with a competitor", rival);
      // A comparison weighs leaving when it is about the customer's own contract or looks at
      // alternatives as such.
      const bool own_terms = alternative || any("own_objects") || any("continue");
      if (!churn && (moving || (verb && own_terms))) {
        const std::string severity = !high || any("considering") ? "considering"
                                     : any("past")               ? "decided"
                                                                 : "planning";
        found(Intent::churn_risk, severity, "switching");
      }
    }
  }

  bool expansion = false;
  for (const auto& [at, length] : positions("acquire")) {
    if (negated_after(at + length) || third_party_before(at)) continue;
    // The nearest thing named before the verb is what is added: "機能を増やして" asks for
    // features, "ライセンスを追加" buys licences.
    const std::size_t nearest_acquire = nearest_before("acquire_objects", at, 45);
    const std::size_t nearest_other = nearest_before("other_objects", at, 45);
    bool object = nearest_acquire != std::string::npos &&
                  (nearest_other == std::string::npos || nearest_other < nearest_acquire);
    for (const auto& [p, l] : positions("acquire_objects"))
      if (p >= at + length && p - (at + length) <= 30) object = true;
    // "アップグレード" is of the plan unless something else is named before it.
    const bool upgrade = s.compare(at, length,
                                   "\xE3\x82\xA2\xE3\x83\x83\xE3\x83\x97\xE3\x82\xB0\xE3\x83\xAC"
                                   "\xE3\x83\xBC\xE3\x83\x89") == 0 &&
                         nearest_other == std::string::npos;
    if (!object && !upgrade) continue;
    mark(at, length);
    const bool low = any("acquire_low");
    found(Intent::expansion, !low && any("acquire_high") ? "high" : "low", "buying more");
    expansion = true;
    break;
  }
  // Committing for longer: "2年間でのご契約", "3年契約に" (a year count of two or more before a
  // contract or renewal). One year is the ordinary term.
  for (std::size_t at = s.find("\xE5\xB9\xB4"); !expansion && !churn && at != std::string::npos;
       at = s.find("\xE5\xB9\xB4", at + 3)) {  // 年
    const bool several = (at >= 1 && s[at - 1] >= '2' && s[at - 1] <= '9' &&
                          (at < 2 || !std::isdigit(static_cast<unsigned char>(s[at - 2])))) ||
                         (at >= 3 && (s.compare(at - 3, 3, "\xE4\xBA\x8C") == 0 ||  // 二
                                      s.compare(at - 3, 3, "\xE4\xB8\x89") == 0 ||  // 三
                                      s.compare(at - 3, 3, "\xE6\x95\xB0") == 0));  // 数 (複数年)
    if (!several || negated_after(at + 3) || third_party_before(at)) continue;
    bool term = false;  // the first 契約 or 更新 after it is the nearest
    for (const char* head : {"\xE5\xA5\x91\xE7\xB4\x84", "\xE6\x9B\xB4\xE6\x96\xB0"}) {
      const std::size_t p = s.find(head, at);
      term = term || (p != std::string::npos && p - at <= 24);
    }
    if (!term) continue;
    mark(at >= 1 ? at - 1 : at, 3 + 1);
    found(Intent::expansion, any("acquire_low") ? "low" : "high", "committing for longer");
    expansion = true;
  }
  // Asking the price of what they would add: "Enterpriseプランの概算費用をお送りいただけますか".
  // The price of the current plan ("現在のプランの料金") is billing.
  // With a competitor's offer named beside it, the price asked is a comparison ("DataNestだと月3万
  // ですが、同じ条件だといくら?"), not a purchase.
  if (!expansion && !churn && !towards && any("price_words") && (question || any("acquire_high"))) {
    for (const auto& [p, l] : positions("acquire_objects")) {
      const bool current = nearest_before("current_markers", p, 30) != std::string::npos;
      if (current || third_party_before(p)) continue;
      mark(p, l);
      found(Intent::expansion, "low", "asking the price of more");
      break;
    }
  }
}

std::vector<std::pair<std::size_t, std::size_t>> IntentReader::sentences(
    std::string_view text) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const Span& span : split_sentences(without_quoted_speech(text), impl_->quote_markers))
    out.emplace_back(span.begin, span.end);
  return out;
}

std::vector<IntentFinding> IntentReader::read(std::string_view original) const {
  std::vector<IntentFinding> all;
  const std::string text = without_quoted_speech(original);
  std::optional<bool> general_frame;  // read from the whole text only when a rule needs it
  for (const Span& span : split_sentences(text, impl_->quote_markers)) {
    const std::string_view sentence =
        std::string_view(text).substr(span.begin, span.end - span.begin);
    if (japanese_sentence(sentence)) {
      impl_->read_japanese(sentence, span, all);
    } else {
      impl_->read_english(sentence, span, text, general_frame, all);
    }
  }
  // The most severe finding of each intent; the first at a tie.
  std::vector<IntentFinding> out;
  for (IntentFinding& f : all) {
    const auto same = std::find_if(out.begin(), out.end(),
                                   [&](const IntentFinding& o) { return o.intent == f.intent; });
    if (same == out.end()) {
      out.push_back(std::move(f));
    } else if (rank(f.intent, f.severity) > rank(same->intent, same->severity)) {
      *same = std::move(f);
    }
  }
  return out;
}

}  // namespace cxs
