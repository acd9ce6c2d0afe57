#include "cxs/json_schema.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "cxs/date_cell.hpp"
#include "cxs/detail/json_syntax.hpp"
#include "cxs/detail/utf8.hpp"

namespace cxs {

namespace {

using nlohmann::json;

/// Keywords the validator reads or may ignore: anything else in a schema is reported.
constexpr std::array<std::string_view, 24> kKnownKeywords = {"$schema",
                                                             "$id",
                                                             "title",
                                                             "description",
                                                             "default",
                                                             "examples",
                                                             "$comment",
                                                             "type",
                                                             "enum",
                                                             "const",
                                                             "properties",
                                                             "required",
                                                             "additionalProperties",
                                                             "propertyNames",
                                                             "items",
                                                             "minItems",
                                                             "maxItems",
                                                             "minLength",
                                                             "maxLength",
                                                             "minimum",
                                                             "maximum",
                                                             "format",
                                                             "$ref",
                                                             "definitions"};

bool known_keyword(std::string_view key) {
  return std::find(kKnownKeywords.begin(), kKnownKeywords.end(), key) != kKnownKeywords.end();
}

bool is_identifier(std::string_view key) {
  if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
  for (const char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '$';
    if (!ok) return false;
  }
  return true;
}

/// A value as a message quotes it: 5, "text" (cut at 40 code points), an object, a list.
std::string describe(const json& value) {
  switch (value.type()) {
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "a list";
    case json::value_t::null:
      return "null";
    case json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      std::size_t at = 0;
      for (int chars = 0; at < text.size() && chars < 40; ++chars)
        at += detail::decode_utf8_at(text, at).length;
      json cut = at < text.size() ? text.substr(0, at) + "…" : text;
      return cut.dump();
    }
    default:
      return value.dump();
  }
}

std::string_view type_phrase(std::string_view type) {
  if (type == "object") return "an object";
  if (type == "array") return "a list";
  if (type == "string") return "text";
  if (type == "integer") return "a whole number";
  if (type == "number") return "a number";
  if (type == "boolean") return "true or false";
  if (type == "null") return "null";
  return type;
}

bool has_type(const json& value, std::string_view type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  if (type == "number") return value.is_number();
  if (type == "integer") {
    if (value.is_number_integer()) return true;
    // draft-07: a number with a zero fractional part is an integer (1.0).
    if (!value.is_number_float()) return false;
    const double number = value.get<double>();
    return std::isfinite(number) && std::floor(number) == number;
  }
  return false;
}

std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++count) at += detail::decode_utf8_at(text, at).length;
  return count;
}

/// A schema's bound as a person writes it: 22, not 22.0.
std::string number_text(double number) {
  if (std::floor(number) == number && std::fabs(number) < 1e15)
    return std::to_string(static_cast<std::int64_t>(number));
  return json(number).dump();
}

class Validator {
 public:
  Validator(const json& root, std::size_t max) : root_(root), max_(max) {}

  void check(const json& schema, const json& value, const std::string& path) {
    if (out.size() >= max_) return;
    if (schema.is_boolean()) {
      if (!schema.get<bool>()) add(path, "not allowed here");
      return;
    }
    if (!schema.is_object()) return add(path, "the schema here is not an object (a schema bug)");
    for (const auto& [keyword, unused] : schema.items()) {
      if (!known_keyword(keyword))
        return add(path, "the schema uses the unsupported keyword " + keyword + " (a schema bug)");
    }
    if (const auto ref = schema.find("$ref"); ref != schema.end()) {
      const json* target = resolve(*ref);
      if (target == nullptr) return add(path, "the schema's $ref " + ref->dump() + " is unknown");
      if (++depth_ > 64) return add(path, "the schema's $ref nest too deep (a schema bug)");
      check(*target, value, path);
      --depth_;
      return;
    }
    if (value.is_number_float() && !std::isfinite(value.get<double>()))
      return add(path, "expected a finite number, got " + describe(value));
    if (!check_type(schema, value, path)) return;
    if (!check_enum(schema, value, path)) return;
    if (value.is_string()) check_string(schema, value, path);
    if (value.is_number()) check_number(schema, value, path);
    if (value.is_array()) check_array(schema, value, path);
    if (value.is_object()) check_object(schema, value, path);
  }

