// The contract at the core's edge: the cxsignals.options/1 and cxsignals.report/1 JSON Schemas
// (core/data/schemas/), compiled into the library and checked before any option is read.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "cxs/result.hpp"

namespace cxs {

/// The schema of the options (core/data/schemas/options.schema.json), as shipped.
std::string_view options_schema_text();

/// A shipped schema by name (core/data/schemas/<name>.schema.json), "options" or "report", as
/// `cxsignals schema NAME` prints it.
std::optional<std::string_view> schema_text(std::string_view name);

/// Options JSON text, parsed without exceptions (json_schema.hpp: parse_user_json) and
/// validated against the options schema. The error names the first offending path and how
/// many more there are: `mapping["survey.csv"].kind: expected one of "survey_responses", …,
/// got 5`. Empty or blank text is the empty object.
Result<nlohmann::json> read_options_json(std::string_view text);

}  // namespace cxs
