// Header vocabulary and value evidence for column roles; see column_roles.hpp.
#include "cxs/column_roles.hpp"

#include <algorithm>
#include <array>
#include <functional>

#include "cxs/billing_interval.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/score_cell.hpp"

namespace cxs {
namespace {

/// Lowercases ASCII, splits camelCase ("RecipientEmail" → "recipient email") and turns runs
/// of punctuation ('.', '_', '[]', ...) into one space, so "requester.email",
/// "Requester_Email" and "Requester email" compare equal. Non-ASCII passes unchanged.
std::string normalise_header(std::string_view header) {
  std::string out;
  bool pending_space = false;
  char previous = 0;
  for (const char raw : header) {
    const auto c = static_cast<unsigned char>(raw);
    const bool upper = c >= 'A' && c <= 'Z';
    const bool word_byte = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || upper;
    if (!word_byte) {
      pending_space = !out.empty();
      previous = 0;
      continue;
    }
    if (upper && previous >= 'a' && previous <= 'z') pending_space = true;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(upper ? c - 'A' + 'a' : c));
    previous = raw;
  }
  return out;
}

bool has_word(std::string_view text, std::string_view words) {
  std::size_t at = 0;
  while ((at = text.find(words, at)) != std::string_view::npos) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const bool ends = at + words.size() == text.size() || text[at + words.size()] == ' ';
    if (starts && ends) return true;
    ++at;
  }
  return false;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto w) { return has_word(text, w); });
}

bool any_part(std::string_view text, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(), [&](auto p) { return contains(text, p); });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// ---- value checks: the share of non-blank sample cells that fit -------------------------

using CellTest = std::function<bool(std::string_view)>;

bool is_email(std::string_view cell) {
  const std::size_t lt = cell.find('<');
  if (lt != std::string_view::npos) cell = cell.substr(lt + 1);
  cell = trim(cell);
  if (cell.starts_with("mailto:")) cell.remove_prefix(7);
  const std::size_t at = cell.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  const std::size_t dot = cell.find('.', at);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < cell.size() &&
         cell.find_first_of(" \n") == std::string_view::npos;  // "\n": a joined JSON array
}

bool is_phone(std::string_view cell) {
  int digits = 0;
  for (const char c : cell) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '+' && c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
      return false;
    }
  }
  return digits >= 7 && digits <= 15;
}

bool is_number(std::string_view cell) {
  cell = trim(cell);
  if (!cell.empty() && (cell[0] == '$' || cell[0] == '-')) cell.remove_prefix(1);
  if (cell.starts_with("\xC2\xA5") || cell.starts_with("\xE2\x82\xAC")) cell.remove_prefix(2);
  bool digit = false;
  for (const char c : cell) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != ',' && c != ' ') {
      return false;
    }
  }
  return digit;
}

bool is_text(std::string_view cell) { return !is_number(cell); }

bool is_order_name(std::string_view cell) {
  cell = trim(cell);
  if (cell.size() < 2 || cell[0] != '#') return false;
  return std::all_of(cell.begin() + 1, cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_currency(std::string_view cell) {
  cell = trim(cell);
  return cell.size() == 3 && std::all_of(cell.begin(), cell.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
         });
}

bool is_platform(std::string_view cell) {
  const std::string lower = detail::ascii_lower(trim(cell));
  for (const std::string_view known :
       {"twitter", "x", "instagram", "facebook", "tiktok", "linkedin", "youtube", "reddit",
        "threads", "bluesky", "mastodon", "review", "trustpilot", "g2", "google"}) {
    if (lower == known) return true;
  }
  return false;
}

bool is_handle(std::string_view cell) {
  cell = trim(cell);
  if (cell.starts_with('@')) cell.remove_prefix(1);
  return !cell.empty() && cell.size() <= 40 && std::all_of(cell.begin(), cell.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
  });
}

bool is_interval(std::string_view cell) { return read_billing_interval(cell).has_value(); }

