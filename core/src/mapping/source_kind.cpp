// Kinds of exports: the evidence as features, weighed by a logistic model; see source_kind.hpp.
#include "cxs/source_kind.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "cxs/detail/ascii.hpp"
#include "cxs/detail/header_words.hpp"
#include "cxs/detail/portable_math.hpp"

namespace cxs {
namespace {

// The model file is longer than the 65,536 characters a compiler must accept in one literal;
// GCC and Clang accept it, and Clang's warning about it says nothing about this file.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Woverlength-strings"
#endif
constexpr std::string_view kModelJson =
#include "models/source_kind.inc"
    ;
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/// The features after the role confidences, in order. Each is explained where it is read.
constexpr std::string_view kNamedFeatures[] = {
    "collection:survey_responses",
    "collection:tickets",
    "collection:conversations",
    "collection:orders",
    "collection:payments",
    "collection:subscriptions",
    "collection:contacts",
    "collection:campaign_members",
    "collection:mentions",
    "type:survey_responses",
    "type:tickets",
    "type:conversations",
    "type:orders",
    "type:payments",
    "type:subscriptions",
    "type:contacts",
    "type:mentions",
    "vocab:survey",
    "vocab:helpdesk",
    "vocab:messaging",
    "vocab:order",
    "vocab:payment",
    "vocab:subscription",
    "vocab:crm",
    "vocab:campaign",
    "vocab:social",
    "vocab:review",
    "noun:ticket",
    "noun:conversation",
    "messages_of_conversations",
    "agent_beside_message",
    "agent_beside_body",
    "payment_status",
    "plan_and_cancellation",
    "campaign_response_date",
    "customer_keys",
    "id_prefix:subscription",
    "id_prefix:customer",
    "id_prefix:payment",
};

const std::vector<std::string_view>& feature_names() {
  static const std::vector<std::string_view> names = [] {
    static std::vector<std::string> roles;
    for (std::size_t r = 0; r < kRoleCount; ++r)
      roles.push_back(std::string("role:") + to_string(static_cast<Role>(r)));
    std::vector<std::string_view> out(roles.begin(), roles.end());
    out.insert(out.end(), std::begin(kNamedFeatures), std::end(kNamedFeatures));
    return out;
  }();
  return names;
}

/// Kind of model column k (0-based from survey_responses).
SourceKind scored_kind(std::size_t k) { return static_cast<SourceKind>(k + 1); }

using KindWeights = std::array<double, kScoredKinds>;
using WeightTable = std::unordered_map<std::string, KindWeights>;

/// Weights per feature and kind, and a bias per kind: the fitted model, or the prior where
/// the file has no fit. `prior` is kept to decide whether anything identifies the file.
struct KindModel {
  WeightTable weights;
  KindWeights bias{};
  WeightTable prior;
};

WeightTable read_weights(const nlohmann::json& table) {
  WeightTable out;
  for (const auto& [feature, per_kind] : table.items()) {
    KindWeights& row = out[feature];
    for (std::size_t k = 0; k < kScoredKinds; ++k)
      row[k] = per_kind.value(to_string(scored_kind(k)), 0.0);
  }
  return out;
}

// Immutable data parsed once; no state that a caller could change or observe.
const KindModel& kind_model() {
  static const KindModel model = [] {
    KindModel m;
    const auto doc = nlohmann::json::parse(kModelJson, nullptr, false);
    if (doc.is_discarded()) return m;  // a build error, tested
    m.prior = read_weights(doc.value("prior", nlohmann::json::object()));
    m.weights = doc.contains("weights") ? read_weights(doc["weights"]) : m.prior;
    const auto bias = doc.value("bias", nlohmann::json::object());
    for (std::size_t k = 0; k < kScoredKinds; ++k)
      m.bias[k] = bias.value(to_string(scored_kind(k)), 0.0);
    return m;
  }();
  return model;
}

class FeatureWriter {
 public:
  void set(std::string_view name, double value, Message reason) {
    if (value <= 0) return;
    out_.names.emplace_back(name);
    out_.values.push_back(value);
    out_.reasons.push_back(std::move(reason));
  }
  KindFeatures take() { return std::move(out_); }

