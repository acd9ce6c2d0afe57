// Embind: binds core/include/cxs/analysis.hpp. Types are converted here and nothing else.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "cxs/analysis.hpp"
#include "cxs/version.hpp"

namespace {

// JS copies each chunk into this view of the reused buffer, then calls feed(n).
emscripten::val input_buffer(cxs::Analysis& analysis, std::size_t size) {
  const auto bytes = analysis.input_buffer(size);
  return emscripten::val(emscripten::typed_memory_view(bytes.size(), bytes.data()));
}

std::string version() { return cxs::version; }

}  // namespace

EMSCRIPTEN_BINDINGS(cxs_report) {
  emscripten::function("version", &version);
  emscripten::class_<cxs::Analysis>("Analysis")
      .constructor<std::string>()                         // options: JSON text, as for the CLI
      .function("addSource", &cxs::Analysis::add_source)  // (file name); later feeds go to it
      .function("inputBuffer", &input_buffer)
      .function("feed", &cxs::Analysis::feed)            // (byte count)
      .function("finish", &cxs::Analysis::finish_json);  // report or {"error"}, as JSON text
}
