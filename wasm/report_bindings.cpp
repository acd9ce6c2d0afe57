// Embind: binds core/include/cxs/analysis.hpp. Types are converted here and nothing else.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <nlohmann/json.hpp>

#include "cxs/analysis.hpp"
#include "cxs/intent_training.hpp"
#include "cxs/version.hpp"

namespace {

// JS copies each chunk into this view of the reused buffer, then calls feed(n).
emscripten::val input_buffer(cxs::Analysis& analysis, std::size_t size) {
  const auto bytes = analysis.input_buffer(size);
  return emscripten::val(emscripten::typed_memory_view(bytes.size(), bytes.data()));
}

std::string version() { return cxs::version; }

// The model as JSON text, or {"error": {code, message}} as finish() replies.
std::string train_intent_model(const std::string& labels_jsonl, const std::string& options_json) {
  auto model = cxs::train_intent_model_json(labels_jsonl, options_json);
  if (model) return model.value();
  return nlohmann::json{
      {"error", {{"code", cxs::to_string(model.error().code)}, {"message", model.error().message}}}}
      .dump(2);
}

}  // namespace

EMSCRIPTEN_BINDINGS(cxs_report) {
  emscripten::function("version", &version);
  emscripten::function("trainIntentModel", &train_intent_model);  // (labels JSONL, options JSON)
  emscripten::class_<cxs::Analysis>("Analysis")
      .constructor<std::string>()                         // options: JSON text, as for the CLI
      .function("addSource", &cxs::Analysis::add_source)  // (file name); later feeds go to it
      .function("inputBuffer", &input_buffer)
      .function("feed", &cxs::Analysis::feed)            // (byte count)
      .function("finish", &cxs::Analysis::finish_json);  // report or {"error"}, as JSON text
}