 private:
  KindFeatures out_;
};

/// The words of the headers, each once: ASCII words of two letters or more, lowercased, a
/// plural's final s dropped ("tickets" → "ticket", not "status"); a run of other scripts
/// (Japanese "注文番号") is one word. Digits alone are not words.
std::vector<std::string> header_word_set(std::span<const std::string> normalised) {
  std::vector<std::string> words;
  for (const std::string& h : normalised) {
    std::size_t at = 0;
    while (at < h.size()) {
      std::size_t end = h.find(' ', at);
      if (end == std::string::npos) end = h.size();
      std::string word = h.substr(at, end - at);
      at = end + 1;
      const bool digits =
          std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (word.size() < 2 || digits) continue;
      if (word.size() >= 4 && word.back() == 's' && !word.ends_with("ss") &&
          !word.ends_with("us") && !word.ends_with("is"))
        word.pop_back();
      words.push_back(std::move(word));
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

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

std::span<const std::string_view> kind_feature_names() { return feature_names(); }

KindFeatures kind_features(const SourceMapping& mapping, std::string_view collection,
                           std::span<const std::string> header) {
  FeatureWriter f;
  const auto role = [&](Role r) {
    const auto column = mapping.find(r);
    return column ? column->confidence : 0.0;
  };
  // Every role's confidence: the values decided what each column can be, the header chose.
  for (std::size_t r = 0; r < kRoleCount; ++r) {
    const auto column = mapping.find(static_cast<Role>(r));
    if (column)
      f.set(feature_names()[r], column->confidence,
            Message("kind.reason.role_column").text("role", to_string(static_cast<Role>(r))));
  }

  // A JSON wrapper names its collections ({"tickets": [...], "users": [...]}).
  const std::string c = detail::ascii_lower(collection);
  const auto named = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), c) != names.end();
  };
  const Message in_collection = Message("kind.reason.collection").text("name", c);
  if (named({"tickets", "requests", "cases"})) f.set("collection:tickets", 1, in_collection);
  if (named({"conversations", "messages", "chats", "threads"}))
    f.set("collection:conversations", 1, in_collection);
  if (named({"users", "contacts", "people", "customers", "persons", "leads"}))
    f.set("collection:contacts", 1, in_collection);
  if (named({"orders"})) f.set("collection:orders", 1, in_collection);
  if (named({"subscriptions"})) f.set("collection:subscriptions", 1, in_collection);
  if (named({"charges", "payments", "transactions", "invoices"}))
    f.set("collection:payments", 1, in_collection);
  if (named({"mentions", "posts", "reviews"})) f.set("collection:mentions", 1, in_collection);
  if (named({"responses", "items", "answers", "survey_responses", "results"}))
    f.set("collection:survey_responses", 1, in_collection);
  if (named({"members", "campaign_members"}))
    f.set("collection:campaign_members", 1, in_collection);

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
    const Message reason = Message("kind.reason.record_type").text("type", type);
    // The thing itself before its owner: "customerReviews" are reviews.
    if (type_says({"review", "mention", "post", "tweet"})) {
      f.set("type:mentions", 1, reason);
    } else if (type_says({"ticket", "case"})) {
      f.set("type:tickets", 1, reason);
    } else if (type_says({"conversation", "chat"})) {
      f.set("type:conversations", 1, reason);
    } else if (type_says({"order"})) {
      f.set("type:orders", 1, reason);
    } else if (type_says({"charge", "payment", "transaction", "invoice"})) {
      f.set("type:payments", 1, reason);
    } else if (type_says({"subscription"})) {
      f.set("type:subscriptions", 1, reason);
    } else if (type_says({"response", "survey"})) {
      f.set("type:survey_responses", 1, reason);
    } else if (type_says({"contact", "customer", "user", "person", "lead"})) {
      f.set("type:contacts", 1, reason);
    }
  }

  std::vector<std::string> normalised;
  normalised.reserve(header.size());
  for (const std::string& h : header) normalised.push_back(detail::normalise_header(h));
  const auto words = [&](std::initializer_list<std::string_view> list, double cap) {
    return header_words(normalised, list, cap);
  };