  std::vector<SchemaViolation> out;

 private:
  void add(const std::string& path, std::string message) {
    if (out.size() < max_) out.push_back({path, std::move(message)});
  }

  const json* resolve(const json& ref) const {
    constexpr std::string_view kPrefix = "#/definitions/";
    if (!ref.is_string()) return nullptr;
    const std::string_view text = ref.get_ref<const std::string&>();
    if (!text.starts_with(kPrefix)) return nullptr;
    const auto definitions = root_.find("definitions");
    if (definitions == root_.end() || !definitions->is_object()) return nullptr;
    const auto target = definitions->find(std::string(text.substr(kPrefix.size())));
    return target == definitions->end() ? nullptr : &*target;
  }

  bool check_type(const json& schema, const json& value, const std::string& path) {
    const auto type = schema.find("type");
    if (type == schema.end()) return true;
    std::string wanted;
    const auto consider = [&](const json& name) {
      if (!name.is_string()) return false;
      if (has_type(value, name.get_ref<const std::string&>())) return true;
      if (!wanted.empty()) wanted += " or ";
      wanted += type_phrase(name.get_ref<const std::string&>());
      return false;
    };
    if (type->is_array()) {
      for (const json& name : *type)
        if (consider(name)) return true;
    } else if (consider(*type)) {
      return true;
    }
    add(path, "expected " + wanted + ", got " + describe(value));
    return false;
  }

  bool check_enum(const json& schema, const json& value, const std::string& path) {
    if (const auto constant = schema.find("const");
        constant != schema.end() && *constant != value) {
      add(path, "expected " + constant->dump() + ", got " + describe(value));
      return false;
    }
    const auto choices = schema.find("enum");
    if (choices == schema.end() || !choices->is_array()) return true;
    for (const json& choice : *choices)
      if (choice == value) return true;
    std::string listed;
    for (std::size_t i = 0; i < choices->size(); ++i) {
      if (i > 0) listed += i + 1 == choices->size() ? " or " : ", ";
      listed += (*choices)[i].dump();
    }
    add(path, "expected one of " + listed + ", got " + describe(value));
    return false;
  }

  void check_string(const json& schema, const json& value, const std::string& path) {
    const auto& text = value.get_ref<const std::string&>();
    const std::size_t length = code_points(text);
    if (const auto min = schema.find("minLength"); min != schema.end() && min->is_number()) {
      if (static_cast<double>(length) < min->get<double>())
        add(path, min->get<double>() == 1 ? "expected text, got an empty string"
                                          : "expected at least " + min->dump() + " characters");
    }
    if (const auto max = schema.find("maxLength"); max != schema.end() && max->is_number()) {
      if (static_cast<double>(length) > max->get<double>())
        add(path, "expected at most " + max->dump() + " characters, got " + std::to_string(length));
    }
    if (const auto format = schema.find("format"); format != schema.end() && *format == "date") {
      if (!days_from_iso_date(text))
        add(path, "expected a calendar date written YYYY-MM-DD, got " + describe(value));
    }
  }

  void check_number(const json& schema, const json& value, const std::string& path) {
    const double number = value.get<double>();
    if (const auto min = schema.find("minimum"); min != schema.end() && min->is_number()) {
      if (number < min->get<double>())
        add(path,
            "expected at least " + number_text(min->get<double>()) + ", got " + describe(value));
    }
    if (const auto max = schema.find("maximum"); max != schema.end() && max->is_number()) {
      if (number > max->get<double>())
        add(path,
            "expected at most " + number_text(max->get<double>()) + ", got " + describe(value));
    }
  }

