// Training the intent model with an analysis's options; see intent_training.hpp.
#include "cxs/intent_training.hpp"

#include "cxs/analysis.hpp"
#include "cxs/signal_detector.hpp"

namespace cxs {

Result<std::string> train_intent_model_json(std::string_view labels_jsonl,
                                            std::string_view options_json) {
  auto options = parse_analysis_options(options_json);
  if (!options) return options.error();
  auto labels = parse_intent_labels(labels_jsonl);
  if (!labels) return labels.error();
  // The detector an analysis with these options would use; its model (if any) is the start.
  auto detector = SignalDetector::create(signal_options(options.value()));
  if (!detector) return detector.error();
  return intent_model_to_json(detector.value().train_intents(labels.value()));
}

}  // namespace cxs