  // Each tool's own vocabulary in its headers, a few hits at most per area.
  f.set("vocab:survey",
        words({"survey", "respondent", "response id", "responseid", "questionnaire", "回答",
               "アンケート", "finished", "progress", "start date"},
              2),
        Message("kind.reason.survey_vocabulary"));
  f.set("vocab:helpdesk",
        words({"ticket", "tickets", "requester", "priority", "assignee", "reporter", "チケット",
               "問い合わせ", "お問い合わせ", "sla", "resolution", "first reply", "case"},
              3),
        Message("kind.reason.help_desk_vocabulary"));
  f.set("vocab:messaging",
        words({"conversation", "conversations", "chat", "chats", "thread", "inbox", "visitor",
               "operator", "会話", "チャット"},
              2),
        Message("kind.reason.messaging_vocabulary"));
  f.set("vocab:order",
        words({"lineitem", "line item", "fulfillment", "fulfilment", "financial status", "shipping",
               "order", "sku", "quantity", "purchase", "purchased", "ship to", "bill to",
               "grand total", "注文"},
              3),
        Message("kind.reason.order_vocabulary"));
  f.set("vocab:payment",
        words({"charge", "payment", "transaction", "refund", "invoice", "card", "fee", "fees",
               "payout", "tender", "gross sales", "net sales", "tip", "決済", "支払"},
              3),
        Message("kind.reason.payment_vocabulary"));
  f.set("vocab:subscription",
        words({"subscription", "mrr", "trial", "renewal", "billing period", "next billing", "契約"},
              3),
        Message("kind.reason.subscription_vocabulary"));
  f.set(
      "vocab:crm",
      words({"lifecycle",  "contact owner", "lead status", "job title",   "lead source",  "consent",
             "subscribed", "unsubscribed",  "opt in",      "last active", "first active", "profile",
             "website",    "linkedin",      "street",      "postal code", "zip",          "prefix",
             "company",    "account name",  "mailing",     "opt",         "顧客",         "会員"},
            3),
      Message("kind.reason.crm_vocabulary"));
  f.set("vocab:campaign", words({"member status", "campaign member", "responded"}, 2),
        Message("kind.reason.campaign_vocabulary"));
  f.set("vocab:social",
        words({"sentiment", "mention", "mentions", "reach", "engagement", "retweet", "retweets",
               "likes", "like count", "impressions", "app version", "permalink", "screen name",
               "network", "influencer", "media", "replies", "投稿"},
              3),
        Message("kind.reason.social_vocabulary"));
  // A review export names most of its columns after the review ("Review Stars", "Review Title").
  double review_headers = 0;
  for (const std::string& h : normalised) {
    const std::vector<std::string> one{h};
    review_headers += header_words(one, {"review", "reviews", "reviewer", "口コミ", "レビュー"}, 1);
  }
  f.set("vocab:review", std::min(review_headers, 4.0), Message("kind.reason.review_vocabulary"));

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
  f.set("noun:ticket", own_noun({"ticket", "tickets", "チケット"}),
        Message("kind.reason.the_tool_s_records_are_tickets"));
  f.set("noun:conversation", own_noun({"conversation", "conversations", "会話"}),
        Message("kind.reason.the_tool_s_records_are_conversations"));
  // One row per message that names its conversation: the rows are a conversation's parts.
  f.set("messages_of_conversations",
        words({"conversation id", "thread id", "conversationid", "threadid", "chat id"}, 1),
        Message("kind.reason.messages_of_conversations"));

  // Every header word: the model weighs the words its training exports shared across vendors.
  for (const std::string& word : header_word_set(normalised))
    f.set("word:" + word, 1, Message("kind.reason.header_word").text("word", word));

  // Roles that mean more together than apart.
  const bool agent = role(Role::agent) > 0;
  f.set("agent_beside_message", agent && role(Role::subject) + role(Role::body) > 0 ? 1 : 0,
        Message("kind.reason.an_agent_beside_a_message"));
  f.set("agent_beside_body", agent && role(Role::body) > 0 ? 1 : 0,
        Message("kind.reason.an_agent_beside_a_body"));
  f.set("payment_status", role(Role::amount) > 0 ? role(Role::status) : 0,
        Message("kind.reason.a_payment_status"));
  f.set("plan_and_cancellation",
        role(Role::plan) > 0 && role(Role::canceled_at) + role(Role::ended_at) > 0 ? 1 : 0,
        Message("kind.reason.a_plan_that_can_be_cancelled"));
  // A response date is a campaign's only beside a campaign ("last_responded_at" of a person
  // is their last survey answer).
  f.set("campaign_response_date", role(Role::campaign) > 0 ? role(Role::responded_at) : 0,
        Message("kind.reason.a_campaign_response_date"));
  f.set("customer_keys",
        std::max({role(Role::customer_email), role(Role::customer_phone), role(Role::customer_name),
                  role(Role::customer_first_name)}),
        Message("kind.reason.customer_keys"));

