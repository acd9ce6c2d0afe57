// Hashed n-gram logistic intent model, trained on the device; see intent_model.hpp.
#include "cxs/intent_model.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "cxs/detail/fnv1a.hpp"
#include "cxs/detail/portable_math.hpp"
#include "cxs/detail/utf8.hpp"
#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

constexpr const char* kSchema = "cxsignals.intent_model/1";
constexpr std::uint32_t kMinHashBits = 10;
constexpr std::uint32_t kMaxHashBits = 22;

std::uint32_t feature_index(std::string_view tag, std::string_view text, std::uint32_t bits) {
  detail::Fnv1a h;
  h.add(tag);
  h.add(static_cast<unsigned char>(0));
  h.add(text);
  const std::uint64_t mixed = h.hash ^ (h.hash >> 32);
  return static_cast<std::uint32_t>(mixed & ((std::uint64_t{1} << bits) - 1));
}

/// Kana, kanji and half-width katakana: the characters of Japanese words.
bool japanese_letter(char32_t cp) {
  return (cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xFF66 && cp <= 0xFF9F);
}

bool ascii_word_byte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// Sums repeated indices, so each feature appears once.
std::vector<IntentFeature> merged(std::vector<IntentFeature> features) {
  std::sort(features.begin(), features.end(),
            [](const IntentFeature& a, const IntentFeature& b) { return a.index < b.index; });
  std::vector<IntentFeature> out;
  for (const IntentFeature& f : features) {
    if (!out.empty() && out.back().index == f.index) {
      out.back().value += f.value;
    } else {
      out.push_back(f);
    }
  }
  return out;
}

double sigmoid(double z) {
  return z >= 0 ? 1.0 / (1.0 + pmath::exp(-z)) : pmath::exp(z) / (1.0 + pmath::exp(z));
}

}  // namespace

const char* to_string(Intent intent) {
  switch (intent) {
    case Intent::churn_risk:
      return "churn_risk";
    case Intent::competitor_switch:
      return "competitor_switch";
    case Intent::expansion:
      return "expansion";
  }
  return "churn_risk";
}

std::vector<IntentFeature> intent_features(std::string_view text,
                                           std::span<const PhraseMatch> matches,
                                           bool competitor_named,
                                           std::span<const IntentFinding> findings,
                                           std::uint32_t hash_bits) {
  const std::string folded = normalize_for_matching(text);
  std::vector<IntentFeature> grams;
  std::string previous_word;
  std::vector<std::string_view> run;  // the current run of Japanese characters
  const auto flush_run = [&] {
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
      const std::string pair = std::string(run[i]) + std::string(run[i + 1]);
      grams.push_back({feature_index("c2", pair, hash_bits), 1});
      if (i + 2 < run.size())
        grams.push_back({feature_index("c3", pair + std::string(run[i + 2]), hash_bits), 1});
    }
    if (run.size() == 1) grams.push_back({feature_index("c1", run[0], hash_bits), 1});
    run.clear();
  };
  std::size_t at = 0;
  while (at < folded.size()) {
    if (ascii_word_byte(folded[at])) {
      flush_run();
      std::size_t end = at;
      while (end < folded.size() && ascii_word_byte(folded[end])) ++end;
      const std::string_view word(folded.data() + at, end - at);
      grams.push_back({feature_index("w", word, hash_bits), 1});
      if (word.size() >= 6) grams.push_back({feature_index("p", word.substr(0, 5), hash_bits), 1});
      if (!previous_word.empty())
        grams.push_back(
            {feature_index("b", previous_word + ' ' + std::string(word), hash_bits), 1});
      previous_word = word;
      at = end;
      continue;
    }
    const detail::DecodedChar decoded = detail::decode_utf8_at(folded, at);
    const std::size_t length = decoded.length;
    const std::string_view ch(folded.data() + at, length);
    if (japanese_letter(decoded.cp)) {
      run.push_back(ch);
    } else {
      flush_run();
      // An apostrophe keeps a word pair ("don't cancel"); other punctuation ends the phrase.
      if (ch != "'" && ch != " ") previous_word.clear();
    }
    at += length;
  }
  flush_run();

  std::vector<IntentFeature> out = merged(std::move(grams));
  double total = 0;
  for (const IntentFeature& f : out) total += f.value;
  const float scale = total > 0 ? static_cast<float>(1.0 / std::sqrt(total)) : 0.0f;
  for (IntentFeature& f : out) f.value *= scale;

  std::vector<IntentFeature> rules;
  for (const PhraseMatch& m : matches) {
    const char* tag = m.decoy ? "decoy" : m.negated ? "negated" : "rule";
    rules.push_back({feature_index(tag, to_string(m.category), hash_bits), 1});
  }
  if (competitor_named) rules.push_back({feature_index("competitor", "", hash_bits), 1});
  for (const IntentFinding& f : findings) {
    const std::string intent = to_string(f.intent);
    rules.push_back({feature_index("reader", intent, hash_bits), 1});
    rules.push_back({feature_index("reader", intent + ":" + f.severity, hash_bits), 1});
  }
  for (IntentFeature& f : merged(std::move(rules))) {
    f.value = 1;  // a finding counts once, however often it recurs
    out.push_back(f);
  }
  return merged(std::move(out));
}

