// Lexicon documents: parsing, validation, the shipped defaults and user edits.
#include "cxs/lexicon.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

using nlohmann::json;

// The shipped JSON, embedded at build time by core/CMakeLists.txt (each file becomes one raw
// string literal), so default_lexicon() needs no file system, natively or in wasm.
constexpr std::string_view kEnglishJson =
#include "lexicons/en.inc"
    ;
constexpr std::string_view kJapaneseJson =
#include "lexicons/ja.inc"
    ;

constexpr std::array<const char*, kSignalCategoryCount> kCategoryNames = {
    "churn_risk", "competitor_switch", "opportunity", "quality_issue", "praise", "complaint"};

Error invalid(std::string message) { return {ErrorCode::invalid_options, std::move(message)}; }

/// A JSON array of strings, each checked as a phrase; `where` names it in errors.
Result<std::vector<std::string>> phrase_list(const json& value, const std::string& where) {
  if (!value.is_array()) return invalid(where + " must be an array of strings");
  std::vector<std::string> out;
  for (const json& item : value) {
    if (!item.is_string()) return invalid(where + " holds a non-string entry: " + item.dump());
    auto phrase = item.get<std::string>();
    if (auto error = check_phrase(phrase)) return invalid(where + ": " + error->message);
    out.push_back(std::move(phrase));
  }
  return out;
}

/// Appends the phrases of `from` that `to` lacks (compared after normalisation).
void append_new(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& phrase : from) {
    const std::string key = normalize_for_matching(phrase);
    const bool present = std::any_of(to.begin(), to.end(), [&](const std::string& p) {
      return normalize_for_matching(p) == key;
    });
    if (!present) to.push_back(phrase);
  }
}

/// Reads `{"category": [phrases]}` of an edits document into one list per category.
Result<std::array<std::vector<std::string>, kSignalCategoryCount>> edit_lists(
    const json& value, const std::string& key) {
  std::array<std::vector<std::string>, kSignalCategoryCount> out;
  if (!value.is_object()) return invalid("edits: \"" + key + "\" must be an object");
  for (const auto& [name, list] : value.items()) {
    const auto category = signal_category_from_string(name);
    if (!category) return invalid("edits: unknown category \"" + name + "\" in \"" + key + "\"");
    auto phrases = phrase_list(list, "edits: " + key + "." + name);
    if (!phrases) return phrases.error();
    out[static_cast<std::size_t>(*category)] = std::move(phrases).value();
  }
  return out;
}

