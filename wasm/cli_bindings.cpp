// Embind: binds core/include/cxs/cli_args.hpp for the npm bin (wasm/js/cli.js).
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>

#include "cxs/cli_args.hpp"
#include "cxs/contract.hpp"

namespace {

const char* action_name(cxs::CliRequest::Action action) {
  switch (action) {
    case cxs::CliRequest::Action::report:
      return "report";
    case cxs::CliRequest::Action::train:
      return "train";
    case cxs::CliRequest::Action::schema:
      return "schema";
    case cxs::CliRequest::Action::help:
      return "help";
    case cxs::CliRequest::Action::version:
      return "version";
    case cxs::CliRequest::Action::usage_error:
      return "usage_error";
  }
  return "usage_error";
}

cxs::CliRequest request_of(const std::string& args_json) {
  const auto parsed = nlohmann::json::parse(args_json, nullptr, false);
  std::vector<std::string> args;
  if (parsed.is_array()) {
    for (const auto& arg : parsed) {
      if (arg.is_string()) args.push_back(arg.get<std::string>());
    }
  }
  return cxs::parse_cli_args(args);
}

// Arguments cross as a JSON array of strings; the request comes back as JSON text with what
// the JS side needs: the action, the files to read and the option files in reading order.
std::string parse_cli_args_json(const std::string& args_json) {
  const cxs::CliRequest request = request_of(args_json);
  nlohmann::json option_files = nlohmann::json::array();
  for (const cxs::CliOptionFile& file : cxs::cli_option_files(request))
    option_files.push_back({{"key", file.key}, {"path", file.path}});
  const nlohmann::json out{{"action", action_name(request.action)},
                           {"files", request.files},
                           {"option_files", std::move(option_files)},
                           {"schema_name", request.schema_name},
                           {"message", request.message}};
  return out.dump();
}

// cxs::cli_options for the same arguments, with the option files' texts as a JSON array.
std::string cli_options_json(const std::string& args_json, const std::string& texts_json,
                             const std::string& today) {
  const auto parsed = nlohmann::json::parse(texts_json, nullptr, false);
  std::vector<std::string> texts;
  if (parsed.is_array()) {
    for (const auto& text : parsed)
      texts.push_back(text.is_string() ? text.get<std::string>() : "");
  }
  const cxs::CliOptions options = cxs::cli_options(request_of(args_json), texts, today);
  return nlohmann::json{{"exit_code", options.exit_code},
                        {"message", options.message},
                        {"options_json", options.options_json}}
      .dump();
}

std::string schema_text(const std::string& name) {
  return std::string(cxs::schema_text(name).value_or(""));
}

std::string cli_usage() { return cxs::cli_usage(); }

int cli_exit_code_of(const std::string& error_code) { return cxs::cli_exit_code(error_code); }

}  // namespace

EMSCRIPTEN_BINDINGS(cxs_cli) {
  emscripten::function("parseCliArgs", &parse_cli_args_json);
  emscripten::function("cliOptions", &cli_options_json);  // (args JSON, texts JSON, today)
  emscripten::function("schemaText", &schema_text);
  emscripten::function("cliUsage", &cli_usage);
  emscripten::function("cliExitCode", &cli_exit_code_of);  // (ErrorCode spelling) -> exit code
  emscripten::constant("EXIT_OK", cxs::exit_ok);
  emscripten::constant("EXIT_USAGE", cxs::exit_usage);
  emscripten::constant("EXIT_NO_INPUT", cxs::exit_no_input);
  emscripten::constant("EXIT_FAILED", cxs::exit_failed);
}