IntentModel IntentModel::from_rules() {
  IntentModel model;
  for (std::size_t i = 0; i < kIntentCount; ++i) {
    model.weights[i].assign(std::size_t{1} << model.hash_bits, 0.0f);
    model.weights[i][feature_index("reader", to_string(static_cast<Intent>(i)), model.hash_bits)] =
        4.0f;
    model.bias[i] = -2.0;
  }
  return model;
}

double IntentModel::probability(Intent intent, std::span<const IntentFeature> features) const {
  const auto i = static_cast<std::size_t>(intent);
  double z = bias[i];
  for (const IntentFeature& f : features) z += static_cast<double>(weights[i][f.index]) * f.value;
  return sigmoid(z);
}

IntentModel train_intent_model(const IntentModel& start, std::span<const IntentLabel> labels,
                               const PhraseMatcher& matcher, const PhraseMatcher* competitors,
                               const IntentReader* reader, const IntentTraining& training) {
  IntentModel model = start;
  model.labels_seen += labels.size();
  std::vector<std::vector<IntentFeature>> features;
  features.reserve(labels.size());
  for (const IntentLabel& label : labels) {
    const auto matches = matcher.matches(label.text);
    const bool named = competitors && !competitors->matches(label.text).empty();
    const auto findings = reader ? reader->read(label.text) : std::vector<IntentFinding>{};
    features.push_back(intent_features(label.text, matches, named, findings, model.hash_bits));
  }
  std::vector<std::size_t> order(labels.size());
  for (int epoch = 0; epoch < training.epochs; ++epoch) {
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Fisher–Yates with Knuth's MMIX LCG: the same order on every platform.
    std::uint64_t state = 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(epoch);
    for (std::size_t i = order.size(); i > 1; --i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      std::swap(order[i - 1], order[(state >> 33) % i]);
    }
    const double rate = training.learning_rate / (1.0 + 0.1 * epoch);
    for (const std::size_t n : order) {
      for (std::size_t i = 0; i < kIntentCount; ++i) {
        if (labels[n].holds[i] < 0) continue;
        const double gradient =
            model.probability(static_cast<Intent>(i), features[n]) - labels[n].holds[i];
        for (const IntentFeature& f : features[n]) {
          float& w = model.weights[i][f.index];
          const double pull = training.l2 * (w - start.weights[i][f.index]);
          w = static_cast<float>(w - rate * (gradient * f.value + pull));
        }
        model.bias[i] -= rate * (gradient + training.l2 * (model.bias[i] - start.bias[i]));
      }
    }
  }
  return model;
}

std::string intent_model_to_json(const IntentModel& model) {
  nlohmann::json intents = nlohmann::json::object();
  for (std::size_t i = 0; i < kIntentCount; ++i) {
    nlohmann::json weights = nlohmann::json::object();
    for (std::size_t f = 0; f < model.weights[i].size(); ++f) {
      if (model.weights[i][f] != 0.0f) weights[std::to_string(f)] = model.weights[i][f];
    }
    intents[to_string(static_cast<Intent>(i))] = {{"bias", model.bias[i]},
                                                  {"weights", std::move(weights)}};
  }
  return nlohmann::json{{"schema", kSchema},
                        {"hash_bits", model.hash_bits},
                        {"labels_seen", model.labels_seen},
                        {"intents", std::move(intents)}}
      .dump();
}

