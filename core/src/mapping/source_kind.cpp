// Kinds of exports from roles, collection names and header words; see source_kind.hpp.
#include "cxs/source_kind.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>

#include "cxs/detail/ascii.hpp"
#include "cxs/detail/header_words.hpp"

namespace cxs {
namespace {

constexpr std::size_t kKinds = static_cast<std::size_t>(SourceKind::mentions) + 1;

struct Scores {
  std::array<double, kKinds> points{};
  std::array<std::string, kKinds> reasons;
  void add(SourceKind kind, double value, std::string_view reason) {
    if (value <= 0) return;
    const auto k = static_cast<std::size_t>(kind);
    points[k] += value;
    if (!reasons[k].empty()) reasons[k] += ", ";
    reasons[k] += reason;
  }
};

/// How many of `words` some header names, capped. Headers are compared word by word
/// (detail/header_words.hpp: "preview_message" does not name a review); Japanese, written
/// without spaces, by substring.
double header_words(std::span<const std::string> normalised,
                    std::initializer_list<std::string_view> words, double cap) {
  double hits = 0;
  for (const std::string_view word : words) {
    const bool ascii = std::all_of(word.begin(), word.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    for (const std::string& h : normalised) {
      if (ascii ? detail::has_word(h, word) : detail::contains(h, word)) {
        hits += 1;
        break;
      }
    }
  }
  return std::min(hits, cap);
}

}  // namespace

KindDecision classify_source(const SourceMapping& mapping, std::string_view collection,
                             std::span<const std::string> header) {
  Scores s;
  const auto role = [&](Role r) {
    const auto column = mapping.find(r);
    return column ? column->confidence : 0.0;
  };
  using K = SourceKind;

  // A JSON wrapper names its collections ({"tickets": [...], "users": [...]}).
  const std::string c = detail::ascii_lower(collection);
  const auto named = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), c) != names.end();
  };
  if (named({"tickets", "requests", "cases"})) s.add(K::tickets, 5, "collection \"" + c + "\"");
  if (named({"conversations", "messages", "chats", "threads"}))
    s.add(K::conversations, 5, "collection \"" + c + "\"");
  if (named({"users", "contacts", "people", "customers", "persons", "leads"}))
    s.add(K::contacts, 5, "collection \"" + c + "\"");
  if (named({"orders"})) s.add(K::orders, 5, "collection \"orders\"");
  if (named({"subscriptions"})) s.add(K::subscriptions, 5, "collection \"subscriptions\"");
  if (named({"charges", "payments", "transactions", "invoices"}))
    s.add(K::payments, 5, "collection \"" + c + "\"");
  if (named({"mentions", "posts", "reviews"})) s.add(K::mentions, 5, "collection \"" + c + "\"");
  if (named({"responses", "items", "answers", "survey_responses", "results"}))
    s.add(K::survey_responses, 2, "collection \"" + c + "\"");
  if (named({"members", "campaign_members"}))
    s.add(K::campaign_members, 5, "collection \"" + c + "\"");

  // What the rows say they are ("type": "customerReviews", "object": "charge"), or, in a
  // report of "Object: Field" columns, the object most columns belong to.
  std::string type = detail::ascii_lower(mapping.record_type);
  if (type.empty()) {
    std::map<std::string, std::size_t> objects;
    for (const std::string& h : header) {
      if (const std::string_view object = detail::header_object(h); !object.empty())
        ++objects[detail::ascii_lower(object)];
    }
    for (const auto& [object, count] : objects) {
      if (count * 10 >= header.size() * 3 && count > objects[type]) type = object;
    }
  }
  const auto type_says = [&](std::initializer_list<std::string_view> nouns) {
    return std::any_of(nouns.begin(), nouns.end(),
                       [&](std::string_view noun) { return type.find(noun) != std::string::npos; });
  };
  if (!type.empty()) {
    const std::string reason = "records of type \"" + type + "\"";
    // The thing itself before its owner: "customerReviews" are reviews.
    if (type_says({"review", "mention", "post", "tweet"})) {
      s.add(K::mentions, 4, reason);
    } else if (type_says({"ticket", "case"})) {
      s.add(K::tickets, 4, reason);
    } else if (type_says({"conversation", "chat"})) {
      s.add(K::conversations, 4, reason);
    } else if (type_says({"order"})) {
      s.add(K::orders, 4, reason);
    } else if (type_says({"charge", "payment", "transaction", "invoice"})) {
      s.add(K::payments, 4, reason);
    } else if (type_says({"subscription"})) {
      s.add(K::subscriptions, 4, reason);
    } else if (type_says({"response", "survey"})) {
      s.add(K::survey_responses, 4, reason);
    } else if (type_says({"contact", "customer", "user", "person", "lead"})) {
      s.add(K::contacts, 4, reason);
    }
  }

  std::vector<std::string> normalised;
  normalised.reserve(header.size());
  for (const std::string& h : header) normalised.push_back(detail::normalise_header(h));
  const auto words = [&](std::initializer_list<std::string_view> list, double cap) {
    return header_words(normalised, list, cap);
  };

  // Answers to questions: the scores are the survey; what else a form carries does not change it.
  s.add(K::survey_responses, 3 * role(Role::score_nps), "an NPS question");
  s.add(K::survey_responses, 3 * role(Role::score_csat), "a satisfaction question");
  s.add(K::survey_responses, 3 * role(Role::score_ces), "an effort question");
  s.add(K::survey_responses, role(Role::nps_group), "an NPS group");
  s.add(K::survey_responses, 0.5 * role(Role::submitted_at), "a submitted date");
  s.add(K::survey_responses,
        words({"survey", "respondent", "response id", "responseid", "questionnaire", "回答",
               "アンケート", "finished", "progress", "start date"},
              2),
        "survey vocabulary");

  s.add(K::tickets, 2 * role(Role::subject), "a subject");
  s.add(K::tickets, role(Role::agent) > 0 && role(Role::subject) + role(Role::body) > 0 ? 1 : 0,
        "an agent beside a message");
  s.add(K::tickets, 0.5 * role(Role::status), "a status");
  s.add(K::tickets, 0.5 * role(Role::body), "a description");
  s.add(K::tickets,
        words({"ticket", "tickets", "requester", "priority", "assignee", "reporter", "チケット",
               "問い合わせ", "お問い合わせ", "sla", "resolution", "first reply", "case"},
              3),
        "help-desk vocabulary");

  s.add(K::conversations, 3 * role(Role::part_body), "conversation parts");
  s.add(K::conversations, 2 * role(Role::part_author_type), "part authors");
  s.add(K::conversations, role(Role::agent) > 0 && role(Role::body) > 0 ? 0.5 : 0,
        "an agent beside a message");
  s.add(K::conversations,
        words({"conversation", "conversations", "chat", "chats", "thread", "inbox", "visitor",
               "operator", "会話", "チャット"},
              2),
        "messaging vocabulary");
  // The tool's own noun for its records: a ticket or a conversation.
  // ("ticket_id" on a satisfaction survey names another object, so ids do not count.)
  const auto own_noun = [&](std::initializer_list<std::string_view> nouns) {
    for (const std::string& h : normalised) {
      if (detail::ends_with_word(h, {"id", "ids", "number", "key"})) continue;
      const std::vector<std::string> one{h};
      if (header_words(one, nouns, 1) > 0) return 1.0;
    }
    return 0.0;
  };
  s.add(K::tickets, 2 * own_noun({"ticket", "tickets", "チケット"}),
        "the tool's records are tickets");
  s.add(K::conversations, 2 * own_noun({"conversation", "conversations", "会話"}),
        "the tool's records are conversations");
  // One row per message that names its conversation: the rows are a conversation's parts.
  s.add(K::conversations,
        2 * words({"conversation id", "thread id", "conversationid", "threadid", "chat id"}, 1),
        "messages of conversations");

  s.add(K::orders, 4 * role(Role::order_id), "an order id");
  // Without an order id, order words describe something else's orders (a payment's order
  // reference, a profile's order count): they count for less.
  s.add(K::orders,
        words({"lineitem", "line item", "fulfillment", "fulfilment", "financial status", "shipping",
               "order", "sku", "quantity", "purchase", "purchased", "ship to", "bill to",
               "grand total", "注文"},
              role(Role::order_id) > 0 ? 3 : 2),
        "order vocabulary");
  s.add(K::orders, 0.5 * role(Role::amount), "an amount");

  s.add(K::payments, role(Role::amount), "an amount");
  s.add(K::payments, 0.5 * role(Role::currency), "a currency");
  s.add(K::payments, role(Role::amount) > 0 ? 0.5 * role(Role::status) : 0, "a payment status");
  s.add(K::payments,
        words({"charge", "payment", "transaction", "refund", "invoice", "card", "fee", "fees",
               "payout", "tender", "gross sales", "net sales", "tip", "決済", "支払"},
              3),
        "payment vocabulary");

  s.add(K::subscriptions, role(Role::plan), "a plan");
  s.add(K::subscriptions, role(Role::canceled_at) + role(Role::ended_at), "a cancellation date");
  s.add(K::subscriptions,
        role(Role::plan) > 0 && role(Role::canceled_at) + role(Role::ended_at) > 0 ? 1 : 0,
        "a plan that can be cancelled");
  s.add(K::subscriptions, 1.5 * role(Role::current_period_end), "a period end");
  s.add(K::subscriptions, 1.5 * role(Role::billing_interval), "a billing interval");
  s.add(K::subscriptions, 1.5 * role(Role::cancel_at_period_end), "cancel at period end");
  s.add(K::subscriptions,
        words({"subscription", "mrr", "trial", "renewal", "billing period", "next billing", "契約"},
              3),
        "subscription vocabulary");

  const double keys = std::max({role(Role::customer_email), role(Role::customer_phone),
                                role(Role::customer_name), role(Role::customer_first_name)});
  s.add(K::contacts, 1.5 * keys, "customer keys only");
  s.add(
      K::contacts,
      words({"lifecycle",  "contact owner", "lead status", "job title",   "lead source",  "consent",
             "subscribed", "unsubscribed",  "opt in",      "last active", "first active", "profile",
             "website",    "linkedin",      "street",      "postal code", "zip",          "prefix",
             "company",    "account name",  "mailing",     "opt",         "顧客",         "会員"},
            3),
      "CRM vocabulary");

  s.add(K::campaign_members, 2 * role(Role::campaign), "a campaign");
  // A response date is a campaign's only beside a campaign ("last_responded_at" of a person
  // is their last survey answer).
  s.add(K::campaign_members, role(Role::campaign) > 0 ? 2 * role(Role::responded_at) : 0,
        "a campaign response date");
  s.add(K::campaign_members, words({"member status", "campaign member", "responded"}, 2),
        "campaign vocabulary");

  s.add(K::mentions, 2 * role(Role::followers), "followers");
  s.add(K::mentions, role(Role::customer_handle), "an author handle");
  s.add(K::mentions, 1.5 * role(Role::platform), "a social network");
  s.add(K::mentions, 0.5 * role(Role::url), "a link");
  s.add(K::mentions,
        words({"sentiment", "mention", "mentions", "reach", "engagement", "retweet", "retweets",
               "likes", "like count", "impressions", "app version", "permalink", "screen name",
               "network", "influencer", "media", "replies", "投稿"},
              3),
        "social vocabulary");
  // A public review: its rating is not a survey answer.
  // A review export names most of its columns after the review ("Review Stars", "Review Title").
  double review_headers = 0;
  for (const std::string& h : normalised) {
    const std::vector<std::string> one{h};
    review_headers += header_words(one, {"review", "reviews", "reviewer", "口コミ", "レビュー"}, 1);
  }
  s.add(K::mentions, 1.5 * std::min(review_headers, 4.0), "review vocabulary");

  // Ids carry their object's type in tools that prefix them (Stripe: sub_, ch_, pi_, in_).
  const auto id = mapping.find(Role::record_id);
  // The row's own id ("id") says what the row is; another object's id beside an order id
  // (WooCommerce's transaction_id) does not make an order a payment.
  if (id && (!mapping.find(Role::order_id) || detail::ascii_lower(id->header) == "id")) {
    for (const ColumnSummary& column : mapping.all) {
      if (column.index != id->index) continue;
      const std::string& prefix = column.id_prefix;
      if (prefix == "sub_") s.add(K::subscriptions, 2, "subscription ids (sub_)");
      if (prefix == "cus_") s.add(K::contacts, 2, "customer ids (cus_)");
      if (prefix == "ch_" || prefix == "py_" || prefix == "pi_" || prefix == "in_" ||
          prefix == "txn_" || prefix == "re_")
        s.add(K::payments, 2, "payment ids (" + prefix + ")");
    }
  }

  KindDecision decision;
  std::array<std::size_t, kKinds> order{};
  for (std::size_t k = 0; k < kKinds; ++k) order[k] = k;
  std::stable_sort(order.begin() + 1, order.end(),
                   [&](std::size_t a, std::size_t b) { return s.points[a] > s.points[b]; });
  const double best = s.points[order[1]];
  const double second = s.points[order[2]];
  if (best < 0.5) return decision;  // nothing identifies the file
  decision.kind = static_cast<SourceKind>(order[1]);
  decision.runner_up = second > 0 ? static_cast<SourceKind>(order[2]) : SourceKind::unknown;
  decision.margin = (best - second) / best;
  decision.confidence = best / (best + second);
  decision.evidence = s.reasons[order[1]];
  return decision;
}

}  // namespace cxs
