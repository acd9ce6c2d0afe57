// Candidate roles of one column: the header vocabulary (English, Japanese, tools' field names)
// and the value checks each role asks for; see detail/role_candidates.hpp.
#include "cxs/detail/role_candidates.hpp"

#include <algorithm>
#include <array>
#include <functional>

#include "cxs/billing_interval.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/header_words.hpp"
#include "cxs/label_scales.hpp"
#include "cxs/score_cell.hpp"

namespace cxs::detail {
namespace {

/// 顧客ID, 会員番号, リード ID, お客様番号: a Japanese "customer/member/lead" noun with ID or 番号.
bool japanese_customer_id(std::string_view h) {
  return any_part(h, {"顧客", "会員", "リード", "お客様", "取引先責任者", "ユーザー", "依頼者"}) &&
         (has_word(h, "id") || contains(h, "id") || any_part(h, {"番号", "コード"}));
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// ---- value checks: the share of non-blank sample cells that fit -------------------------
// Most checks are read off the column's profile (column_profile.hpp); these few are about
// vocabularies only one role uses.

using CellTest = std::function<bool(std::string_view)>;

bool is_order_name(std::string_view cell) {
  cell = trim(cell);
  if (cell.size() < 2 || cell[0] != '#') return false;
  return std::all_of(cell.begin() + 1, cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_platform(std::string_view cell) {
  const std::string lower = ascii_lower(trim(cell));
  for (const std::string_view known :
       {"twitter", "x", "instagram", "facebook", "tiktok", "linkedin", "youtube", "reddit",
        "threads", "bluesky", "mastodon", "review", "trustpilot", "g2", "google"}) {
    if (lower == known) return true;
  }
  return false;
}

bool is_interval(std::string_view cell) { return read_billing_interval(cell).has_value(); }

bool is_true_false(std::string_view cell) { return read_true_false(cell).has_value(); }

/// Author types, one line per part: Intercom's user, lead, contact (customers) and admin, bot,
/// team (staff).
bool is_author_types(std::string_view cell) {
  std::size_t at = 0;
  while (at <= cell.size()) {
    const std::size_t end = std::min(cell.find('\n', at), cell.size());
    const std::string type = ascii_lower(trim(cell.substr(at, end - at)));
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

Fit fit_of(std::span<const std::string_view> cells, const CellTest& test) {
  std::size_t seen = 0;
  std::size_t fitting = 0;
  for (const std::string_view cell : cells) {
    if (trim(cell).empty()) continue;
    ++seen;
    fitting += test(cell) ? 1 : 0;
  }
  return {seen, seen == 0 ? 1.0 : static_cast<double>(fitting) / static_cast<double>(seen)};
}

Fit date_fit(std::span<const std::string_view> cells) {
  std::vector<std::string_view> filled;
  for (const std::string_view cell : cells) {
    if (!trim(cell).empty()) filled.push_back(cell);
  }
  if (filled.empty()) return {};
  return {filled.size(), date_share(filled, DateOptions{.allow_numeric = true})};
}

/// CSAT cells read on the column's own label scale; Zendesk's "offered"/"unoffered" (asked,
/// not answered) belong to a CSAT column too.
Fit csat_fit(std::span<const std::string_view> cells, const LabelScale* scale) {
  return fit_of(cells, [scale](std::string_view cell) {
    return read_csat_cell(cell, scale).kind == ScoreCell::Kind::valid || is_unanswered_rating(cell);
  });
}

// ---- header vocabulary ------------------------------------------------------------------

}  // namespace

/// Share of the column's non-blank cells that fit, and how many there were.
Fit values_fit(Values values, const ColumnFacts& c) {
  const ColumnProfile& p = c.profile;
  if (p.filled == 0) return {};
  const auto of = [&](double share) { return Fit{p.filled, share}; };
  const double numeric = std::min(1.0, p.integer + p.decimal + p.money);
  switch (values) {
    case Values::any:
      return of(1.0);
    case Values::email:
      return of(p.email);
    case Values::phone:
      return of(p.phone);
    case Values::text:
      return of(1.0 - numeric);
    case Values::person: {
      // Names repeat little, hold no address and few digits; a tier or a status repeats.
      const bool plain = p.email < 0.2 && p.integer < 0.2 && p.mean_length <= 60 &&
                         p.handle_marked < 0.5 && p.id_token < 0.5 && p.multiline < 0.05 &&
                         !p.is_category() && p.date < 0.5;
      return of(plain ? 1.0 - numeric : 0.0);
    }
    case Values::id:
      // Small whole numbers (a 1-5 sub-rating, a count) are not anyone's id.
      return of(p.multiline < 0.05 && !(p.is_category() && p.distinct <= 3) &&
                        !(p.integer >= 0.9 && p.integer_max <= 10)
                    ? p.identifier
                    : 0.0);
    case Values::unique_id:
      // Different on every row and one token each ("mOWxq5", "R_1a2B3c", "15236").
      return of(p.distinct_ratio() >= 0.9 ? std::max({p.id_token, p.integer, p.single_token})
                                          : 0.0);
    case Values::number:
      return of(numeric);
    case Values::currency:
      return of(p.currency_code);
    case Values::handle:
      return of(p.handle);
    case Values::count:
      return of(p.integers_within(0, 9999, 0.0) ? p.integer : 0.0);
    case Values::nps:
      return fit_of(c.cells, fits_nps);
    case Values::csat:
      return csat_fit(c.cells, p.satisfaction ? p.satisfaction->scale : nullptr);
    case Values::ces: {
      const LabelScale* scale = p.agreement ? p.agreement->scale : nullptr;
      return fit_of(c.cells, [scale](std::string_view cell) {
        return read_ces_cell(cell, scale).kind == ScoreCell::Kind::valid;
      });
    }
    case Values::dates:
      return date_fit(c.cells);
    case Values::order_name:
      return fit_of(c.cells, is_order_name);
    case Values::platform:
      return fit_of(c.cells, is_platform);
    case Values::interval:
      return fit_of(c.cells, is_interval);
    case Values::true_false:
      return fit_of(c.cells, is_true_false);
    case Values::author_types:
      return fit_of(c.cells, is_author_types);
    case Values::category:
      return of(p.is_category() || p.filled < 4 ? 1.0 : 0.0);
  }
  return {};
}

namespace {

bool is_staff(std::string_view h) {
  if (contains(h, "user agent")) return false;  // a browser string, not a person
  return any_word(
             h, {"assignee",     "agent",         "owner",           "admin",      "submitter",
                 "collaborator", "collaborators", "assigned",        "rep",        "assignee email",
                 "responder",    "employee",      "staff",           "teammate",   "operator",
                 "associate",    "csm",           "account manager", "handled by", "resolved by",
                 "closed by",    "sales rep",     "team member"}) ||
         any_part(h, {"担当者", "担当", "対応者", "社員", "スタッフ"});
}

}  // namespace

bool is_follow_up(std::string_view h) {
  return any_word(h, {"comment", "comments", "reason", "why", "text", "explain"}) ||
         any_part(h, {"理由", "コメント", "ご意見"});
}

namespace {}  // namespace

bool is_nps_header(std::string_view h) {
  return has_word(h, "nps") || contains(h, "net promoter") ||
         ((contains(h, "likely") || contains(h, "likelihood")) && contains(h, "recommend")) ||
         has_word(h, "ltr") || any_part(h, {"勧め", "薦め", "すすめ", "推奨"});
}

namespace {}  // namespace

/// "made it easy for me", "how easy was it", "effort": the customer effort question.
bool is_effort_header(std::string_view h) {
  return has_word(h, "ces") || contains(h, "effort") || contains(h, "how easy") ||
         contains(h, "easy was it") || contains(h, "made it easy") || contains(h, "easy to") ||
         contains(h, "easy for me") || any_part(h, {"簡単", "手間", "容易"});
}

namespace {}  // namespace

/// A generic score field ("score", "rating", "star_rating", "評価"): the values say which scale.
bool is_score_word(std::string_view h) {
  // A score the tool computes about someone (a lead's, a member's engagement), or a rate that
  // is a ratio (exchange, tax, fee, conversion), is no answer.
  if (any_word(h, {"sentiment", "lead",       "health",     "risk",     "credit",   "fraud",
                   "spam",      "lifetime",   "engagement", "priority", "weight",   "confidence",
                   "quality",   "seo",        "member",     "contact",  "exchange", "tax",
                   "fee",       "conversion", "interest",   "open",     "click",    "bounce",
                   "growth",    "commission", "discount",   "hourly",   "unit",     "percentage"}))
    return false;
  return any_word(h, {"score", "rating", "rate", "rated", "stars", "star", "star rating", "grade",
                      "review rating", "answer", "happiness", "feedback rating"}) ||
         any_part(h, {"評価", "スコア", "点数", "星"});
}

namespace {

/// Headers that name a thing other than a person though they contain "name" or "customer".
bool names_a_thing(std::string_view h) {
  return any_word(
      h, {"campaign", "product",  "lineitem",    "plan",        "company",      "account",
          "file",     "item",     "id",          "email",       "phone",        "handle",
          "username", "query",    "topic",       "project",     "reward",       "program",
          "brand",    "survey",   "question",    "tag",         "tags",         "group",
          "team",     "queue",    "department",  "category",    "tier",         "segment",
          "type",     "level",    "status",      "stage",       "organization", "organisation",
          "org",      "domain",   "app",         "store",       "shop",         "form",
          "list",     "view",     "channel",     "location",    "region",       "country",
          "city",     "language", "number",      "no",          "code",         "subscription",
          "invoice",  "deal",     "opportunity", "screen name", "ip",           "address",
          "agent"});
}

}  // namespace

/// A question put to the respondent ("Which channels did you use to contact us?") is never a
/// key field, whatever words it contains; its values alone can make it one.
bool is_question(std::string_view raw, std::string_view h) {
  if (raw.find('?') != std::string_view::npos || raw.find("\xEF\xBC\x9F") != std::string_view::npos)
    return true;
  return std::count(h.begin(), h.end(), ' ') >= 6;
}

namespace {

/// Words that make "<thing> id" the id of something other than the customer.
bool names_a_thing_but_id(std::string_view h) {
  return any_word(
      h, {"group",    "brand",     "organization", "organisation", "form",    "product", "variant",
          "campaign", "survey",    "order",        "ticket",       "team",    "queue",   "query",
          "project",  "tag",       "tier",         "type",         "segment", "level",   "status",
          "stage",    "lifecycle", "ip",           "ip address",   "session", "device"});
}

/// Roles the values alone make likely, whatever the header says (a neutral "col3", a
/// question, a tool's own field name). They are weaker than a header that names the role,
/// so a header still decides between two columns whose values both fit.
void add_value_candidates(const ColumnFacts& c, std::vector<Candidate>& out) {
  const ColumnProfile& p = c.profile;
  const std::string_view h = c.h;
  if (p.filled == 0) return;
  auto add = [&](Role role, double strength, const char* reason, Values values, double min_share) {
    out.push_back({role, strength, reason, values, min_share});
  };
  const bool staff = is_staff(h);
  if (p.email >= 0.8) {
    // Beside a word for a person ("Contact handle"), addresses are that person's e-mail, more
    // specifically than the id or handle the header alone suggests.
    const bool person =
        any_word(h, {"contact", "customer", "requester", "user", "from", "author", "sender",
                     "member", "buyer", "client", "respondent", "person", "end user"});
    add(staff ? Role::agent : Role::customer_email, person ? 0.7 : 0.55,
        "values are e-mail addresses", Values::email, 0.8);
  }
  if (!staff && p.phone_international >= 0.8) {
    add(Role::customer_phone, 0.5, "values are international phone numbers", Values::phone, 0.8);
  }
  if (p.id_prefix == "cus_") {
    add(Role::customer_id, 0.8, "values are Stripe customer ids (cus_)", Values::id, 0.8);
  } else if (p.id_prefix == "ch_" || p.id_prefix == "py_" || p.id_prefix == "pi_" ||
             p.id_prefix == "in_" || p.id_prefix == "sub_" || p.id_prefix == "txn_" ||
             p.id_prefix == "ctm_" || p.id_prefix == "R_") {
    add(p.id_prefix == "ctm_" ? Role::customer_id : Role::record_id, 0.7,
        "values are ids with a tool's record prefix",
        p.id_prefix == "ctm_" ? Values::id : Values::unique_id, 0.8);
  }
  // Label answers on a satisfaction scale decide the role; the header is often the question.
  // A two- or three-point scale (good / okay / bad) is common outside ratings, so it needs a
  // header that says rating.
  const bool short_scale = p.satisfaction && p.satisfaction->scale->size() <= 3;
  if (p.satisfaction &&
      static_cast<double>(p.satisfaction->matched) >= 0.6 * static_cast<double>(p.filled) &&
      !is_follow_up(h) && (!short_scale || is_score_word(h))) {
    add(Role::score_csat, 0.8, "values are answers on a satisfaction scale", Values::csat, 0.6);
  }
  // A generic score field: the range of its values says which question it is.
  if (is_score_word(h) && !is_follow_up(h) && !is_nps_header(h) && p.integer >= 0.8) {
    if (is_effort_header(h) && p.integers_within(1, 7, 0.8)) {
      add(Role::score_ces, 0.85, "a score column answered 1-7 about effort", Values::ces, 0.8);
    } else if (p.integers_within(1, 5, 0.8)) {
      add(Role::score_csat, 0.75, "a rating column answered 1-5", Values::csat, 0.8);
    } else if (p.integers_within(1, 7, 0.8) && p.integer_max >= 6) {
      // 1–7 with no 0, 8, 9 or 10 among the answers: the seven-point effort scale, not NPS.
      add(Role::score_ces, 0.6, "a score column answered 1-7", Values::ces, 0.8);
    } else if (p.integers_within(0, 10, 0.8) && p.integer_max > 5) {
      add(Role::score_nps, 0.75, "a score column answered 0-10", Values::nps, 0.8);
    }
  }
  // Answers spread over the whole 0-10 scale (≥ 5 different, some 9-10 and some ≤ 6) under a
  // header that names nothing (Qualtrics' "QID1"): the recommend question's shape, weakly.
  if (p.integer >= 0.95 && p.integers_within(0, 10) && p.integer_max >= 9 && p.integer_min <= 6 &&
      p.distinct >= 5 && !is_score_word(h) && !names_a_measure(h)) {
    add(Role::score_nps, 0.35, "values are answers on a 0-10 scale", Values::nps, 0.95);
  }
  if (p.date >= 0.9) {
    add(Role::created_at, 0.35, "values are dates", Values::dates, 0.9);
  }
  if (p.url >= 0.8) add(Role::url, 0.45, "values are links", Values::any, 0.8);
  if (p.money >= 0.8) add(Role::amount, 0.45, "values are money", Values::number, 0.8);
  if (p.iso_currency >= 0.95 && p.is_category()) {
    add(Role::currency, 0.4, "values are currency codes", Values::currency, 0.9);
  }
  // No text role from values alone: free text with no header saying whose words they are
  // may be the company's reply, and signals must read only the customer's words.
}

/// A word for the customer as a person, in the tools' vocabularies.
bool names_a_person(std::string_view h) {
  return any_word(h, {"customer", "requester", "user", "contact", "lead", "member", "buyer",
                      "subscriber", "person", "end user", "client", "consumer", "shopper",
                      "reporter", "customers", "users", "contacts", "members", "people"});
}

/// "Responded" is the only answer-time word in the header.
bool responded_only(std::string_view h) {
  return has_word(h, "responded") &&
         !any_word(h, {"submitted at", "submit date", "end date", "date submitted", "recorded date",
                       "timestamp", "response date", "completed at", "submitted", "responded on"});
}

/// A column about someone other than the customer: a gift's shipping recipient, an emergency
/// contact, a referrer.
bool names_another_person(std::string_view h) {
  return any_word(h, {"shipping", "ship to", "delivery", "gift", "emergency", "referrer",
                      "referred by", "spouse", "descriptor", "merchant", "seller"});
}

}  // namespace

/// "Requester wait time in minutes", "Assignee stations", "Assigned at": a measure or a time
/// about a person, not the person.
bool names_a_measure(std::string_view h) {
  return any_word(h, {"time",         "minutes",  "hours",    "seconds", "days",    "duration",
                      "wait",         "stations", "count",    "reopens", "replies", "at",
                      "date",         "rate",     "score",    "percent", "average", "total",
                      "interactions", "visits",   "sessions", "views",   "clicks",  "opens",
                      "purchases",    "orders",   "tickets",  "items",   "logins"});
}

namespace {

/// Report tools write "Object: Field" (Zuora "Subscription: ID", Salesforce "Account: Name"):
/// the object before the colon says whose field it is. True when that object is a thing the
/// company sells or records (a subscription, an order, an invoice), not the customer.
bool belongs_to_a_thing(std::string_view raw) {
  const std::string_view written = header_object(raw);
  if (written.empty()) return false;
  const std::string object = normalise_header(written);
  return any_word(object, {"subscription", "subscriptions", "order", "orders", "invoice",
                           "invoices", "ticket", "case", "deal", "opportunity", "product", "plan",
                           "payment", "charge", "transaction", "rate plan", "charge"});
}

}  // namespace

/// Every role this header could name, strongest first.
std::vector<Candidate> candidates_for(const ColumnFacts& c) {
  const std::string_view h = c.h;
  std::vector<Candidate> out;
  auto add = [&](Role role, double strength, const char* reason, Values values = Values::any,
                 double min_share = 0.5) {
    out.push_back({role, strength, reason, values, min_share});
  };
  auto add_date = [&](Role role, double strength, const char* reason) {
    add(role, strength, reason, Values::dates, 0.6);
  };
  const bool measure = names_a_measure(h);
  const bool staff = is_staff(h) && !measure;
  // Questions name answers and measures name numbers, not identities.
  const bool key_field = !c.question && !measure;
  // ... and a field of someone else, or of a thing ("Subscription: Name"), is not the customer.
  const bool person_field = key_field && !names_another_person(h) && !belongs_to_a_thing(c.raw);

  if (is_nps_header(h)) {
    if (any_word(h, {"group", "category", "segment", "class", "type"})) {
      add(Role::nps_group, 0.9, "header names the NPS group (a label, not a score)");
    } else if (!is_follow_up(h) && !any_word(h, {"date", "id"})) {
      add(Role::score_nps, has_word(h, "ltr") ? 0.8 : 0.95, "header names the NPS question",
          Values::nps);
    }
  } else if (contains(h, "recommend") && !is_follow_up(h)) {
    add(Role::score_nps, 0.6, "header mentions recommending", Values::nps);
  }
  if ((any_word(h, {"csat", "satisfaction", "satisfied"}) || any_part(h, {"満足"})) &&
      !is_follow_up(h) && !any_word(h, {"date", "comment", "id", "at"})) {
    add(Role::score_csat, 0.9, "header names satisfaction", Values::csat);
  }
  if (is_effort_header(h) && !is_follow_up(h)) {
    add(Role::score_ces, 0.85, "header names customer effort", Values::ces);
  }

  if ((contains(h, "email") || contains(h, "e mail") || any_part(h, {"メール"})) &&
      !names_another_person(h)) {
    add(staff ? Role::agent : Role::customer_email,
        staff ? 0.9
              : (any_word(h, {"requester", "customer", "recipient", "contact", "author", "user",
                              "respondent", "buyer", "billing", "subscriber", "member", "reviewer",
                              "consumer"})
                     ? 0.95
                     : 0.85),
        staff ? "header names staff e-mail" : "header names an e-mail", Values::email);
  } else if (staff) {
    add(Role::agent, 0.85, "header names staff");
  }
  if (!staff && person_field) {
    if (any_word(h, {"first name", "firstname", "given name"}) || h == "名") {
      add(Role::customer_first_name, 0.9, "header names a first name", Values::text);
    } else if (any_word(h, {"last name", "lastname", "surname", "family name"}) || h == "姓") {
      add(Role::customer_last_name, 0.9, "header names a last name", Values::text);
    } else if (any_word(h, {"name", "full name", "requester", "customer", "contact name",
                            "author name", "from name", "billing name", "reviewer", "respondent",
                            "author", "from", "sender", "contact", "associated contact", "reporter",
                            "visitor", "influencer", "nickname"}) ||
               any_part(h, {"お名前", "氏名", "名前", "依頼者", "連絡先名", "顧客名"})) {
      if (!names_a_thing(h)) {
        add(Role::customer_name, h == "name" ? 0.7 : 0.85, "header names a person", Values::person);
      }
    }
    if (any_word(h, {"phone", "telephone", "mobile", "phone number", "tel"}) ||
        any_part(h, {"電話", "携帯"})) {
      add(Role::customer_phone, 0.9, "header names a phone number", Values::phone);
    }
    if (any_word(h, {"customer id",
                     "customer",
                     "requester id",
                     "user id",
                     "contact id",
                     "lead id",
                     "author id",
                     "requester",
                     "contact",
                     "customer number",
                     "person id",
                     "member id",
                     "buyer id",
                     "subscriber id",
                     "account id",
                     "end user id",
                     "customerid",
                     "account code",
                     "user",
                     "reporter id",
                     "reporter",
                     "account number",
                     "customer account",
                     "external reference",
                     "external data reference",
                     "external ref",
                     "userid",
                     "contactid",
                     "contacts id",
                     "users id",
                     "customers id",
                     "people id",
                     "custom data",
                     "cid",
                     "recipient id"}) &&
        !contains(h, "name") && !contains(h, "email") && !names_a_thing_but_id(h)) {
      add(Role::customer_id,
          any_word(h, {"customer id", "requester id", "user id", "contact id", "customer number",
                       "person id", "member id", "buyer id", "subscriber id", "end user id",
                       "customerid", "account code", "external reference",
                       "external data reference", "userid", "contactid"}) ||
                  japanese_customer_id(h)
              ? 0.85
              : 0.6,
          "header names the customer's id in the tool", Values::id, 0.8);
    } else if (names_a_person(h) &&
               ends_with_word(h, {"id", "code", "number", "ref", "reference", "key"})) {
      // "<person> external id", "end_user.external_id": an id of the person.
      add(Role::customer_id, 0.7, "header names an id of the customer", Values::id, 0.8);
    } else if (japanese_customer_id(h) || any_part(h, {"カスタム データ", "カスタムデータ"})) {
      // SurveyMonkey's "Custom Data" (カスタム データ in its Japanese UI) carries the id the
      // survey link was sent with.
      add(Role::customer_id, 0.85, "header names the customer's id in the tool", Values::id, 0.8);
    }
    if (any_word(h, {"twitter", "twitter username", "handle", "screen name", "username",
                     "author handle", "instagram", "user name", "nickname"}) &&
        !any_word(h, {"device", "product", "app", "team", "group", "company"})) {
      add(Role::customer_handle, 0.8, "header names a social handle", Values::handle, 0.8);
    } else if (any_word(h, {"author", "poster", "posted by"}) && c.profile.handle_marked >= 0.5 &&
               !ends_with_word(h, {"id", "ids", "type", "email", "name"})) {
      // A post's author written as a user name (digits, underscores, @): the handle.
      add(Role::customer_handle, 0.9, "the author is a user name", Values::handle, 0.7);
    }
  }
  if (key_field && any_word(h, {"platform", "network", "channel", "source"})) {
    add(Role::platform, 0.8, "values name a social network", Values::platform, 0.8);
  }
  if (key_field && (any_word(h, {"id",
                                 "response id",
                                 "ticket id",
                                 "conversation id",
                                 "charge id",
                                 "subscription id",
                                 "responseid",
                                 "ticket",
                                 "#",
                                 "uuid",
                                 "review id",
                                 "mention id",
                                 "transaction id",
                                 "invoice id",
                                 "number",
                                 "case id",
                                 "case number",
                                 "ticket number",
                                 "issue key",
                                 "slug",
                                 "record id",
                                 "submission id",
                                 "key",
                                 "payment id",
                                 "chat id"}) ||
                    any_part(h, {"回答id", "回答 id", "チケットid", "チケット id", "問い合わせid",
                                 "問い合わせ id"}) ||
                    h.empty())) {
    if (!any_word(h, {"customer", "user", "requester", "contact", "lead", "assignee", "author",
                      "external", "group", "brand", "organization", "form", "survey", "product",
                      "variant", "campaign", "parent", "ticket form", "person"})) {
      // The record's own noun before "id" ("Response ID", "Issue key") names it more surely
      // than an id of something else beside it ("landing_id").
      const bool own =
          h == "id" ||
          any_word(h, {"response id", "ticket id", "conversation id", "record id", "submission id",
                       "charge id", "subscription id", "review id", "mention id", "transaction id",
                       "invoice id", "case id", "issue key", "payment id", "chat id"}) ||
          any_part(h, {"回答id", "回答 id"});
      add(Role::record_id,
          h == "id" ? 0.8
          : own     ? 0.75
                    : 0.6,
          "header names the record's id", Values::unique_id, 0.8);
    }
  }
  if (any_word(h, {"order id", "order number", "order no"}) || any_part(h, {"注文番号"})) {
    add(Role::order_id, 0.95, "header names an order id");
  } else if (any_word(h, {"order", "name"})) {
    add(Role::order_id, 0.9, "values look like order numbers (#1001)", Values::order_name, 0.9);
  }

  // "Message ID", "Review number", "Message date": the last word names an identifier or a
  // time, not the text itself.
  const bool names_an_identifier =
      ends_with_word(h, {"id", "ids", "number", "no", "uuid", "key", "date", "time", "at", "on",
                         "timestamp", "count", "type", "status"});
  if (names_an_identifier) {
    // No text role for it below.
  } else if (any_word(h, {"subject", "title"}) || any_part(h, {"件名"})) {
    add(Role::subject, 0.9, "header names a subject", Values::text);
  }
  // A thread's later parts (Intercom conversation_parts[].body) have a role of their own: they
  // are read as the customer's words only where the part's author type says so.
  if (names_an_identifier) {
    // as above
  } else if (has_word(h, "parts body")) {
    add(Role::part_body, 0.9, "header names the later parts of a conversation");
  } else if (any_word(h, {"description", "body", "message", "content"}) ||
             any_part(h, {"本文", "内容"})) {
    add(Role::body, 0.85, "header names a message body");
  }
  if (has_word(h, "parts author type")) {
    add(Role::part_author_type, 0.9, "header names who wrote each part", Values::author_types, 0.8);
  }
  if (!names_an_identifier &&
      (is_follow_up(h) || (!is_score_word(h) && any_word(h, {"feedback", "open ended response",
                                                             "verbatim", "review"})))) {
    add(Role::comment, is_nps_header(h) || contains(h, "reason") ? 0.9 : 0.8,
        "header names a free-text answer");
  }

  if (any_word(h, {"submitted at",    "submit date",   "end date",        "date submitted",
                   "recorded date",   "timestamp",     "response date",   "completed at",
                   "submitted",       "responded on",  "review date",     "date of review",
                   "published",       "response time", "completion time", "completed",
                   "completion date", "responded",     "scored",          "answered",
                   "rated at"}) ||
      any_part(h, {"タイムスタンプ", "回答日時", "回答日", "終了日", "完了日", "送信日"})) {
    // "Recorded date" is when the tool stored the response (Qualtrics): the answer's date.
    // A bare "responded" is weaker than a campaign's "first responded date" (responded_at).
    const double strength = has_word(h, "recorded date") ? 0.95 : responded_only(h) ? 0.75 : 0.9;
    add_date(Role::submitted_at, strength, "header names when the answer was given");
  }
  if (any_word(h, {"created at", "created", "date created", "created utc", "order date", "date",
                   "created date", "time", "published at", "posted at", "created on",
                   "creation date", "opened", "received at", "create date"}) ||
      any_part(h, {"作成日", "日時", "日付"})) {
    add_date(Role::created_at, any_word(h, {"created at", "created", "create date"}) ? 0.9 : 0.7,
             "header names when the record was created");
  }
  if (any_word(h, {"canceled at", "cancelled at", "canceled", "cancelled", "cancellation date",
                   "canceled date", "churn date"}) ||
      any_part(h, {"解約日"})) {
    add_date(Role::canceled_at, 0.9, "header names a cancellation");
  }
  // Stripe's "Current Period End" is the end of the paid period, not of the subscription.
  // "End Date" ends a subscription, but on a survey it is when the answer was finished: only
  // an end that names a contract is one.
  if ((any_word(h, {"ended at", "ends at", "ended"}) ||
       (has_word(h, "end date") &&
        any_word(h, {"subscription", "contract", "plan", "membership", "term", "service"}))) &&
      !contains(h, "period")) {
    add_date(Role::ended_at, 0.8, "header names an end");
  }
  if (any_word(h, {"responded date", "first responded date", "responded at"})) {
    add_date(Role::responded_at, 0.9, "header names a campaign response");
  }

  if (any_word(h,
               {"total", "amount", "price", "revenue", "value", "amount paid", "gross", "net"}) ||
      any_part(h, {"金額", "合計"})) {
    // "Amount Refunded" and a line item's price are not the payment; "Tax Total" or
    // "shipping_total" is a part of it, but "Order Total (inc tax)" is the whole.
    const std::size_t space = h.find(' ');
    const std::string_view first_word = h.substr(0, space);
    const bool part = first_word == "discount" || first_word == "tax" || first_word == "shipping" ||
                      first_word == "fee" || first_word == "fees" || first_word == "tip";
    if (!part && !any_word(h, {"lineitem price", "refunded", "refund"}) &&
        (!any_word(h, {"discount", "tax", "shipping", "fee"}) || has_word(h, "total"))) {
      add(Role::amount, any_word(h, {"total", "amount"}) ? 0.9 : 0.6, "header names an amount",
          Values::number, 0.8);
    }
  }
  if (any_word(h, {"currency"}) || any_part(h, {"通貨"})) {
    add(Role::currency, 0.9, "header names a currency", Values::currency, 0.8);
  }
  if (any_word(h, {"status", "financial status", "state"}) || any_part(h, {"ステータス"})) {
    add(Role::status, has_word(h, "status") ? 0.85 : 0.6, "header names a status", Values::text);
  }
  if (any_word(h, {"plan", "product", "tier", "price id"}) || any_part(h, {"プラン"})) {
    if (!ends_with_word(h, {"type", "id", "ids"}))
      add(Role::plan, 0.8, "header names a plan", Values::text);
  }
  if (any_word(h, {"interval", "billing interval", "billing period", "billing cycle"}) &&
      !has_word(h, "count")) {
    add(Role::billing_interval, 0.9, "header names a billing interval", Values::interval, 0.8);
  }
  if (has_word(h, "interval count")) {
    add(Role::billing_interval_count, 0.9, "header names a billing interval count", Values::count,
        0.8);
  }
  if (any_word(h, {"current period end", "period end", "renewal date", "next renewal", "renews at",
                   "next billing date"}) &&
      !has_word(h, "cancel")) {
    add_date(Role::current_period_end, 0.9, "header names the end of the paid period");
  }
  if (any_word(h, {"cancel at period end", "cancel at end of period", "cancels at period end"})) {
    add(Role::cancel_at_period_end, 0.95, "header names a cancellation at the period end",
        Values::true_false, 0.8);
  }
  if (any_word(h, {"followers", "follower count", "reach", "audience"}) ||
      any_part(h, {"フォロワー"})) {
    add(Role::followers, 0.9, "header names followers", Values::number, 0.8);
  }
  // utm_campaign on a form is how the respondent arrived, not campaign membership.
  if (any_word(h, {"campaign", "campaign name"}) && !has_word(h, "utm")) {
    add(Role::campaign, 0.9, "header names a campaign", Values::text);
  }
  if (any_word(h, {"url", "link", "permalink"})) add(Role::url, 0.8, "header names a link");
  if (any_word(h, {"country", "region", "channel", "segment", "industry", "language", "locale",
                   "market", "device", "company size", "source channel", "tier", "utm source",
                   "utm medium", "utm campaign"}) ||
      any_part(h, {"国", "地域", "チャネル", "業種", "言語", "セグメント"})) {
    add(Role::segment, 0.7, "header names a category to compare groups by", Values::category, 0.5);
  }
  add_value_candidates(c, out);
  return out;
}

namespace {}  // namespace

}  // namespace cxs::detail
