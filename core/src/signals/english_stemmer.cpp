// The Snowball English (Porter2) stemmer; see english_stemmer.hpp. Step names and lists follow
// the algorithm's published description, in order.
#include "cxs/english_stemmer.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace cxs {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool ends_with(const std::string& w, std::string_view s) {
  return std::string_view(w).ends_with(s);
}

/// Start of the region after the first non-vowel that follows a vowel, from `from`.
std::size_t region_after(const std::string& w, std::size_t from) {
  for (std::size_t i = from + 1; i < w.size(); ++i) {
    if (!vowel(w[i]) && vowel(w[i - 1])) return i + 1;
  }
  return w.size();
}

/// A short syllable ending at i (inclusive): non-vowel, vowel, non-vowel other than w, x, Y;
/// or, at the start of the word, a vowel then a non-vowel.
bool short_syllable_ending_at(const std::string& w, std::size_t i) {
  if (i == 1) return vowel(w[0]) && !vowel(w[1]);
  if (i < 2) return false;
  return !vowel(w[i - 2]) && vowel(w[i - 1]) && !vowel(w[i]) && w[i] != 'w' && w[i] != 'x' &&
         w[i] != 'Y';
}

struct Word {
  std::string w;
  std::size_t r1 = 0, r2 = 0;
  bool in_r1(std::size_t suffix) const { return w.size() - suffix >= r1; }
  bool in_r2(std::size_t suffix) const { return w.size() - suffix >= r2; }
  void replace(std::size_t suffix, std::string_view by) {
    w.replace(w.size() - suffix, suffix, by);
  }
  bool is_short() const { return r1 >= w.size() && short_syllable_ending_at(w, w.size() - 1); }
  bool has_vowel_before(std::size_t suffix) const {
    return std::any_of(w.begin(), w.end() - static_cast<std::ptrdiff_t>(suffix), vowel);
  }
};

/// The longest of `suffixes` that `w` ends with, or empty.
std::string_view longest(const std::string& w, std::initializer_list<std::string_view> suffixes) {
  std::string_view best;
  for (const std::string_view s : suffixes)
    if (s.size() > best.size() && ends_with(w, s)) best = s;
  return best;
}

void step1a(Word& x) {
  const auto s = longest(x.w, {"sses", "ied", "ies", "s", "us", "ss"});
  if (s == "sses") {
    x.replace(4, "ss");
  } else if (s == "ied" || s == "ies") {
    x.replace(3, x.w.size() > 4 ? "i" : "ie");
  } else if (s == "s") {
    // Delete when the part before the s holds a vowel not immediately before it.
    if (x.w.size() >= 3 && std::any_of(x.w.begin(), x.w.end() - 2, vowel)) x.replace(1, "");
  }
}

void step1b(Word& x) {
  const auto s = longest(x.w, {"eed", "eedly", "ed", "edly", "ing", "ingly"});
  if (s.empty()) return;
  if (s == "eed" || s == "eedly") {
    if (x.in_r1(s.size())) x.replace(s.size(), "ee");
    return;
  }
  if (!x.has_vowel_before(s.size())) return;
  x.replace(s.size(), "");
  if (ends_with(x.w, "at") || ends_with(x.w, "bl") || ends_with(x.w, "iz")) {
    x.w += 'e';
  } else if (x.w.size() >= 2 && x.w.back() == x.w[x.w.size() - 2] &&
             std::string_view("bdfgmnprt").find(x.w.back()) != std::string_view::npos) {
    x.w.pop_back();
  } else if (x.is_short()) {
    x.w += 'e';
  }
}

void step1c(Word& x) {
  if (x.w.size() > 2 && (x.w.back() == 'y' || x.w.back() == 'Y') && !vowel(x.w[x.w.size() - 2]))
    x.w.back() = 'i';
}

using Rule = std::pair<std::string_view, std::string_view>;

/// The rule of `rules` whose suffix is the longest that `w` ends with, or null.
template <std::size_t N>
const Rule* longest_rule(const std::string& w, const Rule (&rules)[N]) {
  const Rule* best = nullptr;
  for (const Rule& rule : rules)
    if (ends_with(w, rule.first) && (best == nullptr || rule.first.size() > best->first.size()))
      best = &rule;
  return best;
}

