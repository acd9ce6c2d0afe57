// Signal detection; see signal_detector.hpp. The rules and their thresholds are listed in
// README.md ("Signals"); each is stated where it is applied.
#include "cxs/signal_detector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "cxs/compare.hpp"
#include "cxs/customer_graph.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/portable_math.hpp"
#include "cxs/detail/utf8.hpp"
#include "cxs/lexicon.hpp"
#include "cxs/multiple_testing.hpp"
#include "cxs/proportion.hpp"
#include "cxs/rate_change.hpp"
#include "cxs/text_normalize.hpp"

namespace cxs {
namespace {

constexpr std::int64_t kDay = 86400;
/// Mentions older than this are history, not an influencer signal.
constexpr std::int64_t kInfluencerRecentDays = 14;
/// Record ids of payments, answers and orders, and quotable customer texts, are kept for events
/// this recent: the behavioural rules look back at most a year (a lapsed buyer's last order),
/// and rising terms compare the last month with the 11 before it.
constexpr std::int64_t kFactIdDays = 400;
/// A public post about switching to a competitor is worth answering for this long.
constexpr std::int64_t kPublicPostRecentDays = 90;
/// Failed payments: at least this many in the window, and none paid since the last.
constexpr int kFailedPaymentsMin = 2;
constexpr std::int64_t kFailedPaymentsWindowDays = 60;
/// A promoter (9–10) whose next answer is a detractor's (0–6), given within this many days of
/// as_of: a recent turn for the worse, however long the customer had been a promoter.
constexpr std::int64_t kNpsDropWindowDays = 90;
/// Lapsed buyers are churn risks only if they had an ordering habit: this many orders (a
/// handful of orders and a long silence is how most one-off buyers look).
constexpr std::size_t kLapsedMinOrders = 8;
/// A cheaper subscription replacing a dearer one within this many days of as_of.
constexpr std::int64_t kDowngradeWindowDays = 90;
/// An annual subscription renewing within this many days of as_of is a renewal opportunity:
/// a month leaves time to talk before the card is charged.
constexpr std::int64_t kRenewalWindowDays = 30;
/// Orders needed in each 90-day window before spend growth means anything.
constexpr int kGrowingSpendMinOrders = 2;

/// The intent reader decides the churn, switching and expansion signals (the phrase rules still
/// give sentiment, quality terms and public switching posts).
constexpr bool kReaderDecides = true;

const char* severity_name(int severity) {
  return severity >= 2 ? "high" : severity == 1 ? "medium" : "low";
}

/// The inverse of severity_name: high 2, medium 1, anything else 0.
int severity_level(std::string_view name) { return name == "high" ? 2 : name == "medium" ? 1 : 0; }

/// Where the context of [begin, end) starts: up to 120 bytes before, on a character boundary.
std::size_t context_start(std::string_view text, std::size_t begin) {
  std::size_t from = begin > 120 ? begin - 120 : 0;
  while (from > 0 && from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
    ++from;
  return from;
}

/// The text around [begin, end), at most ~300 bytes, cut on UTF-8 character boundaries.
std::string context_of(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t from = context_start(text, begin);
  return std::string(detail::utf8_prefix(text.substr(from), end - from + 120));
}

/// UTF-16 code units in `utf8` (a character beyond U+FFFF takes two, as in JavaScript).
std::uint32_t utf16_length(std::string_view utf8) {
  std::uint32_t units = 0;
  for (const char c : utf8) {
    const auto b = static_cast<unsigned char>(c);
    if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
  }
  return units;
}

/// Evidence citing [begin, end) of a field's text: the context around it, the span itself,
/// and where the span sits in the context.
Evidence cite(const Event& event, const std::string& field, std::string_view text,
              std::size_t begin, std::size_t end) {
  Evidence e{event.source,
             event.at.row,
             event.record_id,
             field,
             context_of(text, begin, end),
             std::string(text.substr(begin, end - begin))};
  const std::size_t from = context_start(text, begin);
  e.span_begin = utf16_length(text.substr(from, begin - from));
  e.span_end = e.span_begin + utf16_length(e.matched);
  return e;
}

// FNV-1a-style hash. Its offset basis lacks a digit of the published one
// (14695981039346656037); signal ids already depend on it, so it is kept as it is.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string hex_id(std::string_view prefix, std::string_view key) {
  static constexpr char digits[] = "0123456789abcdef";
  std::uint64_t hash = fnv1a(key);
  std::string out(prefix);
  for (int i = 0; i < 12; ++i, hash >>= 4) out += digits[hash & 15];
  return out;
}

/// The first `n` of `words`, comma-separated.
std::string join_first(const std::vector<std::string>& words, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < words.size() && i < n; ++i) out += (i ? ", " : "") + words[i];
  return out;
}

/// "churn intent, decided: leaving the service" and the like, from an intent reader finding.
Message intent_cause(const char* id, const IntentFinding& f) {
  return Message(id)
      .nested("severity", Message("intent.severity." + message_key(f.severity)))
      .nested("reason", Message("intent.reason." + message_key(f.reason)));
}

/// Evidence that is a computed fact: its text in English and as a message.
Evidence fact_evidence(std::string field, Message text, std::string matched = "") {
  Evidence e{0, 0, "", std::move(field), english(text), std::move(matched)};
  e.text_msg = std::move(text);
  return e;
}

/// A signal's title: "Churn risk: {cause}" and the like, by type.
Message title_of(const std::string& type, const Message& cause) {
  const bool named = type == "churn_risk" || type == "competitor" || type == "opportunity";
  return Message("signal." + (named ? type : std::string("quality_issue")) + ".title")
      .nested("cause", cause);
}

/// Sets a signal's cause and title fields (text and message) from their messages.
void set_prose(Signal& s, Message cause, Message title) {
  s.cause = english(cause);
  s.title = english(title);
  s.cause_msg = std::move(cause);
  s.title_msg = std::move(title);
}

/// Adds `prose` as a nested message, or `text` as it is when the core did not word it.
Message& nested_or_text(Message& m, std::string name, const Message& prose,
                        const std::string& text) {
  return prose.empty() ? m.text(std::move(name), text) : m.nested(std::move(name), prose);
}

/// A satisfaction metric's name as the report spells it ("nps", "csat", "ces").
Message metric_word(const std::string& metric) { return Message("metric." + metric); }

/// A change's dimension in words where it is one of the core's ("recent", "month",
/// "quarter"); empty for a segment column's header, which stays as written.
Message dimension_word(const std::string& dimension) {
  const bool own = dimension == "recent" || dimension == "month" || dimension == "quarter";
  return own ? Message("change.dimension." + dimension) : Message();
}

/// A social handle as written anywhere: "@AcmeHQ" and "acmehq" are one account.
std::string handle_key(std::string_view handle) {
  if (!handle.empty() && handle.front() == '@') handle.remove_prefix(1);
  return detail::ascii_lower(handle);
}

bool customer_text(SourceKind kind) {
  return kind == SourceKind::tickets || kind == SourceKind::conversations ||
         kind == SourceKind::survey_responses || kind == SourceKind::mentions;
}

}  // namespace

