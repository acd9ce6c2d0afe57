// Command-line arguments of `cxsignals`, parsed once for the native tool and the npm bin.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cxs {

struct CliRequest {
  enum class Action { report, train, schema, help, version, usage_error };
  Action action = Action::usage_error;
  std::string as_of;         ///< empty: the caller uses today's date (UTC)
  std::string mapping_file;  ///< a JSON file of per-file overrides (the `mapping` option)
  std::vector<std::string> company_domains;  ///< the company's own mail domains
  std::string calibration_end;            ///< ISO date: customer-value models fit on data up to it
  int horizon_weeks = 0;                  ///< 0: the default horizon of customer-value forecasts
  std::vector<std::string> competitors;   ///< from --competitors A,B|alias
  std::vector<std::string> own_accounts;  ///< from --own-accounts A,B
  std::string routes_file;                ///< routing rules JSON
  std::string lexicon_file;               ///< phrase edits JSON
  std::string model_file;                 ///< intent model JSON (intent_model.hpp)
  std::vector<std::string> files;
  std::string schema_name;  ///< for schema: "options" or "report"
  std::string message;      ///< for usage_error: what was wrong, one line
};

/// Exit codes shared by both tools (sysexits.h spellings).
inline constexpr int exit_ok = 0;
inline constexpr int exit_usage = 64;     ///< EX_USAGE
inline constexpr int exit_no_input = 66;  ///< EX_NOINPUT: a file could not be read
inline constexpr int exit_failed = 70;    ///< EX_SOFTWARE: the analysis returned an error

/// The exit code for an analysis or training that stopped with the error `error_code` (an
/// ErrorCode spelling): a refused option is a usage error, 64, even when only the analysis
/// could tell (a lexicon phrase to remove that the lexicon lacks); anything else is 70.
int cli_exit_code(std::string_view error_code);

/// The usage text printed by --help and after a usage error.
const char* cli_usage();

/// Parses the arguments after the program name: `report [--as-of DATE] FILE...`,
/// `train [--model FILE] LABELS`, `schema options|report`, `--help`, `--version`.
CliRequest parse_cli_args(std::span<const std::string> args);

/// A JSON file a request names for one option (--mapping, --routes, --lexicon, --model).
struct CliOptionFile {
  std::string key;   ///< the option it fills: "mapping", "routes", "lexicon" or "model"
  std::string path;  ///< as given on the command line
};

/// The option files of a request, in the order both tools read them.
std::vector<CliOptionFile> cli_option_files(const CliRequest& request);

/// A request turned into analysis options, or the exit code and message to stop with.
struct CliOptions {
  int exit_code = exit_ok;
  std::string message;       ///< one line, without the "cxsignals: " prefix; when not exit_ok
  std::string options_json;  ///< valid against cxsignals.options/1 (contract.hpp); when exit_ok
};

/// The one request → options function of both tools: `texts[i]` is the content of
/// cli_option_files(request)[i] (the caller reads files; the core reads none), `today` the
/// caller's date (UTC, YYYY-MM-DD), used when --as-of is absent. A file that is not JSON, or
/// options that break the schema, give exit_usage and a message naming the file or the path.
CliOptions cli_options(const CliRequest& request, std::span<const std::string> texts,
                       std::string_view today);

}  // namespace cxs
