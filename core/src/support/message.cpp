// Message catalogue and English rendering; see message.hpp.
#include "cxs/message.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cxs/result.hpp"

namespace cxs {

namespace {

constexpr std::string_view kEnglish =
#include "messages/en.inc"
    ;

using Catalogue = std::map<std::string, std::string, std::less<>>;

// Parsed on first use; the shipped file is checked by the tests, so an unreadable one leaves
// the catalogue empty and every render fails loudly in them.
const Catalogue& catalogue() {
  static const Catalogue table = [] {
    Catalogue out;
    const auto doc = nlohmann::json::parse(kEnglish, nullptr, false);
    if (!doc.is_object()) return out;
    for (const auto& [id, text] : doc.items())
      if (text.is_string()) out.emplace(id, text.get<std::string>());
    return out;
  }();
  return table;
}

bool name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

Error bad(const Message& message, const std::string& what) {
  return {ErrorCode::invalid_input, "Message " + message.id + ": " + what + "."};
}

MessageArg number_arg(std::string name, std::string spelt, double value) {
  MessageArg arg;
  arg.name = std::move(name);
  arg.kind = MessageArg::Kind::number;
  arg.text = std::move(spelt);
  arg.number = value;
  return arg;
}

}  // namespace

Message& Message::text(std::string name, std::string value) {
  MessageArg arg;
  arg.name = std::move(name);
  arg.text = std::move(value);
  args.push_back(std::move(arg));
  return *this;
}

Message& Message::number(std::string name, double value, const char* format) {
  char spelt[64];
  std::snprintf(spelt, sizeof spelt, format, value);
  char* end = nullptr;
  const double shown = std::strtod(spelt, &end);
  if (end != spelt && *end == '\0' && std::isfinite(shown)) {
    args.push_back(number_arg(std::move(name), spelt, shown));
  } else {
    text(std::move(name), spelt);
  }
  return *this;
}

Message& Message::spelt_number(std::string name, double value, std::string spelling) {
  args.push_back(number_arg(std::move(name), std::move(spelling), value));
  return *this;
}

Message& Message::count(std::string name, std::uint64_t value) {
  args.push_back(number_arg(std::move(name), std::to_string(value), static_cast<double>(value)));
  return *this;
}

Message& Message::integer(std::string name, std::int64_t value) {
  args.push_back(number_arg(std::move(name), std::to_string(value), static_cast<double>(value)));
  return *this;
}

Message& Message::nested(std::string name, Message value) {
  MessageArg arg;
  arg.name = std::move(name);
  arg.kind = MessageArg::Kind::message;
  arg.message.push_back(std::move(value));
  args.push_back(std::move(arg));
  return *this;
}

std::string message_key(std::string_view words) {
  std::string key;
  bool gap = false;  // a run of other characters becomes one "_", none at either end
  for (const char c : words) {
    const bool lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool upper = c >= 'A' && c <= 'Z';
    if (!lower && !upper) {
      gap = !key.empty();
      continue;
    }
    if (gap) key += '_';
    gap = false;
    key += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

const std::string* english_template(std::string_view id) {
  const auto& table = catalogue();
  const auto it = table.find(id);
  return it == table.end() ? nullptr : &it->second;
}

Result<std::string> render_english(const Message& message) {
  const std::string* pattern = english_template(message.id);
  if (!pattern) return bad(message, "no such id in the catalogue");
  std::string out;
  std::set<std::string_view> used;
  for (std::size_t i = 0; i < pattern->size();) {
    const char c = (*pattern)[i];
    std::size_t close = i + 1;
    while (c == '{' && close < pattern->size() && name_char((*pattern)[close])) ++close;
    if (c != '{' || close == i + 1 || close >= pattern->size() || (*pattern)[close] != '}') {
      out += c;  // not a placeholder: a brace in the prose stays as written
      ++i;
      continue;
    }
    const std::string_view name(pattern->data() + i + 1, close - i - 1);
    const MessageArg* arg = nullptr;
    for (const MessageArg& a : message.args)
      if (a.name == name) arg = &a;
    if (!arg) return bad(message, "no argument for {" + std::string(name) + "}");
    used.insert(arg->name);
    if (arg->kind == MessageArg::Kind::message) {
      if (arg->message.size() != 1) return bad(message, "{" + arg->name + "} holds no message");
      auto inner = render_english(arg->message.front());
      if (!inner) return inner.error();
      out += inner.value();
    } else {
      out += arg->text;
    }
    i = close + 1;
  }
  for (const MessageArg& a : message.args)
    if (!used.count(a.name)) return bad(message, "argument " + a.name + " is not in the template");
  return out;
}

Error::Error(ErrorCode error_code, Message text)
    : code(error_code), message(english(text)), message_msg(std::move(text)) {}

std::string english(const Message& message) {
  auto text = render_english(message);
  return text ? std::move(text).value() : "[" + message.id + "]";
}

}  // namespace cxs
