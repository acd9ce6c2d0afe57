#include "cxs/contract.hpp"

#include <string>

#include "cxs/json_schema.hpp"

namespace cxs {

namespace {

constexpr std::string_view kOptionsSchema =
#include "schemas/options.schema.inc"
    ;
constexpr std::string_view kReportSchema =
#include "schemas/report.schema.inc"
    ;

constexpr std::size_t kMaxViolations = 10;  ///< looked for; the message quotes the first

}  // namespace

std::string_view options_schema_text() { return kOptionsSchema; }

std::optional<std::string_view> schema_text(std::string_view name) {
  if (name == "options") return kOptionsSchema;
  if (name == "report") return kReportSchema;
  return std::nullopt;
}

Result<nlohmann::json> read_options_json(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return nlohmann::json::object();
  auto parsed = parse_user_json(text, "options");
  if (!parsed) return parsed.error();
  // The shipped schema is parsed per call: it is 12 KB, read once per analysis, and keeping no
  // parsed copy keeps the library free of global state.
  const auto schema = nlohmann::json::parse(kOptionsSchema, nullptr, /*allow_exceptions=*/false);
  const auto violations = validate_json(schema, parsed.value(), kMaxViolations);
  if (violations.empty()) return parsed;
  std::string message = to_string(violations.front());
  const std::size_t more = violations.size() - 1;
  if (more == 1) message += " (and 1 more problem)";
  if (more > 1) {
    message += std::string(" (and ") + (violations.size() == kMaxViolations ? "at least " : "") +
               std::to_string(more) + " more problems)";
  }
  return Error{ErrorCode::invalid_options, message};
}

}  // namespace cxs
