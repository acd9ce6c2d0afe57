// Intent model: a per-intent logistic regression over hashed word and character n-grams plus
// the phrase rules' findings, learnt on the device from the user's own labels.
//
// With no labels it decides as the phrase rules do (a firing rule of the intent's category
// scores +4, the bias −2: p = 0.88 with a rule, 0.12 without). Each label, a text marked as
// holding an intent or not, moves the weights by stochastic gradient descent on the logistic
// loss, with an L2 pull back towards the model it started from, so fifty labels can teach it
// a team's own wording and its false alarms without forgetting the rules. Weights live in a
// hashed table (the "hashing trick": Weinberger et al. 2009, "Feature hashing for large scale
// multitask learning", ICML), so the model has a fixed size and needs no vocabulary.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/intent.hpp"
#include "cxs/intent_reader.hpp"
#include "cxs/phrase_matcher.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// One hashed feature of a text.
struct IntentFeature {
  std::uint32_t index = 0;
  float value = 0;
};

/// The features of `text` (all of a record's text fields, joined by newlines):
/// - its words (ASCII letters and digits, after normalize_for_matching), word pairs, and the
///   first five letters of longer words (a cheap stem: "cancelled", "cancellation" share
///   "cance"); in other scripts, character pairs and triples (Japanese has no spaces);
///   all scaled by 1/√(count), so a long text does not outweigh a short one;
/// - the phrase rules' findings, each 1: a firing phrase per category ("rule:churn_risk"), a
///   negated one ("negated:…"), a decoy ("decoy:…"), and a named competitor ("competitor");
/// - the intent reader's findings, each 1: the intent ("reader:churn_risk") and its severity
///   ("reader:churn_risk:planning").
/// `matches` are the phrase matcher's over the same text; `competitor_named` whether some
/// competitor name occurs in it; `findings` the intent reader's.
std::vector<IntentFeature> intent_features(std::string_view text,
                                           std::span<const PhraseMatch> matches,
                                           bool competitor_named,
                                           std::span<const IntentFinding> findings,
                                           std::uint32_t hash_bits);

struct IntentModel {
  std::uint32_t hash_bits = 18;  ///< 2^18 weights per intent
  std::array<std::vector<float>, kIntentCount> weights;
  std::array<double, kIntentCount> bias{};
  std::uint64_t labels_seen = 0;  ///< labelled texts it has been trained on, in all

  /// The model of the intent reader alone (no labels).
  static IntentModel from_rules();
  double probability(Intent intent, std::span<const IntentFeature> features) const;
};

/// One labelled text: for each intent 1 (holds it), 0 (does not) or −1 (not labelled).
struct IntentLabel {
  std::string text;
  std::array<std::int8_t, kIntentCount> holds{-1, -1, -1};
};

struct IntentTraining {
  int epochs = 20;
  double learning_rate = 8.0;
  double l2 = 1e-4;  ///< pull of each weight back towards the starting model's, per step
};

/// `start` trained further on `labels` (pure: same inputs, same model). Labels are visited in
/// a fixed pseudo-random order per epoch (a 64-bit LCG seeded by the epoch).
IntentModel train_intent_model(const IntentModel& start, std::span<const IntentLabel> labels,
                               const PhraseMatcher& matcher, const PhraseMatcher* competitors,
                               const IntentReader* reader, const IntentTraining& training = {});

/// The model as JSON ("cxsignals.intent_model/1": the non-zero weights by hashed index), and
/// back. Reading checks the schema, the hash size and every index; errors name what is wrong.
std::string intent_model_to_json(const IntentModel& model);
Result<IntentModel> intent_model_from_json(std::string_view json_text);

/// Labels from JSON Lines, one text per line: {"text": "...", "subject": "..." (optional),
/// "labels": ["churn_risk", ...]} (or label objects {"type": ...}); every intent not listed is
/// labelled 0, unless "unlabelled": [...] lists it. A bad line is an error naming its number.
Result<std::vector<IntentLabel>> parse_intent_labels(std::string_view jsonl);

}  // namespace cxs