bool is_count(std::string_view cell) {
  cell = trim(cell);
  return !cell.empty() && cell.size() <= 4 &&
         std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_true_false(std::string_view cell) { return detail::read_true_false(cell).has_value(); }

/// Author types, one line per part: Intercom's user, lead, contact (customers) and admin, bot,
/// team (staff).
bool is_author_types(std::string_view cell) {
  std::size_t at = 0;
  while (at <= cell.size()) {
    const std::size_t end = std::min(cell.find('\n', at), cell.size());
    const std::string type = detail::ascii_lower(trim(cell.substr(at, end - at)));
    if (!type.empty() && type != "user" && type != "lead" && type != "contact" && type != "admin" &&
        type != "bot" && type != "team")
      return false;
    at = end + 1;
  }
  return true;
}

bool fits_nps(std::string_view cell) {
  return read_score_cell(cell, 0, 10).kind == ScoreCell::Kind::valid;
}
bool fits_csat(std::string_view cell) {
  // Zendesk's "offered"/"unoffered" (asked, not answered) belong to a CSAT column too.
  const std::string_view text = trim(cell);
  return read_csat_cell(text).kind == ScoreCell::Kind::valid || text == "offered" ||
         text == "unoffered";
}
bool fits_ces(std::string_view cell) {
  return read_score_cell(cell, 1, 7).kind == ScoreCell::Kind::valid;
}

struct Fit {
  std::size_t seen = 0;
  double share = 1.0;  ///< of non-blank cells; 1 when the sample has none
};

Fit fit_of(std::span<const std::vector<std::string>> sample, std::size_t column,
           const CellTest& test) {
  std::size_t seen = 0;
  std::size_t fitting = 0;
  for (const auto& row : sample) {
    if (column >= row.size() || trim(row[column]).empty()) continue;
    ++seen;
    fitting += test(row[column]) ? 1 : 0;
  }
  return {seen, seen == 0 ? 1.0 : static_cast<double>(fitting) / static_cast<double>(seen)};
}

Fit date_fit(std::span<const std::vector<std::string>> sample, std::size_t column) {
  std::vector<std::string_view> cells;
  for (const auto& row : sample) {
    if (column < row.size() && !trim(row[column]).empty()) cells.push_back(row[column]);
  }
  if (cells.empty()) return {};
  return {cells.size(), date_share(cells, DateOptions{.allow_numeric = true})};
}

// ---- header vocabulary ------------------------------------------------------------------

struct Candidate {
  Role role;
  double strength;  ///< how surely the header names the role, 0..1
  const char* reason;
  CellTest test;     ///< empty: any value fits
  double min_share;  ///< below this the candidate is dropped
  bool dates = false;
};

bool is_staff(std::string_view h) {
  if (contains(h, "user agent")) return false;  // a browser string, not a person
  return any_word(h, {"assignee", "agent", "owner", "admin", "submitter", "collaborator",
                      "collaborators", "assigned", "rep", "assignee email", "responder"}) ||
         any_part(h, {"担当者", "担当"});
}

bool is_follow_up(std::string_view h) {
  return any_word(h, {"comment", "comments", "reason", "why", "text", "explain"}) ||
         any_part(h, {"理由", "コメント", "ご意見"});
}

bool is_nps_header(std::string_view h) {
  return has_word(h, "nps") || contains(h, "net promoter") ||
         ((contains(h, "likely") || contains(h, "likelihood")) && contains(h, "recommend")) ||
         has_word(h, "ltr") || any_part(h, {"勧め", "薦め", "すすめ", "推奨"});
}

/// Every role this header could name, strongest first.
std::vector<Candidate> candidates_for(std::string_view h) {
  std::vector<Candidate> out;
  auto add = [&](Role role, double strength, const char* reason, CellTest test = {},
                 double min_share = 0.5) {
    out.push_back({role, strength, reason, std::move(test), min_share});
  };
  auto add_date = [&](Role role, double strength, const char* reason) {
    out.push_back({role, strength, reason, {}, 0.6, true});
  };
  const bool staff = is_staff(h);

  if (is_nps_header(h)) {
    if (any_word(h, {"group", "category", "segment", "class"})) {
      add(Role::nps_group, 0.9, "header names the NPS group (a label, not a score)");
    } else if (!is_follow_up(h) && !any_word(h, {"date", "id"})) {
      add(Role::score_nps, has_word(h, "ltr") ? 0.8 : 0.95, "header names the NPS question",
          fits_nps);
    }
  } else if (contains(h, "recommend") && !is_follow_up(h)) {
    add(Role::score_nps, 0.6, "header mentions recommending", fits_nps);
  }
  if ((any_word(h, {"csat", "satisfaction", "satisfied"}) || any_part(h, {"満足"})) &&
      !is_follow_up(h) && !any_word(h, {"date", "comment", "id", "at"})) {
    add(Role::score_csat, 0.9, "header names satisfaction", fits_csat);
  }
  if ((has_word(h, "ces") || contains(h, "effort") || contains(h, "how easy") ||
       contains(h, "easy was it")) &&
      !is_follow_up(h)) {
    add(Role::score_ces, 0.85, "header names customer effort", fits_ces);
  }

  if (contains(h, "email") || contains(h, "e mail") || any_part(h, {"メール"})) {
    add(staff ? Role::agent : Role::customer_email,
        staff ? 0.9
              : (any_word(h, {"requester", "customer", "recipient", "contact", "author"}) ? 0.95
                                                                                          : 0.85),
        staff ? "header names staff e-mail" : "header names an e-mail", is_email);
  } else if (staff) {
    add(Role::agent, 0.85, "header names staff");
  }
  if (!staff) {
    if (any_word(h, {"first name", "firstname", "given name"}) || h == "名") {
      add(Role::customer_first_name, 0.9, "header names a first name", is_text);
    } else if (any_word(h, {"last name", "lastname", "surname", "family name"}) || h == "姓") {
      add(Role::customer_last_name, 0.9, "header names a last name", is_text);
    } else if (any_word(h, {"name", "full name", "requester", "customer", "contact name",
                            "author name", "from name", "billing name"}) ||
               any_part(h, {"お名前", "氏名", "名前"})) {
      if (!any_word(h, {"campaign", "product", "lineitem", "plan", "company", "account", "file",
                        "item", "id", "email", "phone", "handle", "username"})) {
        add(Role::customer_name, h == "name" ? 0.7 : 0.85, "header names a person", is_text);
      }
    }
    if (any_word(h, {"phone", "telephone", "mobile", "phone number", "tel"}) ||
        any_part(h, {"電話", "携帯"})) {
      add(Role::customer_phone, 0.9, "header names a phone number", is_phone);
    }
    if (any_word(h, {"customer id", "customer", "requester id", "user id", "contact id", "lead id",
                     "record id", "author id", "requester", "contact"}) &&
        !contains(h, "name") && !contains(h, "email")) {
      add(Role::customer_id,
          any_word(h, {"customer id", "requester id", "user id", "contact id", "record id"}) ? 0.85
                                                                                             : 0.6,
          "header names the customer's id in the tool");
    }
    if (any_word(h, {"twitter", "twitter username", "handle", "screen name", "username",
                     "author handle", "instagram"})) {
      add(Role::customer_handle, 0.8, "header names a social handle", is_handle, 0.8);
    }
  }
  if (any_word(h, {"platform", "network", "channel", "source"})) {
    add(Role::platform, 0.8, "values name a social network", is_platform, 0.8);
  }
  if (any_word(h, {"id", "response id", "ticket id", "conversation id", "charge id",
                   "subscription id", "responseid", "response", "ticket", "#"}) ||
      h.empty()) {
    if (!any_word(h, {"customer", "user", "requester", "contact", "lead", "record", "assignee",
                      "author"})) {
      add(Role::record_id, h == "id" ? 0.8 : 0.6, "header names the record's id");
    }
  }
  if (any_word(h, {"order id", "order number", "order no"}) || any_part(h, {"注文番号"})) {
    add(Role::order_id, 0.95, "header names an order id");
  } else if (any_word(h, {"order", "name"})) {
    add(Role::order_id, 0.9, "values look like order numbers (#1001)", is_order_name, 0.9);
  }

  if (any_word(h, {"subject", "title"}) || any_part(h, {"件名"})) {
    add(Role::subject, 0.9, "header names a subject", is_text);
  }
  // A thread's later parts (Intercom conversation_parts[].body) have a role of their own: they
  // are read as the customer's words only where the part's author type says so.
  if (has_word(h, "parts body")) {
    add(Role::part_body, 0.9, "header names the later parts of a conversation");
  } else if (any_word(h, {"description", "body", "message", "content"}) ||
             any_part(h, {"本文", "内容"})) {
    add(Role::body, 0.85, "header names a message body");
  }
  if (has_word(h, "parts author type")) {
    add(Role::part_author_type, 0.9, "header names who wrote each part", is_author_types, 0.8);
  }
  if (is_follow_up(h) || any_word(h, {"feedback", "open ended response", "verbatim"})) {
    add(Role::comment, is_nps_header(h) || contains(h, "reason") ? 0.9 : 0.8,
        "header names a free-text answer");
  }

  if (any_word(h, {"submitted at", "submit date", "end date", "date submitted", "recorded date",
                   "timestamp", "response date", "completed at"}) ||
      any_part(h, {"タイムスタンプ", "回答日時"})) {
    add_date(Role::submitted_at, 0.9, "header names when the answer was given");
  }
  if (any_word(h, {"created at", "created", "date created", "created utc", "order date", "date",
                   "created date", "time", "published at", "posted at"}) ||
      any_part(h, {"作成日", "日時", "日付"})) {
    add_date(Role::created_at, any_word(h, {"created at", "created"}) ? 0.9 : 0.7,
             "header names when the record was created");
  }
  if (any_word(h, {"canceled at", "cancelled at", "canceled", "cancelled", "cancellation date",
                   "canceled date", "churn date"}) ||
      any_part(h, {"解約日"})) {
    add_date(Role::canceled_at, 0.9, "header names a cancellation");
  }
  // Stripe's "Current Period End" is the end of the paid period, not of the subscription.
  if (any_word(h, {"ended at", "end date", "ends at", "ended"}) && !contains(h, "period")) {
    add_date(Role::ended_at, 0.8, "header names an end");
  }
  if (any_word(h, {"responded date", "first responded date", "responded at"})) {
    add_date(Role::responded_at, 0.9, "header names a campaign response");
  }

  if (any_word(h, {"total", "amount", "price", "revenue", "value", "amount paid"}) ||
      any_part(h, {"金額", "合計"})) {
    if (!any_word(h, {"lineitem price", "discount", "tax", "shipping", "refunded", "fee"})) {
      add(Role::amount, any_word(h, {"total", "amount"}) ? 0.9 : 0.6, "header names an amount",
          is_number, 0.8);
    }
  }
  if (any_word(h, {"currency"}) || any_part(h, {"通貨"})) {
    add(Role::currency, 0.9, "header names a currency", is_currency, 0.8);
  }
  if (any_word(h, {"status", "financial status", "state"}) || any_part(h, {"ステータス"})) {
    add(Role::status, has_word(h, "status") ? 0.85 : 0.6, "header names a status", is_text);
  }
  if (any_word(h, {"plan", "product", "tier", "price id"}) || any_part(h, {"プラン"})) {
    add(Role::plan, 0.8, "header names a plan");
  }
  if (any_word(h, {"interval", "billing interval", "billing period", "billing cycle"}) &&
      !has_word(h, "count")) {
    add(Role::billing_interval, 0.9, "header names a billing interval", is_interval, 0.8);
  }
  if (has_word(h, "interval count")) {
    add(Role::billing_interval_count, 0.9, "header names a billing interval count", is_count, 0.8);
  }
  if (any_word(h, {"current period end", "period end", "renewal date", "next renewal", "renews at",
                   "next billing date"}) &&
      !has_word(h, "cancel")) {
    add_date(Role::current_period_end, 0.9, "header names the end of the paid period");
  }
  if (any_word(h, {"cancel at period end", "cancel at end of period", "cancels at period end"})) {
    add(Role::cancel_at_period_end, 0.95, "header names a cancellation at the period end",
        is_true_false, 0.8);
  }
  if (any_word(h, {"followers", "follower count", "reach", "audience"}) ||
      any_part(h, {"フォロワー"})) {
    add(Role::followers, 0.9, "header names followers", is_number, 0.8);
  }
  if (any_word(h, {"campaign", "campaign name"})) {
    add(Role::campaign, 0.9, "header names a campaign", is_text);
  }
  if (any_word(h, {"url", "link", "permalink"})) add(Role::url, 0.8, "header names a link");
  if (any_word(h, {"country", "region", "channel", "segment", "industry", "language", "locale",
                   "market", "device", "company size", "source channel"}) ||
      any_part(h, {"国", "地域", "チャネル", "業種", "言語", "セグメント"})) {
    add(Role::segment, 0.7, "header names a category to compare groups by", is_text);
  }
  return out;
}

/// Roles a source may give to several columns.
bool may_repeat(Role role) { return role == Role::agent || role == Role::segment; }

}  // namespace

