// JSON Schema validation of user JSON, with errors as values that name the offending path.
//
// The options of an analysis (core/data/schemas/options.schema.json) are validated against
// their schema before anything reads them, so every reader after it may rely on the types it
// was promised. This is a small validator for the subset of JSON Schema draft-07 the shipped
// schemas use (https://json-schema.org/draft-07/json-schema-validation): a schema that uses
// any other keyword is reported as a violation, never silently passed.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// One place where a value breaks its schema.
struct SchemaViolation {
  /// Where, in the spelling of JavaScript: `mapping["survey.csv"].kind`, `routes.rules[2]`;
  /// empty for the document itself.
  std::string path;
  /// What was expected and what was found: `expected one of "tickets", …, got 5`.
  std::string message;
};

/// `path: message`, or the message alone at the root.
std::string to_string(const SchemaViolation& violation);

/// Validates `value` against `schema`, a draft-07 schema using only: type (one or a list),
/// enum, const, properties, required, additionalProperties (false or a schema),
/// propertyNames, items (one schema), minItems, maxItems, minLength, maxLength (in code
/// points), minimum, maximum, format "date" (a calendar date written YYYY-MM-DD), $ref to
/// "#/definitions/...", and the annotations $schema, $id, title, description, default.
/// Numbers must be finite. Returns the violations in document order, at most
/// `max_violations`; empty when the value is valid.
std::vector<SchemaViolation> validate_json(const nlohmann::json& schema,
                                           const nlohmann::json& value,
                                           std::size_t max_violations = 20);

/// Limits on JSON the user hands in (options, option files, labels).
struct UserJsonLimits {
  std::size_t max_bytes = 64u << 20;  ///< an intent model is the largest option: ~ 20 MB
  std::size_t max_depth = 64;         ///< nesting of arrays and objects
};

/// Parses JSON text from the user without throwing: a syntax error gives its line and column,
/// and text past the limits is refused before a DOM is built (deep nesting would otherwise
/// cost recursion in every later walk). `what` names the text in messages ("options",
/// "m.json"). Errors carry ErrorCode::invalid_options.
Result<nlohmann::json> parse_user_json(std::string_view text, std::string_view what,
                                       const UserJsonLimits& limits = {});

}  // namespace cxs