Result<SignalDetector> SignalDetector::create(const SignalOptions& options) {
  SignalDetector detector;
  detector.options_ = options;
  const std::int64_t as_of_day = days_from_iso_date(options.as_of).value_or(0);
  detector.fact_ids_from_ = (as_of_day - kFactIdDays) * kDay;
  for (const std::string& handle : options.own_accounts)
    detector.own_accounts_.insert(handle_key(handle));
  // The company's name, from its mail domains ("acme" of support.acme.example), is in most
  // customer texts and says nothing about which product is failing.
  std::set<std::string> company_names;
  for (const std::string& domain : options.company_domains) {
    const std::size_t last_dot = domain.rfind('.');
    if (last_dot == std::string::npos || last_dot == 0) continue;
    const std::size_t before = domain.rfind('.', last_dot - 1);
    company_names.insert(detail::ascii_lower(
        domain.substr(before == std::string::npos ? 0 : before + 1,
                      last_dot - (before == std::string::npos ? 0 : before + 1))));
  }
  auto lexicon = default_lexicon();
  if (!lexicon) return lexicon.error();
  Lexicon words = std::move(lexicon).value();
  if (!options.lexicon_edits.empty()) {
    // The phrases the user added: they fire as written, beside the intent reader.
    const auto edits = nlohmann::json::parse(options.lexicon_edits, nullptr, false);
    if (edits.is_object() && edits.contains("add") && edits["add"].is_object()) {
      for (const auto& [category, phrases] : edits["add"].items()) {
        if (!phrases.is_array()) continue;
        for (const auto& phrase : phrases)
          if (phrase.is_string()) detector.user_phrases_.insert(phrase.get<std::string>());
      }
    }
    auto edited = apply_edits(words, options.lexicon_edits);
    if (!edited) return edited.error();
    words = std::move(edited).value();
  }
  std::vector<std::string> names;
  for (const std::string& entry : options.competitors) {
    std::string primary;
    std::size_t start = 0;
    while (start <= entry.size()) {
      const std::size_t bar = std::min(entry.find('|', start), entry.size());
      const std::string alias = entry.substr(start, bar - start);
      if (!alias.empty()) {
        if (primary.empty()) primary = alias;
        detector.competitor_of_alias_[alias] = primary;
        names.push_back(alias);
      }
      start = bar + 1;
    }
  }
  // Texts older than the baseline year can only be counted, not quoted.
  {
    const std::vector<std::string> own(company_names.begin(), company_names.end());
    auto reader = IntentReader::create(options.competitors, own);
    if (!reader) return reader.error();
    detector.reader_ = std::move(reader).value();
  }
  detector.term_trends_.emplace(words.same_terms, std::move(company_names),
                                as_of_day - kFactIdDays);
  auto matcher = PhraseMatcher::compile(words, names);
  if (!matcher) return matcher.error();
  detector.matcher_ = std::move(matcher).value();
  if (!names.empty()) {
    // Any mention of a competitor is a (low) signal; switching intent raises it.
    auto mention_lexicon = parse_lexicon(
        R"({"language": "any", "categories": {"competitor_switch": {"phrases": ["{competitor}"]}}})");
    if (!mention_lexicon) return mention_lexicon.error();
    auto mentions = PhraseMatcher::compile(mention_lexicon.value(), names);
    if (!mentions) return mentions.error();
    detector.mentions_ = std::move(mentions).value();
  }
  if (!options.intent_model.empty()) {
    auto model = intent_model_from_json(options.intent_model);
    if (!model) return model.error();
    detector.intent_model_ = std::move(model).value();
  }
  if (!options.routes.empty()) {
    auto routes = parse_routing_rules(options.routes);
    if (!routes) return routes.error();
    detector.routes_ = std::move(routes).value();
  }
  return detector;
}

bool SignalDetector::read_intents(const Event& event, std::uint32_t node, std::int64_t time) {
  bool switching = false;
  for (const auto& field_text : event.texts) {
    const std::string& text = field_text.second;
    for (const IntentFinding& f : reader_->read(text)) {
      // The sentence around it as context; the verb through its object as what matched.
      Evidence evidence = cite(event, field_text.first, text, f.match_begin, f.match_end);
      switch (f.intent) {
        case Intent::churn_risk: {
          // Deciding, planning or asking how to leave needs an answer now; considering can wait.
          const int severity = f.severity == "considering" ? 1 : 2;
          add(node, "churn_risk", severity, intent_cause("signal.cause.churn_intent", f),
              std::move(evidence), time);
          break;
        }
        case Intent::competitor_switch: {
          auto cause = [&](const char* id) {
            Message m(id);
            if (f.competitor.empty()) return m.nested("name", Message("signal.another_provider"));
            return m.text("name", competitor_name(f.competitor));
          };
          if (f.severity == "high") {
            switching = true;
            add(node, "competitor", 2, cause("signal.cause.switching_to"), std::move(evidence),
                time);
          } else {
            add(node, "competitor", 0, cause("signal.cause.considering"), std::move(evidence),
                time);
          }
          break;
        }
        case Intent::expansion:
          add(node, "opportunity", f.severity == "high" ? 1 : 0,
              intent_cause("signal.cause.expansion_intent", f), std::move(evidence), time);
          break;
      }
    }
  }
  return switching;
}

IntentModel SignalDetector::train_intents(std::span<const IntentLabel> labels,
                                          const IntentTraining& training) const {
  const IntentModel start = intent_model_ ? *intent_model_ : IntentModel::from_rules();
  return train_intent_model(start, labels, *matcher_, mentions_ ? &*mentions_ : nullptr, &*reader_,
                            training);
}

