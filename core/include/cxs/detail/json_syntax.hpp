// Where and why JSON text fails to parse, and whether it nests too deep: one SAX pass of
// nlohmann's parser that builds nothing and throws nothing. Used to refuse user JSON before a
// tree is built (json_schema.hpp) and to explain a record the reader skipped (json_reader.hpp).
#pragma once

#include <cstddef>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace cxs::detail {

struct JsonSyntax {
  bool valid = true;
  bool too_deep = false;     ///< nesting passed max_depth (valid is false too)
  std::size_t error_at = 0;  ///< 1-based byte offset where the parser stopped; 0 when valid
  std::string reason;        ///< nlohmann's reason, without its code and position prefix
};

class JsonSyntaxProbe final : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit JsonSyntaxProbe(std::size_t max_depth) : max_depth_(max_depth) {}
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return enter(); }
  bool key(string_t&) override { return true; }
  bool end_object() override { return leave(); }
  bool start_array(std::size_t) override { return enter(); }
  bool end_array() override { return leave(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    result.valid = false;
    result.error_at = position;
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ...":
    // the caller states the place in its own terms, so keep the reason only.
    std::string what = error.what();
    if (what.starts_with("[json.exception.")) {
      if (const std::size_t end = what.find("] "); end != std::string::npos) what.erase(0, end + 2);
    }
    if (what.starts_with("parse error")) {
      if (const std::size_t colon = what.find(": "); colon != std::string::npos)
        what.erase(0, colon + 2);
    }
    result.reason = std::move(what);
    return false;
  }

  JsonSyntax result;

 private:
  bool enter() {
    if (++depth_ <= max_depth_) return true;
    result.valid = false;
    result.too_deep = true;
    return false;
  }
  bool leave() {
    --depth_;
    return true;
  }
  std::size_t max_depth_;
  std::size_t depth_ = 0;
};

/// Parses `text` as one JSON document (strict: nothing after it) without building it.
inline JsonSyntax check_json_syntax(
    std::string_view text, std::size_t max_depth = std::numeric_limits<std::size_t>::max()) {
  JsonSyntaxProbe probe(max_depth);
  nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &probe);
  return std::move(probe.result);
}

}  // namespace cxs::detail