Result<IntentModel> intent_model_from_json(std::string_view json_text) {
  const auto fail = [](std::string what) {
    return Error{ErrorCode::invalid_options, "intent model: " + std::move(what)};
  };
  const auto doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return fail("not a JSON object.");
  if (doc.value("schema", "") != kSchema)
    return fail(std::string("schema must be \"") + kSchema + "\".");
  const auto bits = doc.find("hash_bits");
  if (bits == doc.end() || !bits->is_number_unsigned() ||
      bits->get<std::uint32_t>() < kMinHashBits || bits->get<std::uint32_t>() > kMaxHashBits)
    return fail("hash_bits must be a whole number from 10 to 22.");
  IntentModel model;
  model.hash_bits = bits->get<std::uint32_t>();
  const auto seen = doc.find("labels_seen");
  if (seen != doc.end() && seen->is_number_unsigned())
    model.labels_seen = seen->get<std::uint64_t>();
  const auto intents = doc.find("intents");
  if (intents == doc.end() || !intents->is_object()) return fail("intents must be an object.");
  for (std::size_t i = 0; i < kIntentCount; ++i) {
    const char* name = to_string(static_cast<Intent>(i));
    model.weights[i].assign(std::size_t{1} << model.hash_bits, 0.0f);
    const auto intent = intents->find(name);
    if (intent == intents->end()) return fail(std::string("intents.") + name + " is missing.");
    const auto bias = intent->find("bias");
    if (bias == intent->end() || !bias->is_number())
      return fail(std::string("intents.") + name + ".bias must be a number.");
    model.bias[i] = bias->get<double>();
    const auto weights = intent->find("weights");
    if (weights == intent->end() || !weights->is_object())
      return fail(std::string("intents.") + name + ".weights must be an object.");
    for (const auto& [key, value] : weights->items()) {
      const bool digits = !key.empty() && key.size() <= 7 &&
                          key.find_first_not_of("0123456789") == std::string::npos;
      const std::size_t index = digits ? std::stoul(key) : model.weights[i].size();
      if (index >= model.weights[i].size() || !value.is_number())
        return fail(std::string("intents.") + name + ".weights[\"" + key +
                    "\"]: expected a number at an index below 2^hash_bits.");
      model.weights[i][index] = value.get<float>();
    }
  }
  return model;
}

Result<std::vector<IntentLabel>> parse_intent_labels(std::string_view jsonl) {
  std::vector<IntentLabel> out;
  std::size_t line_number = 0;
  std::size_t at = 0;
  while (at < jsonl.size()) {
    std::size_t end = jsonl.find('\n', at);
    if (end == std::string_view::npos) end = jsonl.size();
    const std::string_view line = jsonl.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const auto fail = [&](const std::string& what) {
      return Error{ErrorCode::invalid_input,
                   "labels line " + std::to_string(line_number) + ": " + what};
    };
    const auto item = nlohmann::json::parse(line, nullptr, false);
    if (item.is_discarded() || !item.is_object()) return fail("not a JSON object.");
    const auto text = item.find("text");
    if (text == item.end() || !text->is_string()) return fail("\"text\" must be a string.");
    IntentLabel label;
    const auto subject = item.find("subject");
    if (subject != item.end() && subject->is_string() && !subject->get<std::string>().empty())
      label.text = subject->get<std::string>() + "\n";
    label.text += text->get<std::string>();
    label.holds = {0, 0, 0};
    const auto intent_of = [](const std::string& name) -> int {
      if (name == "churn_risk") return 0;
      if (name == "competitor_switch" || name == "competitor") return 1;
      if (name == "expansion" || name == "opportunity") return 2;
      return -1;  // another label (complaint, praise): says nothing of these intents
    };
    const auto labels = item.find("labels");
    if (labels == item.end() || !labels->is_array()) return fail("\"labels\" must be a list.");
    for (const auto& entry : *labels) {
      const std::string name = entry.is_string()   ? entry.get<std::string>()
                               : entry.is_object() ? entry.value("type", "")
                                                   : "";
      if (name.empty()) return fail("each label must be a name or an object with a \"type\".");
      if (const int i = intent_of(name); i >= 0) label.holds[static_cast<std::size_t>(i)] = 1;
    }
    const auto unlabelled = item.find("unlabelled");
    if (unlabelled != item.end() && unlabelled->is_array()) {
      for (const auto& entry : *unlabelled) {
        if (!entry.is_string()) continue;
        if (const int i = intent_of(entry.get<std::string>()); i >= 0)
          label.holds[static_cast<std::size_t>(i)] = -1;
      }
    }
    out.push_back(std::move(label));
  }
  return out;
}

}  // namespace cxs