bool SignalDetector::decide_intents(const Event& event, std::uint32_t node, std::int64_t time) {
  const IntentModel& model = *intent_model_;
  // The record is read whole (subject and body together), as it was labelled.
  std::string joined;
  for (const auto& field_text : event.texts) {
    if (!joined.empty()) joined += '\n';
    joined += field_text.second;
  }
  const auto features_of = [&](std::string_view text) {
    const auto matches = matcher_->matches(text);
    const bool named = mentions_ && !mentions_->matches(text).empty();
    return intent_features(text, matches, named, reader_->read(text), model.hash_bits);
  };
  const auto record_features = features_of(joined);
  // Each sentence of each field, with its features, read once for whichever intents fire.
  struct Sentence {
    const std::pair<std::string, std::string>* field;
    std::size_t begin, end;
    std::vector<IntentFeature> features;
  };
  std::vector<Sentence> sentences;
  const auto ensure_sentences = [&] {
    if (!sentences.empty()) return;
    for (const auto& field_text : event.texts) {
      const std::string& text = field_text.second;
      for (const auto& [begin, end] : reader_->sentences(text))
        sentences.push_back(
            {&field_text, begin, end, features_of(text.substr(begin, end - begin))});
    }
  };
  constexpr const char* kSignalType[kIntentCount] = {"churn_risk", "competitor", "opportunity"};
  constexpr int kSeverity[kIntentCount] = {2, 2, 1};
  bool switching = false;
  for (std::size_t i = 0; i < kIntentCount; ++i) {
    const auto intent = static_cast<Intent>(i);
    const double p = model.probability(intent, record_features);
    if (p < 0.5) continue;
    // Evidence: the sentence the model finds most telling on its own.
    ensure_sentences();
    Evidence best;
    double best_p = -1;
    for (const Sentence& sentence : sentences) {
      const double q = model.probability(intent, sentence.features);
      if (q > best_p) {
        best_p = q;
        best = cite(event, sentence.field->first, sentence.field->second, sentence.begin,
                    sentence.end);
      }
    }
    Message cause = Message("signal.cause.intent_model").number("p", p, "%.2f");
    if (intent == Intent::competitor_switch) {
      Message switching_to("signal.cause.model_switching_to");
      const auto named = mentions_ ? mentions_->matches(joined) : std::vector<PhraseMatch>{};
      if (named.empty()) {
        switching_to.nested("name", Message("signal.a_competitor"));
      } else {
        switching_to.text("name", competitor_name(named.front().competitor));
      }
      cause = std::move(switching_to.nested("model", std::move(cause)));
      switching = true;
    }
    add(node, kSignalType[i], kSeverity[i], cause, std::move(best), time);
  }
  return switching;
}

const std::string& SignalDetector::competitor_name(const std::string& alias) const {
  const auto it = competitor_of_alias_.find(alias);
  return it == competitor_of_alias_.end() ? alias : it->second;
}

void SignalDetector::Candidate::merge(const Candidate& other) {
  if (count == 0 || other.severity > severity) {
    severity = other.severity;
    cause = other.cause;
  }
  count += other.count;
  last_time = std::max(last_time, other.last_time);
  deadline = std::min(deadline, other.deadline);
  for (const Evidence& e : other.evidence)
    if (evidence.size() < 5) evidence.push_back(e);
}

void SignalDetector::add(std::uint32_t node, const std::string& type, int severity,
                         const Message& cause, Evidence evidence, std::int64_t time) {
  candidates_[{node, type}].take(severity, cause, std::move(evidence), time);
}

bool SignalDetector::FactId::before(const FactId& a, std::pair<std::uint32_t, std::uint64_t> key) {
  return std::pair(a.source, a.row) < key;
}

void SignalDetector::keep_fact_id(std::uint32_t source, std::uint64_t row, std::string_view id) {
  const auto at = fact_record_ids_.empty() || FactId::before(fact_record_ids_.back(), {source, row})
                      ? fact_record_ids_.end()
                      : std::lower_bound(fact_record_ids_.begin(), fact_record_ids_.end(),
                                         std::pair(source, row), FactId::before);
  if (at != fact_record_ids_.end() && at->source == source && at->row == row) return;  // first wins
  fact_record_ids_.insert(
      at, {source, static_cast<std::uint32_t>(id.size()), row, fact_id_text_.size()});
  fact_id_text_ += id;
}

std::optional<std::string> SignalDetector::fact_id(std::uint32_t source, std::uint64_t row) const {
  const auto at = std::lower_bound(fact_record_ids_.begin(), fact_record_ids_.end(),
                                   std::pair(source, row), FactId::before);
  if (at == fact_record_ids_.end() || at->source != source || at->row != row) return std::nullopt;
  return fact_id_text_.substr(at->at, at->size);
}

void SignalDetector::observe(const Event& event, std::uint32_t node) {
  // Ids of the recent payments, answers and orders that behavioural signals may cite, so their
  // evidence opens in the original tool too (the activity log keeps ids for subscriptions
  // only).
  const bool fact_kind = event.kind == SourceKind::payments ||
                         event.kind == SourceKind::survey_responses ||
                         event.kind == SourceKind::orders;
  if (fact_kind && node != Activity::no_node && event.time && *event.time >= fact_ids_from_) {
    const std::string& id = event.record_id.empty() ? event.order_id : event.record_id;
    if (!id.empty()) keep_fact_id(event.source, event.at.row, id);
  }
  if (!customer_text(event.kind) || event.texts.empty()) return;
  // The company's own posts are neither a customer's voice nor an influencer's.
  // A post's author is its handle where the export has one, else the name shown.
  const std::string& author = event.handle.empty() ? event.name : event.handle;
  if (event.kind == SourceKind::mentions && own_accounts_.count(handle_key(author))) return;
  const std::int64_t time = event.time.value_or(INT64_MIN);
  int sentiment = 0;
  Evidence complaint;  ///< the first complaint phrase, for volume_change
  // With an intent model, it decides the intent signals for the record as a whole; without
  // one, the intent reader reads them sentence by sentence.
  const bool model_switching =
      node != Activity::no_node &&
      (intent_model_ ? decide_intents(event, node, time) : read_intents(event, node, time));
  for (const auto& field_text : event.texts) {
    // Not a structured binding: clang 14 (emscripten 3.1.6) cannot capture those in a lambda.
    const std::string& field = field_text.first;
    const std::string& text = field_text.second;
    auto evidence_of = [&](const PhraseMatch& m) {
      return cite(event, field, text, m.begin, m.end);
    };
    bool switching = model_switching;
    for (const PhraseMatch& m : matcher_->matches(text)) {
      if (m.negated || m.decoy) continue;
      if (m.category == SignalCategory::praise) sentiment = std::max(sentiment, 1);
      if (m.category == SignalCategory::complaint) {
        if (sentiment >= 0) complaint = evidence_of(m);
        sentiment = -1;
      }
      if (m.category == SignalCategory::competitor_switch && event.kind == SourceKind::mentions) {
        // A public post: a signal of its own when its author is not (yet) a known customer.
        const std::string& name = competitor_name(m.competitor);
        PublicPost& post = public_switching_[author];
        post.node = node;
        post.finding.take(2, Message("signal.cause.switching_to").text("name", name),
                          evidence_of(m), time);
      }
      // The intent reader (or model) decides these signals; a phrase the user added to the
      // lexicon still fires as written.
      if (node == Activity::no_node ||
          ((intent_model_ || kReaderDecides) && !user_phrases_.count(m.phrase)))
        continue;
      switch (m.category) {
        case SignalCategory::churn_risk:
          add(node, "churn_risk", 2, Message("signal.cause.phrase").text("phrase", m.phrase),
              evidence_of(m), time);
          break;
        case SignalCategory::competitor_switch: {
          switching = true;
          const std::string& name = competitor_name(m.competitor);
          add(node, "competitor", 2, Message("signal.cause.switching_to").text("name", name),
              evidence_of(m), time);
          break;
        }
        case SignalCategory::opportunity:
          add(node, "opportunity", 1, Message("signal.cause.phrase").text("phrase", m.phrase),
              evidence_of(m), time);
          break;
        default:
          break;
      }
    }
    if (mentions_ && !switching && node != Activity::no_node) {
      for (const PhraseMatch& m : mentions_->firing(text, SignalCategory::competitor_switch)) {
        // A name inside a web address ("acme.zendesk.com/hc/...") is a link, not a mention.
        const bool in_address =
            (m.begin > 0 && (text[m.begin - 1] == '.' || text[m.begin - 1] == '/')) ||
            (m.end < text.size() && text[m.end] == '.' && m.end + 1 < text.size() &&
             text[m.end + 1] != ' ');
        if (in_address) continue;
        const std::string& name = competitor_name(m.competitor);
        add(node, "competitor", 0, Message("signal.cause.mentions").text("name", name),
            evidence_of(m), time);
        break;
      }
    }
  }
  // Every customer text counts as a document (a product name rising in tickets and reviews
  // need not come with a defect word); social mentions are left to the influencer rule.
  // Survey comments are left out of the term and complaint rates: they come in waves, whose
  // question and timing change which words are common; the survey's own scores carry that
  // voice (satisfaction_change).
  // A review is a mention with a rating or the reviewer's address (a review app's export):
  // the customer's own words about the product, counted like a ticket.
  const bool review = event.kind == SourceKind::mentions && (event.csat || !event.emails.empty());
  if (time != INT64_MIN && (event.kind != SourceKind::mentions || review) &&
      event.kind != SourceKind::survey_responses) {
    term_trends_->add_document(event.texts, days_from_unix_seconds(time), node,
                               Evidence{event.source, event.at.row, event.record_id, "", "", ""});
    if (sentiment != 0) {
      const bool support =
          event.kind == SourceKind::tickets || event.kind == SourceKind::conversations;
      sentiment_weeks_.add(monday_week(time), sentiment, std::move(complaint), support,
                           term_trends_->terms_of(event.texts));
    }
  }
  if (event.kind == SourceKind::mentions && event.followers &&
      *event.followers >= options_.influencer_min_followers) {
    reach_mentions_.push_back({event.source, event.at.row, event.record_id, author,
                               event.texts.front().second.substr(0, 300), *event.followers, time,
                               sentiment});
  }
}

