// One argument grammar for the native CLI and the npm bin, so their behaviour cannot drift.
#include "cxs/cli_args.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cxs/analysis.hpp"
#include "cxs/contract.hpp"
#include "cxs/json_schema.hpp"

namespace cxs {

int cli_exit_code(std::string_view error_code) {
  return error_code == to_string(ErrorCode::invalid_options) ? exit_usage : exit_failed;
}

const char* cli_usage() {
  return "usage: cxsignals report [--as-of YYYY-MM-DD] FILE...\n"
         "       cxsignals train [--model START.json] LABELS.jsonl > model.json\n"
         "       cxsignals schema options|report   print a JSON Schema of the contract\n"
         "  Analyses customer-data exports on this machine and prints a cxsignals.report/1\n"
         "  JSON document on standard output. Nothing is sent anywhere.\n"
         "  --as-of DATE   the date the report is 'as of' (default: today, UTC)\n"
         "  --mapping FILE JSON overrides per file: {\"f.csv\": {\"kind\", \"encoding\",\n"
         "                 \"delimiter\", \"columns\": {\"Header\": \"role\"}}}; a key\n"
         "                 \"sig:<header_signature>\" applies to every file with that header\n"
         "  --company-domain DOMAIN  the company's own mail domain (repeatable); its\n"
         "                 addresses are staff, never customers\n"
         "  --calibration-end DATE  fit the customer-value models on orders up to DATE\n"
         "                 and check their forecast on the orders after it (holdout)\n"
         "  --horizon-weeks N  weeks ahead for expected purchases and value (default 52)\n"
         "  --competitors LIST  competitor names, comma-separated; 'Name|alias' adds\n"
         "                 aliases that report as Name\n"
         "  --own-accounts LIST  the company's own social handles, comma-separated:\n"
         "                 never influencers or competitor mentions\n"
         "  --routes FILE  routing rules JSON: {\"rules\": [{\"match\": {...}, \"team\"}]}\n"
         "  --lexicon FILE phrase edits JSON: {\"add\": {\"churn_risk\": [...]}, \"remove\"}\n"
         "  --model FILE   an intent model made by 'cxsignals train': it decides the\n"
         "                 churn, switching and expansion signals (default: the phrase rules)\n"
         "  train: one labelled text per line, {\"text\", \"subject\"?, \"labels\":\n"
         "                 [\"churn_risk\" | \"competitor_switch\" | \"expansion\"]}; trains\n"
         "                 the intent model from --model (or the phrase rules) with the\n"
         "                 --competitors and --lexicon given, and prints it\n"
         "  --help         print this text\n"
         "  --version      print the version\n"
         "exit codes: 0 ok, 64 usage error, 66 a file could not be read, 70 analysis failed\n";
}

CliRequest parse_cli_args(std::span<const std::string> args) {
  CliRequest request;
  if (args.empty()) {
    request.message = "no command given";
    return request;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    request.action = CliRequest::Action::help;
    return request;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    request.action = CliRequest::Action::version;
    return request;
  }
  if (args[0] == "schema") {
    if (args.size() != 2 || !schema_text(args[1])) {
      request.message = "schema needs one name: options or report";
      return request;
    }
    request.action = CliRequest::Action::schema;
    request.schema_name = args[1];
    return request;
  }
  if (args[0] != "report" && args[0] != "train") {
    request.message = "unknown command '" + args[0] + "'";
    return request;
  }
  const bool train = args[0] == "train";
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--as-of") {
      if (i + 1 == args.size()) {
        request.message = "--as-of needs a date";
        return request;
      }
      request.as_of = args[++i];
    } else if (arg.starts_with("--as-of=")) {
      request.as_of = arg.substr(8);
    } else if (arg == "--calibration-end" || arg == "--horizon-weeks") {
      if (i + 1 == args.size()) {
        request.message = arg + " needs a value";
        return request;
      }
      const std::string& value = args[++i];
      if (arg == "--calibration-end") {
        request.calibration_end = value;
      } else if (value.empty() || value.size() > 4 ||
                 value.find_first_not_of("0123456789") != std::string::npos || value == "0") {
        request.message = "--horizon-weeks needs a whole number of weeks (1-9999)";
        return request;
      } else {
        request.horizon_weeks = std::stoi(value);
      }
    } else if (arg == "--competitors" || arg == "--own-accounts" || arg == "--routes" ||
               arg == "--lexicon" || arg == "--model") {
      if (i + 1 == args.size()) {
        request.message = arg + " needs a value";
        return request;
      }
      const std::string& value = args[++i];
      if (arg == "--routes") {
        request.routes_file = value;
      } else if (arg == "--model") {
        request.model_file = value;
      } else if (arg == "--lexicon") {
        request.lexicon_file = value;
      } else {
        std::size_t start = 0;
        while (start <= value.size()) {
          const std::size_t comma = std::min(value.find(',', start), value.size());
          if (comma > start)
            (arg == "--competitors" ? request.competitors : request.own_accounts)
                .push_back(value.substr(start, comma - start));
          start = comma + 1;
        }
      }
    } else if (arg == "--mapping" || arg == "--company-domain") {
      if (i + 1 == args.size()) {
        request.message = arg + " needs a value";
        return request;
      }
      if (arg == "--mapping") {
        request.mapping_file = args[++i];
      } else {
        request.company_domains.push_back(args[++i]);
      }
    } else if (arg == "--help" || arg == "-h") {
      request.action = CliRequest::Action::help;
      return request;
    } else if (arg.starts_with("-") && arg != "-") {
      request.message = "unknown option '" + arg + "'";
      return request;
    } else {
      request.files.push_back(arg);
    }
  }
  if (request.files.empty()) {
    request.message = train ? "train needs a labels file" : "no files given";
    return request;
  }
  if (train && request.files.size() > 1) {
    request.message = "train takes one labels file";
    return request;
  }
  request.action = train ? CliRequest::Action::train : CliRequest::Action::report;
  return request;
}

