// Embind: binds core/include/cxs/cli_args.hpp for the npm bin (wasm/js/cli.js).
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>

#include "cxs/cli_args.hpp"

namespace {

const char* action_name(cxs::CliRequest::Action action) {
  switch (action) {
    case cxs::CliRequest::Action::report:
      return "report";
    case cxs::CliRequest::Action::train:
      return "train";
    case cxs::CliRequest::Action::help:
      return "help";
    case cxs::CliRequest::Action::version:
      return "version";
    case cxs::CliRequest::Action::usage_error:
      return "usage_error";
  }
  return "usage_error";
}

// Arguments cross as a JSON array of strings; the request comes back as JSON text.
std::string parse_cli_args_json(const std::string& args_json) {
  const auto parsed = nlohmann::json::parse(args_json, nullptr, false);
  std::vector<std::string> args;
  if (parsed.is_array()) {
    for (const auto& arg : parsed) {
      if (arg.is_string()) args.push_back(arg.get<std::string>());
    }
  }
  const cxs::CliRequest request = cxs::parse_cli_args(args);
  const nlohmann::json out{{"action", action_name(request.action)},
                           {"as_of", request.as_of},
                           {"mapping_file", request.mapping_file},
                           {"company_domains", request.company_domains},
                           {"calibration_end", request.calibration_end},
                           {"horizon_weeks", request.horizon_weeks},
                           {"competitors", request.competitors},
                           {"own_accounts", request.own_accounts},
                           {"routes_file", request.routes_file},
                           {"lexicon_file", request.lexicon_file},
                           {"model_file", request.model_file},
                           {"files", request.files},
                           {"message", request.message}};
  return out.dump();
}

std::string cli_usage() { return cxs::cli_usage(); }

}  // namespace

EMSCRIPTEN_BINDINGS(cxs_cli) {
  emscripten::function("parseCliArgs", &parse_cli_args_json);
  emscripten::function("cliUsage", &cli_usage);
  emscripten::constant("EXIT_OK", cxs::exit_ok);
  emscripten::constant("EXIT_USAGE", cxs::exit_usage);
  emscripten::constant("EXIT_NO_INPUT", cxs::exit_no_input);
  emscripten::constant("EXIT_FAILED", cxs::exit_failed);
}