std::vector<Signal> SignalDetector::volume_signals(const ActivityLog& log,
                                                   const std::string& order_currency,
                                                   std::int64_t as_of) const {
  std::vector<Signal> out;
  // Volume: breaks in weekly orders and revenue, the complaint spikes before them, and how
  // complaints, praise and mentions move with sales (volume_change.hpp).
  std::map<std::int64_t, double> orders_by_week, revenue_by_week, mentions_by_week;
  // An order's line items after the first are rows of their own with its customer and time
  // (Shopify): the order counts once.
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::int64_t>> orders_seen;
  for (const Activity& a : log.activities()) {
    if (!a.has_time() || a.time > as_of) continue;
    const std::int64_t week = monday_week(a.time);
    if (a.kind == SourceKind::mentions) mentions_by_week[week] += 1;
    if (a.kind != SourceKind::orders) continue;
    if (orders_seen.insert({a.source, a.node, a.time}).second) orders_by_week[week] += 1;
    if (a.has_amount() && log.text(a.currency) == order_currency) revenue_by_week[week] += a.amount;
  }
  if (orders_by_week.size() >= 8) {
    WeeklyVolume v;
    // An export starts and ends mid-week: the first and last weeks are left out.
    v.first_week = orders_by_week.begin()->first + 1;
    const auto n = static_cast<std::size_t>(orders_by_week.rbegin()->first - v.first_week);
    auto in_range = [&](std::int64_t week) {
      return week >= v.first_week && week - v.first_week < static_cast<std::int64_t>(n);
    };
    auto at = [&](std::int64_t week) { return static_cast<std::size_t>(week - v.first_week); };
    auto fill = [&](std::vector<double>& series, const std::map<std::int64_t, double>& by_week) {
      series.assign(n, 0);
      for (const auto& [week, x] : by_week)
        if (in_range(week)) series[at(week)] = x;
    };
    fill(v.orders, orders_by_week);
    fill(v.revenue, revenue_by_week);
    v.currency = order_currency;
    v.texts.assign(n, 0);
    v.complaints = v.praise = v.texts;
    if (!mentions_by_week.empty()) {
      v.mentions.assign(n, 0);
      for (const auto& [week, x] : mentions_by_week)
        if (in_range(week)) v.mentions[at(week)] = static_cast<std::uint64_t>(x);
    }
    const auto week_of_day = [](std::int64_t day) { return monday_week(day * kDay); };
    for (const auto& [day, x] : term_trends_->documents_by_day())
      if (in_range(week_of_day(day))) v.texts[at(week_of_day(day))] += x;
    for (const auto& [week, w] : sentiment_weeks_.weeks) {
      if (!in_range(week)) continue;
      v.complaints[at(week)] = w.complaints;
      v.praise[at(week)] = w.praise;
      for (const auto& [term, x] : w.complaint_terms) {
        auto& series = v.term_complaints[term];
        series.resize(n, 0);
        series[at(week)] = x;
      }
    }
    for (const auto& [term, x] : v.term_complaints) {
      const auto* days = term_trends_->term_days(term);
      if (days == nullptr) continue;
      auto& series = v.term_texts[term];
      series.assign(n, 0);
      for (const auto& [day, count] : *days)
        if (in_range(week_of_day(day))) series[at(week_of_day(day))] += count;
    }
    for (const ComplaintText& c : sentiment_weeks_.complaint_texts)
      if (in_range(c.week)) v.complaint_texts.push_back(c);
    for (Signal& s : volume_change_signals(v, {})) out.push_back(std::move(s));
  }

  return out;
}

std::vector<Signal> SignalDetector::public_post_signals(
    std::span<const std::int32_t> customer_of_node, std::int64_t as_of) const {
  std::vector<Signal> out;
  // Public posts with switching intent by authors who are not known customers: a competitor
  // signal for the author, since marketing can still answer them.
  for (const auto& [author, post] : public_switching_) {
    if (CustomerGraph::customer_at(customer_of_node, post.node) >= 0 ||
        post.finding.last_time < as_of - kPublicPostRecentDays * kDay)
      continue;
    Signal s;
    s.type = "competitor";
    s.segment = "author " + author;
    s.severity = severity_name(post.finding.severity);
    s.evidence = post.finding.evidence;
    s.evidence_count = post.finding.count;
    set_prose(s, post.finding.cause,
              Message("signal.competitor.public_post.title")
                  .text("author", author)
                  .nested("cause", post.finding.cause));
    s.detected_at = to_iso_date(post.finding.last_time);
    out.push_back(std::move(s));
  }

  return out;
}