std::vector<CliOptionFile> cli_option_files(const CliRequest& request) {
  std::vector<CliOptionFile> files;
  for (const auto& [key, path] :
       {std::pair{"mapping", &request.mapping_file}, std::pair{"routes", &request.routes_file},
        std::pair{"lexicon", &request.lexicon_file}, std::pair{"model", &request.model_file}}) {
    if (!path->empty()) files.push_back({key, *path});
  }
  return files;
}

CliOptions cli_options(const CliRequest& request, std::span<const std::string> texts,
                       std::string_view today) {
  nlohmann::json options{{"as_of", request.as_of.empty() ? std::string(today) : request.as_of}};
  if (!request.company_domains.empty()) options["company_domains"] = request.company_domains;
  if (!request.calibration_end.empty()) options["calibration_end"] = request.calibration_end;
  if (request.horizon_weeks > 0) options["horizon_weeks"] = request.horizon_weeks;
  if (!request.competitors.empty()) options["competitors"] = request.competitors;
  if (!request.own_accounts.empty()) options["own_accounts"] = request.own_accounts;
  const std::vector<CliOptionFile> files = cli_option_files(request);
  if (texts.size() != files.size())
    return {exit_usage,
            "internal: " + std::to_string(files.size()) + " option files, " +
                std::to_string(texts.size()) + " texts",
            ""};
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto json = parse_user_json(texts[i], files[i].path);
    if (!json) return {exit_usage, json.error().message, ""};
    options[files[i].key] = std::move(json).value();
  }
  std::string text = options.dump();
  const auto checked = parse_analysis_options(text);
  if (!checked) {
    // Say which file a bad value came from: the path starts with the option it fills.
    std::string message = checked.error().message;
    for (const CliOptionFile& file : files) {
      const std::string_view rest =
          std::string_view(message).substr(std::min(message.size(), file.key.size()));
      if (message.starts_with(file.key) &&
          (rest.starts_with(".") || rest.starts_with("[") || rest.starts_with(":"))) {
        message += " (in " + file.path + ")";
        break;
      }
    }
    return {exit_usage, std::move(message), ""};
  }
  return {exit_ok, "", std::move(text)};
}

}  // namespace cxs
