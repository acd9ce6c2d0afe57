// Value profiles of columns; see column_profile.hpp.
#include "cxs/column_profile.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <vector>

#include "cxs/customer_keys.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/score_cell.hpp"

namespace cxs {
namespace {

constexpr auto trim = [](std::string_view text) { return detail::trim_blanks(text); };

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Digits with + ( ) - . and spaces, 7–15 digits (E.164 allows 15). A bare run of digits is
/// a phone only if it starts with 0 (a national trunk prefix); otherwise it is a number or an
/// id ("360000123456").
bool is_phone(std::string_view cell) {
  if (cell.starts_with('\'')) cell.remove_prefix(1);  // a spreadsheet's text marker
  if (!cell.empty() && std::all_of(cell.begin(), cell.end(), is_digit) && cell[0] != '0')
    return false;
  int digits = 0;
  for (const char c : cell) {
    if (is_digit(c)) {
      ++digits;
    } else if (c != '+' && c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
      return false;
    }
  }
  return digits >= 7 && digits <= 15;
}

/// A whole number: a score cell with an optional label ("10 - Extremely likely", "９"), or a
/// plain run of ASCII digits with an optional sign.
std::optional<std::int64_t> read_integer(std::string_view cell) {
  const ScoreCell small = read_score_cell(cell, 0, 999);
  if (small.kind == ScoreCell::Kind::valid) return small.value;
  if (cell.size() > 18) return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (error != std::errc{} || end != cell.data() + cell.size()) return std::nullopt;
  return value;
}

/// "12.5", "-0.25", "1,234.50", "4,5" (a decimal comma).
bool is_decimal(std::string_view cell) {
  if (!cell.empty() && (cell[0] == '-' || cell[0] == '+')) cell.remove_prefix(1);
  bool digit = false, point = false;
  for (const char c : cell) {
    if (is_digit(c)) {
      digit = true;
    } else if (c == '.' || c == ',') {
      point = true;
    } else {
      return false;
    }
  }
  return digit && point;
}

/// A number with a currency sign or a three-letter code before or after it.
bool is_money(std::string_view cell) {
  bool marked = false;
  for (const std::string_view sign :
       {"$", "\xC2\xA5", "\xE2\x82\xAC", "\xC2\xA3", "\xEF\xBF\xA5"}) {
    if (cell.starts_with(sign)) {
      cell.remove_prefix(sign.size());
      marked = true;
    } else if (cell.ends_with(sign)) {
      cell.remove_suffix(sign.size());
      marked = true;
    }
  }
  if (!marked && cell.size() > 4) {
    const auto code = [](std::string_view t) {
      return t.size() == 3 &&
             std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    if (cell[3] == ' ' && code(cell.substr(0, 3))) {
      cell.remove_prefix(4);
      marked = true;
    } else if (cell[cell.size() - 4] == ' ' && code(cell.substr(cell.size() - 3))) {
      cell.remove_suffix(4);
      marked = true;
    }
  }
  cell = trim(cell);
  if (!marked || cell.empty()) return false;
  if (cell[0] == '-') cell.remove_prefix(1);
  return std::all_of(cell.begin(), cell.end(),
                     [](char c) { return is_digit(c) || c == '.' || c == ','; }) &&
         std::any_of(cell.begin(), cell.end(), is_digit);
}

/// "203.0.113.7": an IPv4 address, which is a token with digits but not anyone's id.
bool is_ipv4(std::string_view cell) {
  int dots = 0;
  for (const char c : cell) {
    if (c == '.') {
      ++dots;
    } else if (!is_digit(c)) {
      return false;
    }
  }
  return dots == 3;
}

/// One token of letters, digits and _-:.# with a digit in it, or a random-looking mixed-case
/// token ("hAZfODeTCnJNCfL": generated ids need not contain a digit).
bool is_id_token(std::string_view cell) {
  if (cell.size() < 2 || cell.size() > 128 || is_ipv4(cell)) return false;
  bool digit = false;
  int inner_upper = 0, lower = 0;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (is_digit(c)) {
      digit = true;
    } else if (!is_letter(c) && c != '_' && c != '-' && c != ':' && c != '.' && c != '#') {
      return false;
    }
    inner_upper += i > 0 && c >= 'A' && c <= 'Z' ? 1 : 0;
    lower += c >= 'a' && c <= 'z' ? 1 : 0;
  }
  return digit || (cell.size() >= 8 && inner_upper >= 2 && lower >= 2);
}

/// "@ava_chen", "ava.chen", "AvaChen", Reddit's "u/ava_chen": one word with a letter, as
/// networks allow.
bool is_handle(std::string_view cell) {
  if (cell.starts_with('@')) cell.remove_prefix(1);
  if (cell.starts_with("u/")) cell.remove_prefix(2);
  if (cell.empty() || cell.size() > 40) return false;
  bool letter = false;
  for (const char c : cell) {
    if (is_letter(c)) {
      letter = true;
    } else if (!is_digit(c) && c != '_' && c != '.') {
      return false;
    }
  }
  return letter;
}

/// The currencies most exports are in (ISO 4217 codes): "web" or "app" are three letters too.
bool is_iso_currency(std::string_view cell) {
  if (cell.size() != 3) return false;
  const std::string code = detail::ascii_lower(cell);
  for (const std::string_view known :
       {"usd", "eur", "jpy", "gbp", "aud", "cad", "chf", "cny", "hkd", "sgd", "nzd",
        "sek", "nok", "dkk", "krw", "inr", "brl", "mxn", "zar", "pln", "czk", "huf",
        "twd", "thb", "idr", "myr", "php", "ils", "aed", "sar", "try", "rub"}) {
    if (code == known) return true;
  }
  return false;
}

/// The longest prefix ending in '_' (Stripe "cus_", "ch_") that ≥ 90% of the cells share.
std::string shared_id_prefix(std::span<const std::string_view> cells) {
  std::map<std::string_view, std::size_t> prefixes;
  for (const std::string_view cell : cells) {
    const std::size_t underscore = cell.find('_');
    if (underscore == std::string_view::npos || underscore == 0 || underscore > 8) continue;
    ++prefixes[cell.substr(0, underscore + 1)];
  }
  for (const auto& [prefix, count] : prefixes) {
    if (count * 10 >= cells.size() * 9) return std::string(prefix);
  }
  return {};
}

}  // namespace

ColumnProfile profile_column(std::span<const std::string_view> cells) {
  ColumnProfile p;
  std::vector<std::string_view> filled;
  for (const std::string_view raw : cells) {
    const std::string_view cell = trim(raw);
    // "null" is how some exports (Marketo, database dumps) write an empty cell.
    if (cell.empty() || cell == "null" || cell == "NULL" || cell == "(null)") {
      ++p.blank;
    } else {
      filled.push_back(cell);
    }
  }
  p.filled = filled.size();
  if (filled.empty()) return p;

  std::size_t identifier = 0, iso_currency = 0, marked = 0, single = 0;
  std::size_t email = 0, phone = 0, international = 0, url = 0, id = 0, integer = 0, decimal = 0,
              money = 0, boolean = 0, handle = 0, currency = 0, multiline = 0, bytes = 0;
  std::set<std::string_view> values;
  std::map<std::string, std::size_t> domains;
  bool first_integer = true;
  for (const std::string_view cell : filled) {
    values.insert(cell);
    bytes += cell.size();
    if (cell.find('\n') != std::string_view::npos) ++multiline;
    const std::optional<std::string> address = normalise_email(cell);
    if (address && cell.find('\n') == cell.npos) {
      ++email;
      ++domains[std::string(email_domain(*address))];
    }
    if (is_phone(cell)) {
      ++phone;
      international += normalise_phone(cell).has_value() ? 1 : 0;
    }
    if (cell.starts_with("http://") || cell.starts_with("https://")) ++url;
    const bool token = is_id_token(cell);
    if (token) ++id;
    if (cell.size() >= 4 && cell.size() <= 128 && std::all_of(cell.begin(), cell.end(), [](char c) {
          return is_digit(c) || is_letter(c) || c == '_' || c == '-' || c == ':' || c == '.' ||
                 c == '#';
        }))
      ++single;
    const std::optional<std::int64_t> value = read_integer(cell);
    if (value) {
      ++integer;
      p.integer_min = first_integer ? *value : std::min(p.integer_min, *value);
      p.integer_max = first_integer ? *value : std::max(p.integer_max, *value);
      first_integer = false;
      if (*value >= 0 && *value <= 10) ++p.small_integers[static_cast<std::size_t>(*value)];
    } else if (is_decimal(cell)) {
      ++decimal;
    }
    if (token || value || address) ++identifier;
    if (is_money(cell)) ++money;
    if (detail::read_true_false(cell) && !is_digit(cell[0])) ++boolean;
    if (is_handle(cell)) {
      ++handle;
      if (cell[0] == '@' || cell.starts_with("u/") ||
          cell.find_first_of("0123456789_") != std::string_view::npos)
        ++marked;
    }
    if (cell.size() == 3 && std::all_of(cell.begin(), cell.end(), is_letter)) ++currency;
    if (is_iso_currency(cell)) ++iso_currency;
  }
  p.distinct = values.size();
  p.email = p.share(email);
  p.phone = p.share(phone);
  p.phone_international = p.share(international);
  p.url = p.share(url);
  p.id_token = p.share(id);
  p.identifier = p.share(identifier);
  p.single_token = p.share(single);
  p.integer = p.share(integer);
  p.decimal = p.share(decimal);
  p.money = p.share(money);
  p.date = date_share(filled, DateOptions{.allow_numeric = false});
  p.boolean = p.share(boolean);
  p.handle = p.share(handle);
  p.handle_marked = p.share(marked);
  p.currency_code = p.share(currency);
  p.iso_currency = p.share(iso_currency);
  p.multiline = p.share(multiline);
  p.mean_length = static_cast<double>(bytes) / static_cast<double>(filled.size());
  p.email_domains = domains.size();
  for (const auto& [domain, count] : domains) {
    const double share = static_cast<double>(count) / static_cast<double>(email);
    if (share > p.top_domain_share) {
      p.top_domain_share = share;
      p.top_domain = domain;
    }
  }
  p.id_prefix = shared_id_prefix(filled);
  p.satisfaction = choose_scale(filled, satisfaction_scales());
  p.agreement = choose_scale(filled, agreement_scales());
  return p;
}

std::string ColumnProfile::summary() const { return english(summary_message()); }

Message ColumnProfile::summary_message() const {
  // A share as the whole percent it rounds to.
  const auto percent = [](double share) {
    return static_cast<std::int64_t>(static_cast<int>(share * 100 + 0.5));
  };
  if (filled == 0) return Message("profile.blank");
  if (email >= 0.5) {
    return Message(email_domains == 1 ? "profile.email.one_domain" : "profile.email.domains")
        .integer("percent", percent(email))
        .count("domains", email_domains);
  }
  if (satisfaction && satisfaction->matched * 2 >= filled) {
    return Message("profile.labels")
        .text("scale", satisfaction->scale->name)
        .integer("percent", percent(share(satisfaction->matched)));
  }
  if (agreement && agreement->matched * 2 >= filled) {
    return Message("profile.labels")
        .text("scale", agreement->scale->name)
        .integer("percent", percent(share(agreement->matched)));
  }
  if (date >= 0.8) return Message("profile.date").integer("percent", percent(date));
  if (!id_prefix.empty()) return Message("profile.id_prefix").text("prefix", id_prefix);
  if (integer >= 0.8)
    return Message("profile.integer").integer("min", integer_min).integer("max", integer_max);
  if (money >= 0.8) return Message("profile.money");
  if (decimal + integer >= 0.8) return Message("profile.number");
  if (phone >= 0.8) return Message("profile.phone");
  if (url >= 0.8) return Message("profile.link");
  if (boolean >= 0.8) return Message("profile.yes_no");
  if (is_category()) return Message("profile.category").count("values", distinct);
  if (id_token >= 0.8 && distinct_ratio() >= 0.9) return Message("profile.id");
  return Message("profile.text").integer("bytes", static_cast<int>(mean_length + 0.5));
}

}  // namespace cxs