  // Ids carry their object's type in tools that prefix them (Stripe: sub_, ch_, pi_, in_).
  const auto id = mapping.find(Role::record_id);
  // The row's own id ("id") says what the row is; another object's id beside an order id
  // (WooCommerce's transaction_id) does not make an order a payment.
  if (id && (!mapping.find(Role::order_id) || detail::ascii_lower(id->header) == "id")) {
    for (const ColumnSummary& column : mapping.all) {
      if (column.index != id->index) continue;
      const std::string& prefix = column.id_prefix;
      const Message reason = Message("kind.reason.id_prefix").text("prefix", prefix);
      if (prefix == "sub_") f.set("id_prefix:subscription", 1, reason);
      if (prefix == "cus_") f.set("id_prefix:customer", 1, reason);
      if (prefix == "ch_" || prefix == "py_" || prefix == "pi_" || prefix == "in_" ||
          prefix == "txn_" || prefix == "re_")
        f.set("id_prefix:payment", 1, reason);
    }
  }
  return f.take();
}

KindDecision classify_source(const SourceMapping& mapping, std::string_view collection,
                             std::span<const std::string> header) {
  KindDecision decision;
  decision.features = kind_features(mapping, collection, header);
  const KindFeatures& x = decision.features;
  const KindModel& model = kind_model();

  // Nothing identifies the file when no kind gathers half a unit of prior evidence.
  std::array<double, kScoredKinds> prior{};
  std::array<double, kScoredKinds> logit = model.bias;
  std::vector<const KindWeights*> weights(x.names.size(), nullptr);
  for (std::size_t f = 0; f < x.names.size(); ++f) {
    if (const auto p = model.prior.find(x.names[f]); p != model.prior.end()) {
      for (std::size_t k = 0; k < kScoredKinds; ++k) prior[k] += p->second[k] * x.values[f];
    }
    if (const auto w = model.weights.find(x.names[f]); w != model.weights.end()) {
      weights[f] = &w->second;
      for (std::size_t k = 0; k < kScoredKinds; ++k) logit[k] += w->second[k] * x.values[f];
    }
  }
  if (*std::max_element(prior.begin(), prior.end()) < 0.5) return decision;

  // Softmax, shifted by the largest logit so that exp cannot overflow.
  const double top = *std::max_element(logit.begin(), logit.end());
  double sum = 0;
  for (std::size_t k = 0; k < kScoredKinds; ++k) {
    decision.probabilities[k] = pmath::exp(logit[k] - top);
    sum += decision.probabilities[k];
  }
  for (double& p : decision.probabilities) p /= sum;

  std::array<std::size_t, kScoredKinds> order{};
  for (std::size_t k = 0; k < kScoredKinds; ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return decision.probabilities[a] > decision.probabilities[b];
  });
  const double best = decision.probabilities[order[0]];
  const double second = decision.probabilities[order[1]];
  decision.kind = scored_kind(order[0]);
  decision.runner_up = scored_kind(order[1]);
  decision.confidence = best;
  decision.margin = (best - second) / best;

  // Why: the three features that raised the kind's score most.
  std::vector<std::pair<double, std::size_t>> pulls;
  for (std::size_t f = 0; f < x.names.size(); ++f) {
    const double pull = weights[f] ? (*weights[f])[order[0]] * x.values[f] : 0;
    if (pull > 0) pulls.emplace_back(pull, f);
  }
  std::stable_sort(pulls.begin(), pulls.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  // "a, b, c" as nested lists: kind.evidence.list = "{first}, {rest}".
  const std::size_t shown = std::min<std::size_t>(pulls.size(), 3);
  for (std::size_t i = shown; i-- > 0;) {
    const Message& reason = decision.features.reasons[pulls[i].second];
    decision.evidence_msg = decision.evidence_msg.empty()
                                ? reason
                                : Message("kind.evidence.list")
                                      .nested("first", reason)
                                      .nested("rest", std::move(decision.evidence_msg));
  }
  if (!decision.evidence_msg.empty()) decision.evidence = english(decision.evidence_msg);
  return decision;
}

}  // namespace cxs
