// validate_json and parse_user_json: errors as values, each naming the path that is wrong.
#include "cxs/json_schema.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using nlohmann::json;

const json kSchema = json::parse(R"({
  "type": "object", "additionalProperties": false, "required": ["name"],
  "properties": {
    "name": {"type": "string", "minLength": 1, "maxLength": 5},
    "when": {"type": "string", "format": "date"},
    "weeks": {"type": "integer", "minimum": 1, "maximum": 10},
    "kind": {"enum": ["a", "b"]},
    "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
    "files": {"type": "object", "additionalProperties": {"$ref": "#/definitions/file"}}
  },
  "definitions": {"file": {"type": "object", "additionalProperties": false,
                           "properties": {"kind": {"enum": ["x"]}}}}
})");

std::string first_error(const char* value) {
  const auto violations = cxs::validate_json(kSchema, json::parse(value));
  return violations.empty() ? "" : cxs::to_string(violations.front());
}

TEST(JsonSchemaTest, a_valid_document_has_no_violations) {
  EXPECT_EQ(first_error(R"({"name":"ok","when":"2024-02-29","weeks":3.0,"kind":"b",
                            "tags":["x"],"files":{"a b.csv":{"kind":"x"}}})"),
            "");
}

TEST(JsonSchemaTest, each_violation_names_its_path_in_javascript_spelling) {
  EXPECT_EQ(first_error(R"({"name":"ok","files":{"a b.csv":{"kind":5}}})"),
            R"(files["a b.csv"].kind: expected one of "x", got 5)");
  EXPECT_EQ(first_error(R"({"name":"ok","tags":["x",3]})"), "tags[1]: expected text, got 3");
  EXPECT_EQ(first_error(R"({"name":"ok","weeks":"ten"})"),
            R"(weeks: expected a whole number, got "ten")");
  EXPECT_EQ(first_error(R"({"name":"ok","weeks":11})"), "weeks: expected at most 10, got 11");
  EXPECT_EQ(first_error(R"({"name":"ok","weeks":2.5})"), "weeks: expected a whole number, got 2.5");
  EXPECT_EQ(first_error(R"({})"), R"(missing "name")");
  EXPECT_EQ(first_error(R"({"name":""})"), "name: expected text, got an empty string");
  EXPECT_EQ(first_error(R"({"name":"toolong"})"), "name: expected at most 5 characters, got 7");
  EXPECT_EQ(first_error(R"({"name":"ok","colour":1})"),
            R"(unknown key "colour" (expected files, kind, name, tags, weeks or when))");
  EXPECT_EQ(first_error(R"({"name":"ok","tags":["a","b","c"]})"),
            "tags: expected at most 2 items, got 3");
}

TEST(JsonSchemaTest, a_date_must_be_on_the_calendar) {
  EXPECT_EQ(first_error(R"({"name":"ok","when":"2023-02-29"})"),
            R"(when: expected a calendar date written YYYY-MM-DD, got "2023-02-29")");
  EXPECT_EQ(first_error(R"({"name":"ok","when":"2026-13-01"})").substr(0, 6), "when: ");
  EXPECT_EQ(first_error(R"({"name":"ok","when":"26-1-1"})").substr(0, 6), "when: ");
}

TEST(JsonSchemaTest, numbers_must_be_finite) {
  // 1e999 overflows a double; JSON has no infinity, and the report must never hold one.
  json value = {{"name", "ok"}, {"weeks", std::numeric_limits<double>::infinity()}};
  const auto violations = cxs::validate_json(kSchema, value);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].message.substr(0, 26), "expected a finite number, ");
}

TEST(JsonSchemaTest, a_schema_keyword_it_does_not_implement_is_reported_not_ignored) {
  const json schema = json::parse(R"({"type": "string", "pattern": "^a"})");
  const auto violations = cxs::validate_json(schema, json("b"));
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_NE(violations[0].message.find("unsupported keyword pattern"), std::string::npos);
}

TEST(JsonSchemaTest, violations_are_capped) {
  const json schema = json::parse(R"({"type": "array", "items": {"type": "string"}})");
  EXPECT_EQ(cxs::validate_json(schema, json::parse("[1,2,3,4,5]"), 3).size(), 3u);
}

TEST(ParseUserJsonTest, a_syntax_error_gives_its_line_and_column) {
  const auto parsed = cxs::parse_user_json("{\n  \"a\": [1,,2]\n}", "m.json");
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, cxs::ErrorCode::invalid_options);
  EXPECT_TRUE(parsed.error().message.starts_with("m.json is not valid JSON: line 2, column 11: "))
      << parsed.error().message;
}

TEST(ParseUserJsonTest, nesting_past_the_limit_is_refused_before_a_tree_is_built) {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  const auto parsed = cxs::parse_user_json(deep, "options");
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().message, "options: nested more than 64 levels deep.");
  EXPECT_TRUE(cxs::parse_user_json(std::string(64, '[') + std::string(64, ']'), "o"));
}

TEST(ParseUserJsonTest, text_past_the_size_limit_is_refused) {
  const auto parsed = cxs::parse_user_json("[1, 2, 3]", "big.json", {.max_bytes = 4});
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().message, "big.json: 9 bytes is over the limit of 4 bytes.");
}

TEST(ParseUserJsonTest, trailing_text_and_empty_text_are_errors) {
  EXPECT_FALSE(cxs::parse_user_json("{} {}", "x"));
  EXPECT_FALSE(cxs::parse_user_json("", "x"));
  EXPECT_EQ(cxs::parse_user_json(" {\"a\": 1e400} ", "x").error().message,
            "x is not valid JSON: line 1, column 12: number overflow parsing '1e400'");
}

}  // namespace
