// Command-line arguments of `cxsignals`, parsed once for the native tool and the npm bin.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace cxs {

struct CliRequest {
  enum class Action { report, train, help, version, usage_error };
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
  std::string message;  ///< for usage_error: what was wrong, one line
};

/// Exit codes shared by both tools (sysexits.h spellings).
inline constexpr int exit_ok = 0;
inline constexpr int exit_usage = 64;     ///< EX_USAGE
inline constexpr int exit_no_input = 66;  ///< EX_NOINPUT: a file could not be read
inline constexpr int exit_failed = 70;    ///< EX_SOFTWARE: the analysis returned an error

/// The usage text printed by --help and after a usage error.
const char* cli_usage();

/// Parses the arguments after the program name: `report [--as-of DATE] FILE...`,
/// `train [--model FILE] LABELS`, `--help`, `--version`.
CliRequest parse_cli_args(std::span<const std::string> args);

}  // namespace cxs