std::vector<Signal> SignalDetector::influencer_signals(std::int64_t as_of) const {
  std::vector<Signal> out;
  // Influencers: recent mentions by authors with a large audience.
  std::map<std::string, Signal> by_author;
  for (const Mention& m : reach_mentions_) {
    if (m.time < as_of - kInfluencerRecentDays * kDay || m.time > as_of) continue;
    Signal& s = by_author[m.author];
    s.type = "influencer";
    s.segment = "author " + m.author;
    const int severity = m.sentiment < 0 ? 2 : 1;
    if (s.severity.empty() || severity > severity_level(s.severity))
      s.severity = severity_name(severity);
    Message cause(m.sentiment < 0   ? "signal.cause.negative_mention"
                  : m.sentiment > 0 ? "signal.cause.positive_mention"
                                    : "signal.cause.mention");
    Evidence e = fact_evidence("text", Message("evidence.followers_text")
                                           .number("followers", m.followers, "%.0f")
                                           .text("text", m.text));
    e.source = m.source;
    e.row = m.row;
    e.record_id = m.record_id;
    s.evidence.push_back(std::move(e));
    ++s.evidence_count;
    set_prose(s, cause,
              Message("signal.influencer.title").text("author", m.author).nested("cause", cause));
    s.detected_at = to_iso_date(m.time);
    s.customer_value = m.followers;
  }
  for (auto& [author, s] : by_author) out.push_back(std::move(s));

  return out;
}

