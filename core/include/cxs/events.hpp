// Events: one typed, validated fact per source row (a response, a ticket, an order, ...).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/billing_interval.hpp"
#include "cxs/issue.hpp"

namespace cxs {

enum class SourceKind {
  unknown,
  survey_responses,
  tickets,
  conversations,
  orders,
  payments,
  subscriptions,
  contacts,
  campaign_members,
  mentions,
};

/// Spelling of a SourceKind in the report.
const char* to_string(SourceKind kind);

/// What a payment row's status says, read the same way by identity, insights and signals:
/// "failed" failed; "paid", "succeeded" (Stripe) or no status at all (a bare record of money
/// received) paid; anything else (refunded, pending, disputed, ...) neither.
enum class PaymentOutcome { paid, failed, other };
/// `status`: lower case, as the activity log keeps it.
PaymentOutcome payment_outcome(std::string_view status);

/// A row as the rest of the pipeline sees it: who (normalised keys), when, and what.
struct Event {
  SourceKind kind = SourceKind::unknown;
  std::uint32_t source = 0;  ///< index of the source in the analysis
  SourceRef at;
  std::vector<std::string> keys;             ///< normalised customer keys (see customer_keys.hpp)
  std::vector<std::string> emails;           ///< the customer's addresses among the keys
  std::string name;                          ///< the customer's name as written
  std::string handle;                        ///< a social handle as written ("@acme_fan")
  std::optional<std::int64_t> time;          ///< unix seconds
  std::optional<std::int64_t> canceled_at;   ///< unix seconds, subscriptions: the (planned) end
  std::optional<std::int64_t> responded_at;  ///< unix seconds, campaign members who responded
  std::optional<int> nps;                    ///< 0..10
  std::optional<int> csat;                   ///< 1..5, 0 for a good/bad rating
  std::optional<bool> csat_satisfied;
  std::optional<int> ces;  ///< 1..7 customer effort answer
  std::optional<double> amount;
  std::string currency;
  std::string status;
  std::string plan;
  BillingInterval interval = BillingInterval::unknown;  ///< subscriptions: how often it bills
  int interval_count = 1;                               ///< subscriptions: every N intervals
  std::optional<std::int64_t> period_end;    ///< subscriptions: end of the paid period, unix s
  std::optional<bool> cancel_at_period_end;  ///< subscriptions: set to end at period_end
  std::string record_id;
  std::string order_id;
  std::string text;  ///< subject, comment or message start (≤ 160 bytes), for the timeline
  /// The customer's own words, whole (≤ 4 KiB each, HTML shown as text): subject, comment,
  /// body and the customer's later parts of a thread, by header ("…parts[1].body" for a part).
  /// Signal detectors read these; nothing keeps them after the row.
  std::vector<std::pair<std::string, std::string>> texts;
  std::optional<double> followers;  ///< reach of a mention's author
  std::string campaign;
  /// Categorical attributes to compare groups by (segment columns and the plan): header → value.
  std::vector<std::pair<std::string, std::string>> segments;
};

}  // namespace cxs