const char* to_string(Role role) {
  switch (role) {
    case Role::record_id:
      return "record_id";
    case Role::customer_email:
      return "customer_email";
    case Role::customer_name:
      return "customer_name";
    case Role::customer_first_name:
      return "customer_first_name";
    case Role::customer_last_name:
      return "customer_last_name";
    case Role::customer_phone:
      return "customer_phone";
    case Role::customer_id:
      return "customer_id";
    case Role::customer_handle:
      return "customer_handle";
    case Role::agent:
      return "agent";
    case Role::platform:
      return "platform";
    case Role::score_nps:
      return "score_nps";
    case Role::nps_group:
      return "nps_group";
    case Role::score_csat:
      return "score_csat";
    case Role::score_ces:
      return "score_ces";
    case Role::comment:
      return "comment";
    case Role::subject:
      return "subject";
    case Role::body:
      return "body";
    case Role::part_body:
      return "part_body";
    case Role::part_author_type:
      return "part_author_type";
    case Role::submitted_at:
      return "submitted_at";
    case Role::created_at:
      return "created_at";
    case Role::canceled_at:
      return "canceled_at";
    case Role::ended_at:
      return "ended_at";
    case Role::responded_at:
      return "responded_at";
    case Role::order_id:
      return "order_id";
    case Role::amount:
      return "amount";
    case Role::currency:
      return "currency";
    case Role::status:
      return "status";
    case Role::plan:
      return "plan";
    case Role::billing_interval:
      return "billing_interval";
    case Role::billing_interval_count:
      return "billing_interval_count";
    case Role::current_period_end:
      return "current_period_end";
    case Role::cancel_at_period_end:
      return "cancel_at_period_end";
    case Role::segment:
      return "segment";
    case Role::followers:
      return "followers";
    case Role::campaign:
      return "campaign";
    case Role::url:
      return "url";
  }
  return "attribute";
}

