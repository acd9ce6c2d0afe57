// SignalDetector: reads every event once as it streams by (phrase rules over the customer's
// own words), then, once identity and the models are settled, adds the behavioural and
// aggregate signals and routes each one.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "cxs/activity_log.hpp"
#include "cxs/events.hpp"
#include "cxs/health_score.hpp"
#include "cxs/insights.hpp"
#include "cxs/intent_model.hpp"
#include "cxs/intent_reader.hpp"
#include "cxs/phrase_matcher.hpp"
#include "cxs/result.hpp"
#include "cxs/routing.hpp"
#include "cxs/signal.hpp"
#include "cxs/term_trends.hpp"
#include "cxs/volume_change.hpp"

namespace cxs {

struct SignalOptions {
  std::string as_of;  ///< ISO date
  /// Competitor names; "Name|alias|alias" gives aliases that report as Name.
  std::vector<std::string> competitors;
  std::string lexicon_edits;  ///< JSON for apply_edits(), or empty
  std::string routes;         ///< JSON routing rules, or empty for the default routes
  /// The company's own mail domains: the name in them ("acme" of acme.example) is not a
  /// product term, however often customers write it.
  std::vector<std::string> company_domains;
  /// The company's own social handles: never influencers, never competitor mentions.
  std::vector<std::string> own_accounts;
  double influencer_min_followers = 100000;  ///< reach that makes a mention a signal
  /// An intent model (intent_model.hpp) as JSON: when given, it decides the churn_risk,
  /// competitor (switching) and opportunity signals of customer texts, the phrase rules being
  /// some of its features. Empty: the phrase rules decide alone.
  std::string intent_model;
};

class SignalDetector {
 public:
  /// Compiles the lexicon (with edits and competitors) and the routing rules; a bad edit or
  /// rule is an invalid_options error naming it.
  static Result<SignalDetector> create(const SignalOptions& options);

  /// Reads one event's text fields, attached to its customer-graph node.
  void observe(const Event& event, std::uint32_t node);

  /// The detector's intent model (SignalOptions::intent_model; without one, the intent
  /// reader's) trained further on `labels`, with this detector's phrase rules, competitors and
  /// intent reader as features (intent_model.hpp).
  IntentModel train_intents(std::span<const IntentLabel> labels,
                            const IntentTraining& training = {}) const;

  /// Every signal, ranked by score. `ids` are the customers' stable ids (by index). `health`
  /// gets each customer's health score (by index; empty for a customer with no dated event).
  std::vector<Signal> finish(const ActivityLog& log, std::span<const std::int32_t> customer_of_node,
                             std::span<const std::string> ids, const Insights& insights,
                             const std::vector<std::string>& source_names,
                             std::vector<std::optional<HealthScore>>& health) const;

 private:
  SignalDetector() = default;
  struct Candidate {
    int severity = 0;  ///< 0 low, 1 medium, 2 high
    Message cause;
    std::vector<Evidence> evidence;
    std::uint64_t count = 0;
    std::int64_t last_time = INT64_MIN;
    /// Unix seconds by which someone must act (a renewal date), INT64_MAX for none.
    std::int64_t deadline = INT64_MAX;
    /// Folds `other` in: the most severe cause wins (the first at a tie), counts add, the
    /// earliest deadline holds, and evidence is kept up to 5 pieces, oldest first.
    void merge(const Candidate& other);
    /// One more finding.
    void take(int finding_severity, const Message& finding_cause, Evidence piece, std::int64_t time,
              std::int64_t act_by = INT64_MAX) {
      merge({finding_severity, finding_cause, {std::move(piece)}, 1, time, act_by});
    }
  };
  /// The reported name of a competitor alias ("ZD" → "Zendesk"); a name without aliases as is.
  const std::string& competitor_name(const std::string& alias) const;
  void add(std::uint32_t node, const std::string& type, int severity, const Message& cause,
           Evidence evidence, std::int64_t time);
  /// The intent reader's signals for one record's texts; true when it found switching.
  bool read_intents(const Event& event, std::uint32_t node, std::int64_t time);
  /// The intent model's signals for one record's texts (when a model was given); true when it
  /// found switching to a competitor.
  bool decide_intents(const Event& event, std::uint32_t node, std::int64_t time);
  // Parts of finish(), one per signal family that needs no per-customer merging.
  /// Breaks in weekly orders and revenue, and the complaints that preceded them.
  std::vector<Signal> volume_signals(const ActivityLog& log, const std::string& order_currency,
                                     std::int64_t as_of) const;
  /// Public posts with switching intent by authors who are not known customers.
  std::vector<Signal> public_post_signals(std::span<const std::int32_t> customer_of_node,
                                          std::int64_t as_of) const;
  /// Recent mentions by authors with a large audience, one signal per author.
  std::vector<Signal> influencer_signals(std::int64_t as_of) const;

  SignalOptions options_;
  std::optional<PhraseMatcher> matcher_;
  std::optional<PhraseMatcher> mentions_;  ///< any competitor name at all
  std::optional<IntentModel> intent_model_;
  std::optional<IntentReader> reader_;
  std::set<std::string> user_phrases_;  ///< phrases added by lexicon edits: they fire as written
  std::map<std::string, std::string> competitor_of_alias_;
  std::set<std::string> own_accounts_;  ///< lower case, without '@'

  RoutingRules routes_;
  /// (node, type) → what was found; nodes become customers at finish().
  std::map<std::pair<std::uint32_t, std::string>, Candidate> candidates_;
  struct Mention {
    std::uint32_t source;
    std::uint64_t row;
    std::string record_id, author, text;
    double followers;
    std::int64_t time;
    int sentiment;  ///< −1 complaint, 0 neutral, +1 praise
  };
  std::vector<Mention> reach_mentions_;  ///< mentions by authors with a large audience
  /// (source, row) → the record's id, for recent non-text events (see observe()): sorted by
  /// (source, row), the ids back to back in one buffer. Rows arrive in order, so an entry is
  /// almost always appended; a map here held ~100 bytes per row on a million rows.
  struct FactId {
    std::uint32_t source;
    std::uint32_t size;
    std::uint64_t row;
    std::uint64_t at;  ///< offset in fact_id_text_
    /// The order of fact_record_ids_: by (source, row).
    static bool before(const FactId& a, std::pair<std::uint32_t, std::uint64_t> key);
  };
  std::vector<FactId> fact_record_ids_;
  std::string fact_id_text_;
  void keep_fact_id(std::uint32_t source, std::uint64_t row, std::string_view id);
  std::optional<std::string> fact_id(std::uint32_t source, std::uint64_t row) const;
  std::int64_t fact_ids_from_ = 0;  ///< unix seconds
  struct PublicPost {
    std::uint32_t node = Activity::no_node;
    Candidate finding;
  };
  /// Switching intent in public posts, by author: a signal when the author is no customer.
  std::map<std::string, PublicPost> public_switching_;
  /// Words of customer texts, by day: a term whose share of those texts rises is a quality
  /// issue (product names, versions, parts: "battery", "4.2").
  std::optional<TermTrends> term_trends_;
  SentimentWeeks sentiment_weeks_;  ///< complaints and praise by week, for volume_change
};

}  // namespace cxs