  void check_array(const json& schema, const json& value, const std::string& path) {
    const auto size = static_cast<double>(value.size());
    if (const auto min = schema.find("minItems"); min != schema.end() && min->is_number()) {
      if (size < min->get<double>()) add(path, "expected at least " + min->dump() + " items");
    }
    if (const auto max = schema.find("maxItems"); max != schema.end() && max->is_number()) {
      if (size > max->get<double>())
        add(path,
            "expected at most " + max->dump() + " items, got " + std::to_string(value.size()));
    }
    if (const auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size() && out.size() < max_; ++i)
        check(*items, value[i], path + "[" + std::to_string(i) + "]");
    }
  }

  static std::string member_path(const std::string& path, const std::string& key) {
    if (is_identifier(key)) return path.empty() ? key : path + "." + key;
    return path + "[" + json(key).dump() + "]";
  }

  void check_object(const json& schema, const json& value, const std::string& path) {
    const auto properties = schema.find("properties");
    const bool has_properties = properties != schema.end() && properties->is_object();
    if (const auto required = schema.find("required"); required != schema.end()) {
      for (const json& key : *required) {
        if (key.is_string() && !value.contains(key.get_ref<const std::string&>()))
          add(path, "missing " + key.dump());
      }
    }
    const auto names = schema.find("propertyNames");
    const auto additional = schema.find("additionalProperties");
    for (const auto& [key, member] : value.items()) {
      if (out.size() >= max_) return;
      const std::string at = member_path(path, key);
      if (names != schema.end()) check(*names, json(key), at);
      if (has_properties) {
        if (const auto known = properties->find(key); known != properties->end()) {
          check(*known, member, at);
          continue;
        }
      }
      if (additional == schema.end()) continue;
      if (additional->is_boolean() && !additional->get<bool>()) {
        add(path, "unknown key " + json(key).dump() + known_keys(*properties, has_properties));
      } else {
        check(*additional, member, at);
      }
    }
  }

  static std::string known_keys(const json& properties, bool has_properties) {
    if (!has_properties || properties.empty()) return "";
    std::string listed = " (expected ";
    std::size_t i = 0;
    for (const auto& [key, unused] : properties.items()) {
      if (i > 0) listed += i + 1 == properties.size() ? " or " : ", ";
      listed += key;
      ++i;
    }
    return listed + ")";
  }

  const json& root_;
  std::size_t max_;
  int depth_ = 0;
};

}  // namespace

std::string to_string(const SchemaViolation& violation) {
  return violation.path.empty() ? violation.message : violation.path + ": " + violation.message;
}

std::vector<SchemaViolation> validate_json(const json& schema, const json& value,
                                           std::size_t max_violations) {
  Validator validator(schema, max_violations);
  validator.check(schema, value, "");
  return std::move(validator.out);
}

Result<json> parse_user_json(std::string_view text, std::string_view what,
                             const UserJsonLimits& limits) {
  const std::string name(what);
  if (text.size() > limits.max_bytes) {
    return Error{ErrorCode::invalid_options, name + ": " + std::to_string(text.size()) +
                                                 " bytes is over the limit of " +
                                                 std::to_string(limits.max_bytes) + " bytes."};
  }
  // A first pass builds nothing, so 10,000 levels of nesting are refused cheaply.
  const detail::JsonSyntax syntax = detail::check_json_syntax(text, limits.max_depth);
  if (syntax.too_deep) {
    return Error{ErrorCode::invalid_options,
                 name + ": nested more than " + std::to_string(limits.max_depth) + " levels deep."};
  }
  if (!syntax.valid) {
    // The byte offset as a line and column (columns count bytes, as editors' byte columns do).
    std::size_t line = 1, column = 1;
    const std::size_t stop = syntax.error_at == 0 ? 0 : std::min(syntax.error_at - 1, text.size());
    for (std::size_t i = 0; i < stop; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return Error{ErrorCode::invalid_options, name + " is not valid JSON: line " +
                                                 std::to_string(line) + ", column " +
                                                 std::to_string(column) + ": " + syntax.reason};
  }
  json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded())  // not expected after a clean SAX pass; kept as a value, not a throw
    return Error{ErrorCode::invalid_options, name + " is not valid JSON."};
  return value;
}

}  // namespace cxs