std::optional<Role> role_from_string(std::string_view name) {
  for (std::size_t i = 0; i < kRoleCount; ++i) {
    const auto role = static_cast<Role>(i);
    if (name == to_string(role)) return role;
  }
  return std::nullopt;
}

std::optional<ColumnRole> SourceMapping::find(Role role) const {
  for (const ColumnRole& column : columns) {
    if (column.role == role) return column;
  }
  return std::nullopt;
}

SourceMapping detect_column_roles(std::span<const std::string> header,
                                  std::span<const std::vector<std::string>> sample,
                                  const MappingOverride& override_roles) {
  std::vector<ColumnRole> scored;
  std::vector<bool> fixed(header.size(), false);
  SourceMapping mapping;
  std::vector<Role> taken;
  for (std::size_t index = 0; index < header.size(); ++index) {
    const auto forced = override_roles.columns.find(header[index]);
    if (forced == override_roles.columns.end()) continue;
    fixed[index] = true;
    if (const auto role = role_from_string(forced->second)) {
      mapping.columns.push_back({index, header[index], *role, 1.0, "set by the mapping option"});
      taken.push_back(*role);
    }
  }
  for (std::size_t index = 0; index < header.size(); ++index) {
    if (fixed[index]) continue;
    const std::string h = normalise_header(header[index]);
    for (const Candidate& candidate : candidates_for(h)) {
      const Fit fit = candidate.dates  ? date_fit(sample, index)
                      : candidate.test ? fit_of(sample, index, candidate.test)
                                       : Fit{};
      if (fit.share < candidate.min_share) continue;
      scored.push_back({index, header[index], candidate.role,
                        candidate.strength * (0.5 + 0.5 * fit.share),
                        std::string(candidate.reason) + (fit.seen == 0 ? "; no sample values"
                                                         : candidate.test || candidate.dates
                                                             ? "; sample values fit"
                                                             : "")});
    }
  }
  // Best first; ties keep the leftmost column, so the result never depends on sort details.
  std::stable_sort(scored.begin(), scored.end(), [](const ColumnRole& a, const ColumnRole& b) {
    return a.confidence > b.confidence;
  });
  std::vector<bool> used = fixed;
  for (const ColumnRole& column : scored) {
    if (used[column.index]) continue;
    if (!may_repeat(column.role) &&
        std::find(taken.begin(), taken.end(), column.role) != taken.end()) {
      continue;
    }
    used[column.index] = true;
    taken.push_back(column.role);
    mapping.columns.push_back(column);
  }
  std::sort(mapping.columns.begin(), mapping.columns.end(),
            [](const ColumnRole& a, const ColumnRole& b) { return a.index < b.index; });
  return mapping;
}

}  // namespace cxs