std::vector<Signal> SignalDetector::finish(const ActivityLog& log,
                                           std::span<const std::int32_t> customer_of_node,
                                           std::span<const std::string> ids,
                                           const Insights& insights,
                                           const std::vector<std::string>& source_names,
                                           std::vector<std::optional<HealthScore>>& health) const {
  const std::int64_t as_of = days_from_iso_date(options_.as_of).value_or(0) * kDay + kDay - 1;
  auto customer_of = [&](std::uint32_t node) -> std::int32_t {
    return CustomerGraph::customer_at(customer_of_node, node);
  };
  // Text candidates, merged per customer and type.
  std::map<std::pair<std::int32_t, std::string>, Candidate> merged;
  for (const auto& [key, candidate] : candidates_) {
    const std::int32_t customer = customer_of(key.first);
    if (customer < 0) continue;
    merged[{customer, key.second}].merge(candidate);
  }
  auto add_fact = [&](std::int32_t customer, const std::string& type, int severity,
                      const char* cause, Evidence evidence, std::int64_t time,
                      std::int64_t act_by = INT64_MAX) {
    // A behavioural rule's cause is its name ("failed_payments"), as a message of its own.
    merged[{customer, type}].take(severity, Message(std::string("signal.cause.") + cause),
                                  std::move(evidence), time, act_by);
  };

  // Behaviour, per customer, from the activity log: the events are grouped by customer (a
  // stable sort keeps each customer's in input order) and read one customer at a time into one
  // reused Habit, instead of a map of per-customer containers.
  struct Habit {
    std::vector<const Activity*> failed, nps, subscriptions, orders;
    int tickets_recent = 0;
    std::int64_t last_paid = INT64_MIN;
    std::vector<std::int64_t> order_days;  ///< sorted, unique: same-day orders are one
  };
  std::vector<std::pair<std::int32_t, const Activity*>> by_customer;
  for (const Activity& a : log.activities()) {
    const std::int32_t customer = customer_of(a.node);
    if (customer < 0 || !a.has_time() || a.time > as_of) continue;
    by_customer.emplace_back(customer, &a);
  }
  std::stable_sort(by_customer.begin(), by_customer.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  const auto read_habit = [&](std::size_t begin, std::size_t end, Habit& h) {
    h.failed.clear();
    h.nps.clear();
    h.subscriptions.clear();
    h.orders.clear();
    h.order_days.clear();
    h.tickets_recent = 0;
    h.last_paid = INT64_MIN;
    for (std::size_t i = begin; i < end; ++i) {
      const Activity& a = *by_customer[i].second;
      if (a.kind == SourceKind::payments) {
        const PaymentOutcome outcome = payment_outcome(log.text(a.status));
        if (outcome == PaymentOutcome::failed) h.failed.push_back(&a);
        if (outcome == PaymentOutcome::paid) h.last_paid = std::max(h.last_paid, a.time);
      }
      if (a.nps >= 0) h.nps.push_back(&a);
      if (a.kind == SourceKind::orders) {
        h.order_days.push_back(a.time / kDay);
        h.orders.push_back(&a);
      }
      if (a.kind == SourceKind::subscriptions) h.subscriptions.push_back(&a);
      if ((a.kind == SourceKind::tickets || a.kind == SourceKind::conversations) &&
          a.time > as_of - 90 * kDay)
        ++h.tickets_recent;
    }
    std::sort(h.order_days.begin(), h.order_days.end());
    h.order_days.erase(std::unique(h.order_days.begin(), h.order_days.end()), h.order_days.end());
  };
  auto fact = [&](const Activity& a, std::string field, Message text) {
    Evidence e = fact_evidence(std::move(field), std::move(text));
    e.source = a.source;
    e.row = a.row;
    e.record_id = log.text(a.record_id);
    if (auto id = fact_id(a.source, a.row)) e.record_id = std::move(*id);
    return e;
  };
  struct Run {
    std::int32_t customer;
    std::size_t begin, end;  ///< this customer's events in by_customer
  };
  std::vector<Run> runs;
  for (std::size_t begin = 0, end = 0; begin < by_customer.size(); begin = end) {
    while (end < by_customer.size() && by_customer[end].first == by_customer[begin].first) ++end;
    runs.push_back({by_customer[begin].first, begin, end});
  }
  Habit h;
  for (const Run& run : runs) {
    const std::int32_t customer = run.customer;
    read_habit(run.begin, run.end, h);
    // Failed payments: kFailedPaymentsMin in the window and nothing paid since the last.
    int recent_failed = 0;
    std::int64_t last_failed = INT64_MIN;
    for (const Activity* a : h.failed) {
      if (a->time >= as_of - kFailedPaymentsWindowDays * kDay) ++recent_failed;
      last_failed = std::max(last_failed, a->time);
    }
    if (recent_failed >= kFailedPaymentsMin && h.last_paid < last_failed) {
      for (const Activity* a : h.failed)
        if (a->time >= as_of - kFailedPaymentsWindowDays * kDay)
          add_fact(customer, "churn_risk", 2, "failed_payments",
                   fact(*a, "payments",
                        Message("evidence.failed_payment_on").text("date", to_iso_date(a->time))),
                   a->time);
    }
    // Promoter → detractor.
    // Stable: answers at the same time keep their input order in both standard libraries.
    std::stable_sort(h.nps.begin(), h.nps.end(),
                     [](const Activity* a, const Activity* b) { return a->time < b->time; });
    if (h.nps.size() >= 2) {
      const Activity& before = *h.nps[h.nps.size() - 2];
      const Activity& latest = *h.nps.back();
      if (before.nps >= 9 && latest.nps <= 6 && latest.time >= as_of - kNpsDropWindowDays * kDay) {
        add_fact(customer, "churn_risk", 1, "promoter_to_detractor",
                 fact(latest, "nps",
                      Message("evidence.nps_then")
                          .count("before", static_cast<std::uint64_t>(before.nps))
                          .text("before_date", to_iso_date(before.time))
                          .count("latest", static_cast<std::uint64_t>(latest.nps))
                          .text("latest_date", to_iso_date(latest.time))),
                 latest.time);
      }
    }
    // Downgrade: a subscription ends and a cheaper one starts within a day, in the last
    // kDowngradeWindowDays.
    for (const Activity* ended : h.subscriptions) {
      if (ended->end_time == Activity::no_time || ended->end_time > as_of ||
          ended->end_time < as_of - kDowngradeWindowDays * kDay || !ended->has_amount())
        continue;
      for (const Activity* next : h.subscriptions) {
        if (next == ended || !next->has_amount() || next->amount >= ended->amount) continue;
        if (std::llabs(next->time - ended->end_time) > kDay) continue;
        add_fact(customer, "churn_risk", 1, "downgrade",
                 fact(*next, "subscriptions",
                      Message("evidence.downgraded")
                          .text("from", std::string(log.text(ended->plan)))
                          .text("to", std::string(log.text(next->plan)))
                          .text("date", to_iso_date(next->time))),
                 next->time);
      }
    }
    // Renewals, from the subscription export's own facts (Stripe: Cancel At Period End,
    // Interval, Current Period End) on subscriptions still running at as_of. One set to cancel
    // at its period end is leaving unless someone acts first; an annual one renewing within
    // kRenewalWindowDays is the account's yearly conversation. Both are due the day before the
    // period end, since a period can end in the first minutes of its last day.
    for (const Activity* sub : h.subscriptions) {
      const std::string_view status = log.text(sub->status);
      const bool running =
          (status.empty() || status == "active" || status == "trialing" || status == "past_due") &&
          (sub->end_time == Activity::no_time || sub->end_time > as_of);
      if (!running) continue;
      const bool dated = sub->period_end != Activity::no_time;
      const std::string period_end = dated ? to_iso_date(sub->period_end) : "";
      auto with_plan = [&](const char* id) {
        Message m(id);
        if (log.text(sub->plan).empty()) return m.nested("plan", Message("evidence.subscription"));
        return m.text("plan", std::string(log.text(sub->plan)));
      };
      if (sub->cancel_at_period_end == 1) {
        add_fact(customer, "churn_risk", 2, "cancel_at_period_end",
                 fact(*sub, "subscriptions",
                      dated ? with_plan("evidence.cancel_at_period_end_on").text("date", period_end)
                            : with_plan("evidence.cancel_at_period_end")),
                 INT64_MIN, dated ? sub->period_end - kDay : INT64_MAX);
        continue;
      }
      if (sub->interval != BillingInterval::year || !dated || sub->end_time != Activity::no_time)
        continue;
      const std::int64_t days_left =
          days_from_unix_seconds(sub->period_end) - days_from_unix_seconds(as_of);
      if (days_left >= 0 && days_left <= kRenewalWindowDays) {
        add_fact(customer, "opportunity", 1, "renewal_due",
                 fact(*sub, "subscriptions",
                      with_plan("evidence.renews_on")
                          .text("date", period_end)
                          .count("days", static_cast<std::uint64_t>(days_left))),
                 INT64_MIN, sub->period_end - kDay);
      }
    }
    // A promoter whose spend is growing: latest NPS 9–10 and the last 90 days' spend at least
    // twice the 90 days before, on at least kGrowingSpendMinOrders orders in each.
    if (!h.nps.empty() && h.nps.back()->nps >= 9) {
      double recent = 0, before = 0;
      int recent_orders = 0, before_orders = 0;
      for (const Activity* o : h.orders) {
        if (!o->has_amount()) continue;
        if (o->time > as_of - 90 * kDay) {
          recent += o->amount;
          ++recent_orders;
        } else if (o->time > as_of - 180 * kDay) {
          before += o->amount;
          ++before_orders;
        }
      }
      if (recent_orders >= kGrowingSpendMinOrders && before_orders >= kGrowingSpendMinOrders &&
          recent >= 2 * before) {
        add_fact(customer, "opportunity", 1, "promoter_growing_spend",
                 fact(*h.orders.back(), "orders",
                      Message("evidence.growing_spend")
                          .count("nps", static_cast<std::uint64_t>(h.nps.back()->nps))
                          .number("recent", recent, "%.2f")
                          .number("before", before, "%.2f")),
                 h.orders.back()->time);
      }
    }
    // A habit that stopped: a lapsed buyer with at least kLapsedMinOrders orders.
    if (static_cast<std::size_t>(customer) < insights.customers.size() &&
        insights.customers[static_cast<std::size_t>(customer)].lapsed &&
        h.order_days.size() >= kLapsedMinOrders) {
      const Activity& last = **std::max_element(
          h.orders.begin(), h.orders.end(),
          [](const Activity* a, const Activity* b) { return a->time < b->time; });
      add_fact(customer, "churn_risk", 1, "ordering_stopped",
               fact(last, "orders",
                    Message("evidence.orders_last_on")
                        .count("orders", h.order_days.size())
                        .text("date", to_iso_date(last.time))),
               last.time);
    }
  }

  std::vector<Signal> out;
  std::map<std::int32_t, Signal> per_customer_quality;
  for (const auto& [key, c] : merged) {
    Signal s;
    s.type = key.second;
    s.severity = severity_name(c.severity);
    s.customer_id = ids[static_cast<std::size_t>(key.first)];
    s.evidence = c.evidence;
    s.evidence_count = c.count;
    s.detected_at = c.last_time > INT64_MIN ? to_iso_date(c.last_time) : options_.as_of;
    if (c.deadline != INT64_MAX) s.deadline = to_iso_date(c.deadline);
    const auto& model = insights.customers.size() > static_cast<std::size_t>(key.first)
                            ? insights.customers[static_cast<std::size_t>(key.first)]
                            : CustomerInsight{};
    s.customer_value = model.expected_value.value_or(0);
    set_prose(s, c.cause, title_of(s.type, c.cause));
    out.push_back(std::move(s));
  }

  // Quality issues: terms whose share of customer texts rose in the last month against the
  // 11 before (exact conditional Poisson test, BH over the terms), terms of the same texts
  // merged into one issue; then each customer who wrote of it in that month.
  for (const RisingIssue& issue : term_trends_->rising(as_of / kDay)) {
    // The segment names up to 5 terms and the title 3: a long tail of companions is noise.
    const std::string terms = join_first(issue.terms, 5);
    const RateChange& c = issue.change;
    Signal s;
    s.type = "quality_issue";
    s.segment = "term: " + terms;
    s.severity = c.rate_ratio >= 3 ? "high" : "medium";
    const Message cause = Message("signal.cause.rising_term").text("term", issue.terms.front());
    // The evidence text was cut at 259 bytes when it was written with snprintf; a term that
    // long is not a real one, and the message keeps the whole of it.
    s.evidence.push_back(
        fact_evidence("texts",
                      Message("evidence.rising_term")
                          .text("term", issue.terms.front())
                          .count("recent_count", c.recent_count)
                          .count("recent_total", c.recent_total)
                          .text("first_day", to_iso_date(issue.recent_first_day * kDay))
                          .text("last_day", to_iso_date(issue.recent_last_day * kDay))
                          .count("baseline_count", c.baseline_count)
                          .count("baseline_total", c.baseline_total)
                          .count("months", c.baseline_periods)
                          .number("rate_ratio", c.rate_ratio, "%.1f")
                          .number("lo", c.ci95[0], "%.1f")
                          .number("hi", c.ci95[1], "%.1f")
                          .number("q", c.q_value, "%.2g"),
                      issue.terms.front()));
    for (const TermMention& m : issue.mentions)
      if (s.evidence.size() < 5) s.evidence.push_back(m.evidence);
    s.evidence_count = issue.mentions.size();
    set_prose(
        s, cause,
        Message("signal.quality_issue.rising.title").text("terms", join_first(issue.terms, 3)));
    s.detected_at = options_.as_of;
    out.push_back(std::move(s));
    for (const TermMention& m : issue.mentions) {
      const std::int32_t customer = customer_of(m.node);
      if (customer < 0) continue;
      Signal& per = per_customer_quality[customer];
      if (per.evidence.empty()) {
        per.type = "quality_issue";
        per.severity = "medium";
        per.customer_id = ids[static_cast<std::size_t>(customer)];
        set_prose(per, cause,
                  Message("signal.quality_issue.term.title").text("term", issue.terms.front()));
        per.detected_at = to_iso_date(m.day * kDay);
      }
      if (per.evidence.size() < 5) per.evidence.push_back(m.evidence);
      ++per.evidence_count;
    }
  }
  for (auto& [customer, s] : per_customer_quality) out.push_back(std::move(s));

  // Campaigns: response and conversion (an order within 30 days of responding) of each
  // campaign's members against all other campaigns' members, by the two-proportion z-test
  // with Newcombe's interval (compare.hpp), Benjamini–Hochberg over the campaigns.
  struct CampaignCounts {
    std::set<std::int32_t> members, responded, converted;
  };
  std::map<std::uint32_t, CampaignCounts> campaigns;
  for (const Activity& a : log.activities()) {
    if (a.kind != SourceKind::campaign_members || a.campaign == 0) continue;
    const std::int32_t customer = customer_of(a.node);
    if (customer < 0) continue;
    CampaignCounts& c = campaigns[a.campaign];
    c.members.insert(customer);
    const bool responded = a.responded_at != Activity::no_time ||
                           log.text(a.status).find("respond") != std::string::npos;
    if (!responded) continue;
    c.responded.insert(customer);
    const auto run =
        std::lower_bound(runs.begin(), runs.end(), customer,
                         [](const Run& r, std::int32_t wanted) { return r.customer < wanted; });
    if (run == runs.end() || run->customer != customer || a.responded_at == Activity::no_time)
      continue;
    for (std::size_t i = run->begin; i < run->end; ++i) {
      const Activity* o = by_customer[i].second;
      if (o->kind != SourceKind::orders) continue;
      if (o->time >= a.responded_at && o->time <= a.responded_at + 30 * kDay) {
        c.converted.insert(customer);
        break;
      }
    }
  }
  if (campaigns.size() >= 2) {
    std::vector<std::uint32_t> names;
    std::vector<Comparison> responses, conversions;
    for (const auto& [name, c] : campaigns) {
      CsatCounts these{c.responded.size(), c.members.size()}, rest{};
      CsatCounts these_converted{c.converted.size(), c.members.size()}, rest_converted{};
      for (const auto& [other, o] : campaigns) {
        if (other == name) continue;
        rest += CsatCounts{o.responded.size(), o.members.size()};
        rest_converted += CsatCounts{o.converted.size(), o.members.size()};
      }
      auto response = compare_csat(rest, these);
      auto conversion = compare_csat(rest_converted, these_converted);
      if (!response || !conversion) continue;
      names.push_back(name);
      responses.push_back(response.value());
      conversions.push_back(conversion.value());
    }
    std::vector<double> p;
    for (const Comparison& c : responses) p.push_back(c.p_value);
    if (auto q = benjamini_hochberg(p)) {
      for (std::size_t i = 0; i < names.size(); ++i) {
        const Comparison& r = responses[i];
        if (q.value()[i] > 0.05 || r.difference <= 0 || r.small_sample) continue;
        const CampaignCounts& c = campaigns[names[i]];
        Signal s;
        s.type = "campaign_response";
        s.segment = "campaign=" + std::string(log.text(names[i]));
        s.severity = "medium";
        const Estimate rate = share_with_wilson_interval(c.responded.size(), c.members.size());
        const Estimate converted = share_with_wilson_interval(c.converted.size(), c.members.size());
        s.evidence.push_back(
            fact_evidence("campaign_members",
                          Message("evidence.campaign_response")
                              .count("responded", c.responded.size())
                              .count("members", c.members.size())
                              .number("rate", 100 * rate.value, "%.0f")
                              .number("lo", 100 * rate.ci95[0], "%.0f")
                              .number("hi", 100 * rate.ci95[1], "%.0f")
                              .number("difference", r.difference, "%+.1f")
                              .number("q", q.value()[i], "%.2g")
                              .count("converted", c.converted.size())
                              .number("converted_rate", 100 * converted.value, "%.0f")
                              .number("converted_difference", conversions[i].difference, "%+.1f")));
        s.evidence_count = c.members.size();
        set_prose(s, Message("signal.cause.campaign_response"),
                  Message("signal.campaign_response.title")
                      .text("campaign", std::string(log.text(names[i]))));
        s.detected_at = options_.as_of;
        out.push_back(std::move(s));
      }
    }
  }

  // Satisfaction changes the metrics layer found significant (BH-controlled), drops only.
  // Drill-down: a drop within one segment value that a two-way cell accounts for
  // (explained_by) is reported once, as that cell, with the value's drop as evidence. A cell
  // that accounts for none of the significant drops of the values it lies in is a piece of a
  // wider drop already reported, and is left out.
  const auto is_drop = [](const SatisfactionChange& change) {
    return change.significant && change.comparison.difference < 0;
  };
  // Two segment columns that agree on every answer (Country DE and Language DE) give the same
  // test twice: one signal, naming both.
  std::map<std::tuple<std::string, std::string, std::uint64_t, std::uint64_t, double, double>,
           std::size_t>
      signal_of_same_answers;
  for (const SatisfactionChange& change : insights.changes) {
    if (!is_drop(change) || change.explained_by) continue;
    std::vector<const SatisfactionChange*> explained;
    bool within_wider_drop = false;
    if (change.segment_parts.size() == 2) {
      for (const SatisfactionChange& value : insights.changes) {
        if (value.metric != change.metric || value.dimension != change.dimension ||
            value.segment_parts.size() != 1 || !is_drop(value) ||
            std::find(change.segment_parts.begin(), change.segment_parts.end(),
                      value.segment_parts[0]) == change.segment_parts.end())
          continue;
        if (value.explained_by && value.explained_by->cell == change.segment_parts) {
          explained.push_back(&value);
        } else {
          within_wider_drop = true;
        }
      }
      if (within_wider_drop && explained.empty()) continue;
    }
    Signal s;
    s.type = "satisfaction_change";
    for (const SegmentPart& part : change.segment_parts)
      s.segment += (s.segment.empty() ? "" : " × ") + part.column + "=" + part.value;
    Message segment;  // the segment in words when it is not a column's value: "all"
    if (s.segment.empty()) {
      if (change.dimension == "recent" || change.dimension == "month" ||
          change.dimension == "quarter") {
        segment = Message("signal.segment.all");
        s.segment = english(segment);
      } else {
        s.segment = change.dimension + "=" + change.b;
      }
    }
    s.severity = change.comparison.difference <= -20 ? "high" : "medium";
    Message cause("signal.cause.satisfaction_change");
    cause.nested("metric", metric_word(change.metric));
    nested_or_text(cause, "dimension", dimension_word(change.dimension), change.dimension);
    nested_or_text(cause, "a", change.a_msg, change.a);
    nested_or_text(cause, "b", change.b_msg, change.b);
    // The snprintf these texts were written with cut them at 299 bytes; the messages do not.
    s.evidence.push_back(fact_evidence(
        change.metric, Message("evidence.satisfaction_change")
                           .nested("metric", metric_word(change.metric))
                           .number("difference", change.comparison.difference, "%+.1f")
                           .number("lo", change.comparison.ci95[0], "%+.1f")
                           .number("hi", change.comparison.ci95[1], "%+.1f")
                           .number("q", change.q_value, "%.3g")
                           .count("n_a", change.n_a)
                           .count("n_b", change.n_b)));
    for (const SatisfactionChange* value : explained) {
      const CellExplanation& why = *value->explained_by;
      const auto& part = value->segment_parts[0];
      Message text(why.without_cell ? "evidence.explained_by_cell" : "evidence.only_in_cell");
      text.text("column", part.column)
          .text("value", part.value)
          .nested("metric", metric_word(value->metric))
          .number("difference", value->comparison.difference, "%+.1f")
          .number("q", value->q_value, "%.3g");
      if (why.without_cell) {
        text.count("n_a", value->n_a)
            .count("n_b", value->n_b)
            .number("without", why.without_cell->difference, "%+.1f")
            .number("lo", why.without_cell->ci95[0], "%+.1f")
            .number("hi", why.without_cell->ci95[1], "%+.1f")
            .number("p", why.without_cell->p_value, "%.3g")
            .count("without_n_a", why.n_a)
            .count("without_n_b", why.n_b);
      }
      s.evidence.push_back(fact_evidence(value->metric, std::move(text)));
    }
    s.evidence_count = change.n_a + change.n_b;
    Message title("signal.satisfaction_change.title");
    nested_or_text(title, "segment", segment, s.segment);
    title.nested("metric", metric_word(change.metric));
    set_prose(s, std::move(cause), std::move(title));
    s.detected_at = options_.as_of;
    const auto [same, first] = signal_of_same_answers.try_emplace(
        {change.metric, change.dimension, change.n_a, change.n_b, change.comparison.difference,
         change.comparison.p_value},
        out.size());
    if (!first) {
      Signal& earlier = out[same->second];
      Message same_answers("evidence.same_answers");
      nested_or_text(same_answers, "segment", segment, s.segment);
      earlier.evidence.push_back(fact_evidence(change.metric, std::move(same_answers)));
      continue;
    }
    out.push_back(std::move(s));
  }

  // Volume, public posts with switching intent, influencers: from what the stream kept.
  for (Signal& s : volume_signals(log, insights.order_currency, as_of)) out.push_back(std::move(s));
  for (Signal& s : public_post_signals(customer_of_node, as_of)) out.push_back(std::move(s));
  for (Signal& s : influencer_signals(as_of)) out.push_back(std::move(s));

  // Score, id and route.
  for (Signal& s : out) {
    const double base = s.severity == "high" ? 70 : s.severity == "medium" ? 45 : 20;
    s.score = std::min(
        100.0,
        base + 5 * pmath::log2(1.0 + static_cast<double>(s.evidence_count)) +
            (s.customer_value > 0 ? std::min(10.0, pmath::log10(1 + s.customer_value) * 2) : 0));
    const Evidence* first = s.evidence.empty() ? nullptr : &s.evidence.front();
    s.id = hex_id(
        "s-", s.type + "|" + s.customer_id + "|" + s.segment + "|" + s.cause + "|" +
                  (first ? std::to_string(first->source) + ":" + std::to_string(first->row) : ""));
    s.route = route_signal(s, routes_, options_.as_of, source_names);
  }
  // Health, from the same facts and the churn signals just found.
  std::map<std::string, int> churn_severity;
  for (const Signal& s : out) {
    if (s.type != "churn_risk" || s.customer_id.empty()) continue;
    const int severity = severity_level(s.severity);
    auto [it, inserted] = churn_severity.try_emplace(s.customer_id, severity);
    if (!inserted) it->second = std::max(it->second, severity);
  }
  health.assign(ids.size(), std::nullopt);
  // Each customer's habit is read a second time rather than kept from the first pass: health
  // needs every churn signal (text ones included) first, and keeping one Habit per customer
  // (hundreds of thousands of vectors) cost more than one more pass over their rows.
  for (const Run& run : runs) {
    const std::int32_t customer = run.customer;
    read_habit(run.begin, run.end, h);
    HealthInputs in;
    // The latest two answers by time (files list them in any order; ties keep file order).
    std::vector<const Activity*> answers = h.nps;
    std::stable_sort(answers.begin(), answers.end(),
                     [](const Activity* a, const Activity* b) { return a->time < b->time; });
    if (!answers.empty()) in.last_nps = answers.back()->nps;
    if (answers.size() >= 2) in.previous_nps = answers[answers.size() - 2]->nps;
    for (const Activity* o : h.orders) in.ordered_recently |= o->time > as_of - 90 * kDay;
    const auto index = static_cast<std::size_t>(customer);
    if (index < insights.customers.size()) {
      in.lapsed = insights.customers[index].lapsed;
      in.p_order_90_days = insights.customers[index].p_order_90_days;
      in.p_subscribed_90_days = insights.customers[index].p_subscribed_90_days;
      in.subscription_curve = insights.customers[index].subscription_curve;
      in.subscription_age_days = insights.customers[index].subscription_age_days;
    }
    in.subscriber = !h.subscriptions.empty();
    in.tickets_recent = h.tickets_recent;
    for (const Activity* f : h.failed)
      in.payments_failed_recent += f->time >= as_of - kFailedPaymentsWindowDays * kDay ? 1 : 0;
    in.subscription_ended = !h.subscriptions.empty();
    for (const Activity* sub : h.subscriptions)
      in.subscription_ended &= sub->end_time != Activity::no_time && sub->end_time <= as_of;
    const auto it = churn_severity.find(ids[index]);
    if (it != churn_severity.end()) in.churn_signal_severity = it->second;
    health[index] = health_score(in);
  }

  std::stable_sort(out.begin(), out.end(), [](const Signal& a, const Signal& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.id < b.id;
  });
  return out;
}

}  // namespace cxs
