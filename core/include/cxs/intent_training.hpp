// Training the intent model from the user's labels, with the options of an analysis: the
// entry point of `cxsignals train` and of the JS API's trainIntentModel().
#pragma once

#include <string>
#include <string_view>

#include "cxs/result.hpp"

namespace cxs {

/// Trains on `labels_jsonl` (parse_intent_labels) and returns the model as JSON. The options
/// are an analysis's (parse_analysis_options): `competitors` and `lexicon` shape the phrase
/// features, `model` is the model to start from (default: the phrase rules alone). Errors name
/// the option or the label line.
Result<std::string> train_intent_model_json(std::string_view labels_jsonl,
                                            std::string_view options_json);

}  // namespace cxs