/// Removes each of `gone` from `list`, comparing normalised text; an absent one is an error.
std::optional<Error> remove_all(std::vector<std::string>& list,
                                const std::vector<std::string>& gone, const std::string& where) {
  for (const std::string& phrase : gone) {
    const std::string key = normalize_for_matching(phrase);
    const auto it = std::find_if(list.begin(), list.end(), [&](const std::string& p) {
      return normalize_for_matching(p) == key;
    });
    if (it == list.end()) {
      return invalid("edits: cannot remove \"" + phrase + "\" from " + where +
                     ": the lexicon has no such phrase");
    }
    list.erase(it);
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(SignalCategory category) {
  return kCategoryNames[static_cast<std::size_t>(category)];
}

std::optional<SignalCategory> signal_category_from_string(std::string_view name) {
  for (std::size_t i = 0; i < kCategoryNames.size(); ++i) {
    if (name == kCategoryNames[i]) return static_cast<SignalCategory>(i);
  }
  return std::nullopt;
}

std::optional<Error> check_phrase(std::string_view phrase) {
  const std::string text = normalize_for_matching(phrase);
  std::string quoted = "\"";  // built by appends: GCC 12 warns falsely on "\"" + string
  quoted.append(phrase).push_back('"');
  if (text.find_first_not_of(" \n") == std::string::npos) {
    return invalid("empty phrase " + quoted);
  }
  // Each gap must sit between two non-empty fragments.
  std::size_t start = 0;
  while (true) {
    const std::size_t star = text.find('*', start);
    const std::string_view fragment =
        std::string_view(text).substr(start, star == std::string::npos ? star : star - start);
    if (fragment.find_first_not_of(" \n") == std::string_view::npos) {
      return invalid("phrase " + quoted + " has a gap (*) at its edge or two gaps side by side");
    }
    if (star == std::string::npos) break;
    start = star + 1;
  }
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    if (text.compare(open, 12, "{competitor}") != 0) {
      return invalid("phrase " + quoted + " has a slot other than {competitor}");
    }
  }
  return std::nullopt;
}

Result<Lexicon> parse_lexicon(std::string_view json_text) {
  const json doc = json::parse(json_text, nullptr, false);
  if (doc.is_discarded()) return invalid("lexicon: not valid JSON");
  if (!doc.is_object()) return invalid("lexicon: the document must be a JSON object");
  Lexicon lexicon;
  for (const auto& [key, value] : doc.items()) {
    if (key == "language" || key == "about") {
      if (!value.is_string()) return invalid("lexicon: \"" + key + "\" must be a string");
    } else if (key == "negations") {
      if (!value.is_object()) return invalid("lexicon: \"negations\" must be an object");
      for (const auto& [side, list] : value.items()) {
        if (side != "before" && side != "after") {
          return invalid("lexicon: unknown key \"negations." + side +
                         "\" (expected \"before\" or \"after\")");
        }
        auto cues = phrase_list(list, "negations." + side);
        if (!cues) return cues.error();
        (side == "before" ? lexicon.negations_before : lexicon.negations_after) =
            std::move(cues).value();
      }
    } else if (key == "terms") {
      if (!value.is_object()) return invalid("lexicon: \"terms\" must be an object");
      for (const auto& [term, variants] : value.items()) {
        auto list = phrase_list(variants, "terms." + term);
        if (!list) return list.error();
        const std::string folded = normalize_for_matching(term);
        for (const std::string& variant : list.value())
          lexicon.same_terms[normalize_for_matching(variant)] = folded;
      }
    } else if (key == "categories") {
      if (!value.is_object()) return invalid("lexicon: \"categories\" must be an object");
      for (const auto& [name, entry] : value.items()) {
        const auto category = signal_category_from_string(name);
        if (!category) {
          return invalid("lexicon: unknown category \"" + name +
                         "\" (expected churn_risk, competitor_switch, opportunity, "
                         "quality_issue, praise or complaint)");
        }
        if (!entry.is_object()) return invalid("lexicon: category " + name + " must be an object");
        CategoryPhrases& target = lexicon.categories[static_cast<std::size_t>(*category)];
        for (const auto& [field, list] : entry.items()) {
          if (field != "phrases" && field != "decoys") {
            return invalid("lexicon: unknown key \"" + field + "\" in category " + name);
          }
          auto phrases = phrase_list(list, name + "." + field);
          if (!phrases) return phrases.error();
          (field == "phrases" ? target.phrases : target.decoys) = std::move(phrases).value();
        }
      }
    } else {
      return invalid("lexicon: unknown key \"" + key + "\"");
    }
  }
  return lexicon;
}

Lexicon merge_lexicons(const Lexicon& a, const Lexicon& b) {
  Lexicon out = a;
  for (std::size_t i = 0; i < kSignalCategoryCount; ++i) {
    append_new(out.categories[i].phrases, b.categories[i].phrases);
    append_new(out.categories[i].decoys, b.categories[i].decoys);
  }
  append_new(out.negations_before, b.negations_before);
  append_new(out.negations_after, b.negations_after);
  out.same_terms.insert(b.same_terms.begin(), b.same_terms.end());  // a's spelling wins
  return out;
}

Result<Lexicon> default_lexicon() {
  auto english = parse_lexicon(kEnglishJson);
  if (!english) return Error{english.error().code, "shipped en.json: " + english.error().message};
  auto japanese = parse_lexicon(kJapaneseJson);
  if (!japanese)
    return Error{japanese.error().code, "shipped ja.json: " + japanese.error().message};
  return merge_lexicons(english.value(), japanese.value());
}

Result<Lexicon> apply_edits(const Lexicon& lexicon, std::string_view edits_json) {
  const json doc = json::parse(edits_json, nullptr, false);
  if (doc.is_discarded()) return invalid("edits: not valid JSON");
  if (!doc.is_object()) return invalid("edits: the document must be a JSON object");
  constexpr std::array<const char*, 4> kKeys = {"remove", "remove_decoys", "add", "add_decoys"};
  for (const auto& [key, value] : doc.items()) {
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      return invalid("edits: unknown key \"" + key +
                     "\" (expected add, remove, add_decoys or remove_decoys)");
    }
  }
  Lexicon out = lexicon;
  for (const char* key : kKeys) {  // removals first, so "replace" is remove + add
    if (!doc.contains(key)) continue;
    auto lists = edit_lists(doc.at(key), key);
    if (!lists) return lists.error();
    const std::string_view name = key;
    const bool decoys = name.ends_with("decoys");
    for (std::size_t i = 0; i < kSignalCategoryCount; ++i) {
      auto& target = decoys ? out.categories[i].decoys : out.categories[i].phrases;
      if (name.starts_with("remove")) {
        if (auto error = remove_all(target, lists.value()[i], kCategoryNames[i])) return *error;
      } else {
        append_new(target, lists.value()[i]);
      }
    }
  }
  return out;
}

}  // namespace cxs
