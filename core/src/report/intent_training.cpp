// Training the intent model with an analysis's options; see intent_training.hpp.
#include "cxs/intent_training.hpp"

#include "cxs/analysis.hpp"
#include "cxs/intent_model.hpp"
#include "cxs/signal_detector.hpp"

namespace cxs {

Result<std::string> train_intent_model_json(std::string_view labels_jsonl,
                                            std::string_view options_json) {
  auto options = parse_analysis_options(options_json);
  if (!options) return options.error();
  auto labels = parse_intent_labels(labels_jsonl);
  if (!labels) return labels.error();
  auto start = options.value().intent_model.empty()
                   ? Result<IntentModel>(IntentModel::from_rules())
                   : intent_model_from_json(options.value().intent_model);
  if (!start) return start.error();
  SignalOptions signal_options;
  signal_options.as_of = options.value().as_of;
  signal_options.competitors = options.value().competitors;
  signal_options.lexicon_edits = options.value().lexicon_edits;
  signal_options.company_domains = options.value().company_domains;
  auto detector = SignalDetector::create(signal_options);
  if (!detector) return detector.error();
  return intent_model_to_json(detector.value().train_intents(start.value(), labels.value()));
}

}  // namespace cxs