void step2(Word& x) {
  static constexpr Rule kRules[] = {
      {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},   {"abli", "able"},
      {"entli", "ent"},   {"izer", "ize"},    {"ization", "ize"}, {"ational", "ate"},
      {"ation", "ate"},   {"ator", "ate"},    {"alism", "al"},    {"aliti", "al"},
      {"alli", "al"},     {"fulness", "ful"}, {"ousli", "ous"},   {"ousness", "ous"},
      {"iveness", "ive"}, {"iviti", "ive"},   {"biliti", "ble"},  {"bli", "ble"},
      {"ogi", "og"},      {"fulli", "ful"},   {"lessli", "less"}, {"li", ""}};
  const auto* rule = longest_rule(x.w, kRules);
  if (rule == nullptr) return;
  const auto [suffix, by] = *rule;
  if (!x.in_r1(suffix.size())) return;
  const std::size_t before = x.w.size() - suffix.size();
  if (suffix == "ogi" && (before == 0 || x.w[before - 1] != 'l')) return;
  if (suffix == "li" && (before == 0 || std::string_view("cdeghkmnrt").find(x.w[before - 1]) ==
                                            std::string_view::npos))
    return;
  x.replace(suffix.size(), by);
}

void step3(Word& x) {
  static constexpr Rule kRules[] = {{"tional", "tion"}, {"ational", "ate"}, {"alize", "al"},
                                    {"icate", "ic"},    {"iciti", "ic"},    {"ical", "ic"},
                                    {"ful", ""},        {"ness", ""},       {"ative", ""}};
  const auto* rule = longest_rule(x.w, kRules);
  if (rule == nullptr) return;
  const auto [suffix, by] = *rule;
  if (!x.in_r1(suffix.size())) return;
  if (suffix == "ative" && !x.in_r2(suffix.size())) return;
  x.replace(suffix.size(), by);
}

void step4(Word& x) {
  const auto s = longest(x.w, {"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
                               "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"});
  if (s.empty() || !x.in_r2(s.size())) return;
  if (s == "ion") {
    const std::size_t before = x.w.size() - 3;
    if (before == 0 || (x.w[before - 1] != 's' && x.w[before - 1] != 't')) return;
  }
  x.replace(s.size(), "");
}

void step5(Word& x) {
  if (x.w.empty()) return;
  if (x.w.back() == 'e') {
    if (x.in_r2(1) || (x.in_r1(1) && !short_syllable_ending_at(x.w, x.w.size() - 2)))
      x.w.pop_back();
  } else if (x.w.back() == 'l' && x.in_r2(1) && x.w.size() >= 2 && x.w[x.w.size() - 2] == 'l') {
    x.w.pop_back();
  }
}

}  // namespace

std::string english_stem(std::string_view word) {
  if (word.size() <= 2) return std::string(word);
  for (const char c : word)
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return std::string(word);
  static constexpr std::pair<std::string_view, std::string_view> kExceptions[] = {
      {"skis", "ski"},    {"skies", "sky"},  {"dying", "die"},    {"lying", "lie"},
      {"tying", "tie"},   {"idly", "idl"},   {"gently", "gentl"}, {"ugly", "ugli"},
      {"early", "earli"}, {"only", "onli"},  {"singly", "singl"}, {"sky", "sky"},
      {"news", "news"},   {"howe", "howe"},  {"atlas", "atlas"},  {"cosmos", "cosmos"},
      {"bias", "bias"},   {"andes", "andes"}};
  for (const auto& [from, to] : kExceptions)
    if (word == from) return std::string(to);

  Word x;
  x.w = std::string(word);
  if (x.w.front() == '\'') x.w.erase(0, 1);
  // Step 0: the longest of 's', 's and '.
  if (ends_with(x.w, "'s'")) {
    x.w.resize(x.w.size() - 3);
  } else if (ends_with(x.w, "'s")) {
    x.w.resize(x.w.size() - 2);
  } else if (ends_with(x.w, "'")) {
    x.w.pop_back();
  }
  if (x.w.size() <= 2) return x.w;
  // y as a consonant: at the start, or after a vowel.
  if (x.w[0] == 'y') x.w[0] = 'Y';
  for (std::size_t i = 1; i < x.w.size(); ++i)
    if (x.w[i] == 'y' && vowel(x.w[i - 1])) x.w[i] = 'Y';
  x.r1 = region_after(x.w, 0);
  for (const std::string_view prefix : {"gener", "commun", "arsen"}) {
    if (x.w.starts_with(prefix)) x.r1 = prefix.size();
  }
  x.r2 = region_after(x.w, x.r1);
  if (x.r1 >= x.w.size()) x.r2 = x.w.size();

  step1a(x);
  for (const std::string_view keep :
       {"inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"}) {
    if (x.w == keep) return x.w;
  }
  step1b(x);
  step1c(x);
  step2(x);
  step3(x);
  step4(x);
  step5(x);
  std::replace(x.w.begin(), x.w.end(), 'Y', 'y');
  return x.w;
}

}  // namespace cxs
