// Column roles: which column of a source holds what, each decision with its confidence.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/message.hpp"

namespace cxs {

enum class Role {
  record_id,  ///< the row's own id in the tool (response, ticket, charge, ...)
  customer_email,
  customer_name,
  customer_first_name,
  customer_last_name,
  customer_phone,
  customer_id,      ///< the customer's id in a tool (Stripe cus_..., requester id, record id)
  customer_handle,  ///< a social handle
  agent,            ///< staff: assignee, owner, agent, admin; never a customer
  platform,         ///< social network of a mention
  score_nps,
  nps_group,  ///< a derived Promoter/Passive/Detractor label: recognised, not scored
  score_csat,
  score_ces,
  comment,
  subject,
  body,
  part_body,  ///< a thread's later messages, one line per part (Intercom conversation_parts[].body)
  part_author_type,  ///< who wrote each part, line for line: user / lead / contact, or staff
  submitted_at,
  created_at,
  canceled_at,
  ended_at,
  responded_at,
  order_id,
  amount,
  currency,
  status,
  plan,
  billing_interval,        ///< day / week / month / year (Stripe "Interval")
  billing_interval_count,  ///< bills every N intervals (Stripe "Interval Count")
  current_period_end,      ///< when the paid period ends: the renewal, or the end if cancelling
  cancel_at_period_end,    ///< true when the subscription ends at current_period_end
  followers,
  campaign,
  url,
  segment,  ///< a categorical attribute to compare groups by: country, channel, region, ...
            ///< Keep it last: kRoleCount counts up to it.
};

/// How many roles there are: the size of tables indexed by Role.
inline constexpr std::size_t kRoleCount = static_cast<std::size_t>(Role::segment) + 1;

/// Spelling of a Role in the report's mapping.
const char* to_string(Role role);
/// The Role spelled `name` ("customer_email"), as a mapping file writes it.
std::optional<Role> role_from_string(std::string_view name);

struct LabelScale;

struct ColumnRole {
  std::size_t index = 0;  ///< 0-based column position
  std::string header;
  Role role = Role::score_nps;
  double confidence = 0;  ///< 0..1: header evidence times how well sample values fit
  std::string evidence;   ///< why, in a few words, for the mapping view
  /// score_csat given as labels: the scale they were read on (label_scales.hpp).
  const LabelScale* scale = nullptr;
  /// agent found by its values: only its addresses on this domain are staff (a "To" column
  /// holds the support address on inbound mail and the customer's on replies).
  std::string staff_domain;
  Message evidence_msg{};  ///< evidence as a message (message.hpp)
};

/// Sets a column's evidence, in English and as a message.
inline void set_evidence(ColumnRole& column, Message evidence) {
  column.evidence = english(evidence);
  column.evidence_msg = std::move(evidence);
}

/// A role a column could also have had, for the mapping view and doubts.
struct RoleAlternative {
  Role role = Role::segment;
  double confidence = 0;
};

/// Every column as detection saw it, whether or not it got a role.
struct ColumnSummary {
  std::size_t index = 0;
  std::string header;
  std::string profile;    ///< what the values are, in a few words (ColumnProfile::summary)
  std::string id_prefix;  ///< a tool's id prefix the values share ("sub_", "ch_"), if any
  std::vector<RoleAlternative> alternatives;  ///< other roles it could hold, best first
  Message profile_msg{};                      ///< profile as a message (message.hpp)
};

/// A key role two columns were close for: the user should check it.
struct RoleDoubt {
  Role role = Role::customer_email;
  std::size_t chosen = 0;  ///< column index given the role
  std::size_t rival = 0;   ///< the runner-up column
  double margin = 0;       ///< confidence of chosen minus rival
};

struct SourceMapping {
  std::vector<ColumnRole> columns;  ///< only the columns that were given a role
  std::vector<ColumnSummary> all;   ///< every column, in order
  std::vector<RoleDoubt> doubts;    ///< key roles decided by a small margin
  /// What each row says it is, where a column names it ("type": "customerReviews",
  /// "object": "charge"): its dominant value, else empty.
  std::string record_type;
  /// The column given `role`, if any.
  std::optional<ColumnRole> find(Role role) const;
};

/// Below this margin a key role (or a file's kind) is reported as uncertain.
inline constexpr double kUncertainMargin = 0.1;

/// Roles the user fixed (header text → role, or "ignore"), from the mapping option.
struct MappingOverride {
  std::map<std::string, std::string> columns;
};

/// Decides column roles from the header row(s) and a sample of data rows, values first:
/// each column is profiled (column_profile.hpp), the profile says which roles it can hold
/// (an e-mail column, a 1–5 integer, a satisfaction label scale, a cus_ id), and the header
/// (English and Japanese vocabularies, JSON key paths) chooses among them. Roles are then
/// assigned for the whole file: each column at most one role, most roles one column, best
/// confidence first. Staff columns (assignee, owner, agent, admin, or addresses that share the
/// company's or one organisation's domain beside a column of spread customer domains) are
/// `agent`, never customer identity. `company_domains` are the company's own mail domains.
SourceMapping detect_column_roles(std::span<const std::string> header,
                                  std::span<const std::vector<std::string>> sample,
                                  const MappingOverride& override_roles = {},
                                  std::span<const std::string> company_domains = {});

}  // namespace cxs
