// Key normalisation for identity linking; see customer_keys.hpp.
#include "cxs/customer_keys.hpp"

#include <algorithm>

#include "cxs/detail/ascii.hpp"

namespace cxs {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '"')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '"' ||
                           text.back() == '\r' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

std::string lower(std::string_view text) { return detail::ascii_lower(text); }

}  // namespace

std::optional<std::string> normalise_email(std::string_view text) {
  // "Ava <ava@x.example>", and CRMs' "Ava Chen (ava@x.example)".
  for (const auto& [open_char, close_char] : {std::pair{'<', '>'}, std::pair{'(', ')'}}) {
    const std::size_t open = text.find(open_char);
    if (open == std::string_view::npos || text.find('@', open) == std::string_view::npos) continue;
    const std::size_t close = text.find(close_char, open);
    text = text.substr(open + 1, close == std::string_view::npos ? text.npos : close - open - 1);
    break;
  }
  text = trim(text);
  if (text.size() > 7 && lower(text.substr(0, 7)) == "mailto:") text.remove_prefix(7);
  const std::size_t at = text.find('@');
  if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != text.npos) {
    return std::nullopt;
  }
  const std::size_t dot = text.find('.', at);
  if (dot == std::string_view::npos || dot == at + 1 || dot + 1 == text.size()) {
    return std::nullopt;
  }
  if (std::any_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == ','; })) {
    return std::nullopt;
  }
  return lower(text);
}

std::optional<std::string> normalise_phone(std::string_view text) {
  text = trim(text);
  // A leading apostrophe is how spreadsheets (and Shopify's exports) keep "+1..." as text.
  if (text.starts_with('\'')) text.remove_prefix(1);
  bool international = false;
  if (text.starts_with('+')) {
    international = true;
    text.remove_prefix(1);
  } else if (text.starts_with("00")) {
    international = true;
    text.remove_prefix(2);
  }
  if (!international) return std::nullopt;
  std::string digits = "+";
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
      return std::nullopt;
    }
  }
  // "+81 (0)90-..." style trunk zeros are written by people; E.164 drops them.
  if (digits.size() > 4 && digits[1] == '8' && digits[2] == '1' && digits[3] == '0') {
    digits.erase(3, 1);
  }
  const std::size_t count = digits.size() - 1;
  if (count < 7 || count > 15) return std::nullopt;
  return digits;
}

std::optional<std::string> normalise_handle(std::string_view handle, std::string_view platform) {
  handle = trim(handle);
  if (handle.starts_with('@')) handle.remove_prefix(1);
  if (handle.empty()) return std::nullopt;
  std::string space = lower(trim(platform));
  if (space.empty() || space == "x" || space == "twitter" || space == "x.com") space = "twitter";
  return space + ":" + lower(handle);
}

std::optional<std::string> namespaced_id(std::string_view id, std::string_view scope) {
  id = trim(id);
  if (id.empty() || id == "null" || id == "0") return std::nullopt;
  if (id.starts_with("cus_")) return "stripe:" + std::string(id);
  return std::string(scope) + ":" + std::string(id);
}

std::string_view email_domain(std::string_view email) {
  const std::size_t at = email.find('@');
  return at == std::string_view::npos ? std::string_view{} : email.substr(at + 1);
}

bool is_webmail_domain(std::string_view domain) {
  for (const std::string_view d :
       {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.jp", "outlook.com", "hotmail.com",
        "live.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
        "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp"}) {
    if (domain == d) return true;
  }
  return false;
}

}  // namespace cxs
