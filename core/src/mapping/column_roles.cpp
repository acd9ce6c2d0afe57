// Column roles for a whole file: profiles, candidates (detail/role_candidates.hpp), then one
// assignment across the columns; see column_roles.hpp.
#include "cxs/column_roles.hpp"

#include <algorithm>
#include <map>

#include "cxs/column_profile.hpp"
#include "cxs/customer_keys.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/header_words.hpp"
#include "cxs/detail/role_candidates.hpp"
#include "cxs/label_scales.hpp"

namespace cxs {
namespace {

using detail::any_word;
using detail::Candidate;
using detail::candidates_for;
using detail::ColumnFacts;
using detail::Fit;
using detail::is_effort_header;
using detail::is_nps_header;
using detail::is_question;
using detail::is_score_word;
using detail::normalise_header;
using detail::Values;
using detail::values_fit;

constexpr auto trim = [](std::string_view text) { return detail::trim_blanks(text); };

/// Whether this column may take a role another column already has. Several id or phone
/// columns of one person (an internal and an external id, phone and mobile) all link records;
/// a second e-mail column only when its header names it as the customer's own (billing e-mail
/// beside customer e-mail), because a second address is more often someone else's (the
/// agent's, the sender's).
bool may_repeat(const ColumnRole& column) {
  switch (column.role) {
    case Role::agent:
    case Role::segment:
    case Role::customer_id:
    case Role::customer_phone:
      return true;
    case Role::customer_email:
      return column.confidence >= 0.85;
    default:
      return false;
  }
}

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

namespace {

bool is_key_role(Role role) {
  return role == Role::customer_email || role == Role::customer_id || role == Role::score_nps ||
         role == Role::score_csat || role == Role::score_ces;
}

bool is_score_role(Role role) {
  return role == Role::score_nps || role == Role::score_csat || role == Role::score_ces;
}

/// A sibling column that names each row's survey type (Delighted's survey_type = nps): the
/// role its dominant value gives to a generic score column, when ≥ 90% of rows agree.
std::optional<Role> survey_type_role(std::span<const ColumnFacts> facts) {
  for (const ColumnFacts& c : facts) {
    // Only a column whose header names a type or a question can say which survey this is
    // (survey_type, ces_question); a repeated free-text answer ("easy to use") cannot.
    if (c.profile.filled == 0 || c.profile.distinct > 6 ||
        !any_word(c.h, {"type", "survey", "question", "metric", "kind"}))
      continue;
    std::size_t nps = 0, csat = 0, ces = 0, other = 0;
    for (const std::string_view raw : c.cells) {
      const std::string v = detail::ascii_lower(trim(raw));
      if (v.empty()) continue;
      // A type name (Delighted's survey_type) or the question itself (a ces_question field).
      const std::string question = normalise_header(v);
      if (v == "nps" || v == "enps" || is_nps_header(question)) {
        ++nps;
      } else if (v == "csat" || v == "5star" || v == "5 star" || v == "smileys" || v == "stars" ||
                 any_word(question, {"csat", "satisfaction", "satisfied"})) {
        ++csat;
      } else if (v == "ces" || v == "ces7" || is_effort_header(question)) {
        ++ces;
      } else {
        ++other;
      }
    }
    const std::size_t all = nps + csat + ces + other;
    if (all == 0 || other * 10 > all) continue;
    if (nps * 10 >= all * 9) return Role::score_nps;
    if (csat * 10 >= all * 9) return Role::score_csat;
    if (ces * 10 >= all * 9) return Role::score_ces;
  }
  return std::nullopt;
}

/// The value a "type" or "object" column holds on ≥ 90% of rows (JSON:API "type", Stripe
/// "object"): what the records are, in the tool's own word.
std::string dominant_record_type(std::span<const ColumnFacts> facts) {
  for (const ColumnFacts& c : facts) {
    if (c.h != "type" && c.h != "object" && c.h != "record type" && c.h != "resource type")
      continue;
    std::map<std::string, std::size_t> counts;
    std::size_t filled = 0;
    for (const std::string_view cell : c.cells) {
      const std::string_view v = trim(cell);
      if (v.empty()) continue;
      ++filled;
      ++counts[std::string(v)];
    }
    for (const auto& [value, count] : counts) {
      if (count * 10 >= filled * 9) return value;
    }
  }
  return {};
}

/// The customer's address column is not the staff's: addresses on the company's own domain,
/// or all on one organisation's domain while another e-mail column spreads over many, are
/// staff (agents, owners, employees), whatever the header calls them.
void demote_staff_addresses(std::vector<ColumnRole>& scored, std::span<const ColumnFacts> facts,
                            std::span<const std::string> company_domains) {
  const auto spread_elsewhere = [&](std::size_t index) {
    return std::any_of(scored.begin(), scored.end(), [&](const ColumnRole& other) {
      return other.index != index && other.role == Role::customer_email &&
             facts[other.index].profile.top_domain_share < 0.6;
    });
  };
  for (ColumnRole& column : scored) {
    if (column.role != Role::customer_email) continue;
    const ColumnProfile& p = facts[column.index].profile;
    if (p.top_domain.empty()) continue;
    const bool company = p.top_domain_share >= 0.5 &&
                         std::find(company_domains.begin(), company_domains.end(), p.top_domain) !=
                             company_domains.end();
    const bool one_organisation = p.filled >= 3 && p.top_domain_share >= 0.8 &&
                                  !is_webmail_domain(p.top_domain) &&
                                  spread_elsewhere(column.index);
    // One address on every row is a mailbox (the support address a ticket was sent to).
    const bool one_mailbox = p.filled >= 3 && p.distinct == 1;
    if (company || one_organisation || one_mailbox) {
      column.role = Role::agent;
      column.staff_domain = p.top_domain;
      set_evidence(column,
                   company ? Message("mapping.evidence.company_domain").text("domain", p.top_domain)
                   : one_mailbox
                       ? Message("mapping.evidence.one_mailbox")
                       : Message("mapping.evidence.one_organisation").text("domain", p.top_domain));
    }
  }
}

}  // namespace

SourceMapping detect_column_roles(std::span<const std::string> header,
                                  std::span<const std::vector<std::string>> sample,
                                  const MappingOverride& override_roles,
                                  std::span<const std::string> company_domains) {
  std::vector<ColumnFacts> facts(header.size());
  for (std::size_t index = 0; index < header.size(); ++index) {
    ColumnFacts& c = facts[index];
    c.raw = header[index];
    c.h = normalise_header(header[index]);
    c.question = is_question(header[index], c.h);
    c.cells.reserve(sample.size());
    for (const auto& row : sample) {
      c.cells.push_back(index < row.size() ? std::string_view(row[index]) : std::string_view());
    }
    c.profile = profile_column(c.cells);
  }
  const std::optional<Role> typed_score = survey_type_role(facts);
  const std::string record_type = dominant_record_type(facts);

  SourceMapping mapping;
  mapping.record_type = record_type;
  std::vector<bool> fixed(header.size(), false);
  std::vector<Role> taken;
  for (std::size_t index = 0; index < header.size(); ++index) {
    const auto forced = override_roles.columns.find(header[index]);
    if (forced == override_roles.columns.end()) continue;
    fixed[index] = true;
    if (const auto role = role_from_string(forced->second)) {
      ColumnRole column{index, header[index], *role, 1.0, "", nullptr, {}, {}};
      set_evidence(column, Message("mapping.evidence.set_by_mapping"));
      mapping.columns.push_back(std::move(column));
      taken.push_back(*role);
    }
  }
  std::vector<ColumnRole> scored;
  for (std::size_t index = 0; index < header.size(); ++index) {
    if (fixed[index]) continue;
    const ColumnFacts& c = facts[index];
    for (const Candidate& candidate : candidates_for(c)) {
      const Fit fit = values_fit(candidate.values, c);
      if (fit.share < candidate.min_share) continue;
      // A blank column rests on its header alone: only a header that names the role surely
      // (and not a role that only values can show, like "#1001" order names) gives it one.
      if (fit.seen == 0 && candidate.values != Values::any &&
          (candidate.strength < 0.8 || candidate.values == Values::order_name ||
           candidate.values == Values::platform))
        continue;
      Role role = candidate.role;
      // A nested key (person.created_at) describes the nested object; the record's own field
      // (created_at) is the record's date or id.
      const bool record_level =
          role == Role::created_at || role == Role::submitted_at || role == Role::record_id;
      const auto depth =
          static_cast<double>(std::count(header[index].begin(), header[index].end(), '.'));
      const double nesting = record_level ? 1.0 - 0.05 * depth : 1.0;
      // A column with no sample values rests on its header alone: weaker than one whose
      // values confirm the same role.
      double confidence =
          nesting * candidate.strength *
          (fit.seen == 0 && candidate.values != Values::any ? 0.6 : 0.5 + 0.5 * fit.share);
      // The rule's reason is fixed English: its message id is its own words.
      Message evidence(std::string("mapping.reason.") + message_key(candidate.reason));
      if (fit.seen == 0) {
        evidence = Message("mapping.evidence.no_sample_values").nested("reason", evidence);
      } else if (candidate.values != Values::any) {
        evidence = Message("mapping.evidence.sample_values_fit").nested("reason", evidence);
      }
      if (typed_score && is_score_role(role) && is_score_word(c.h)) {
        role = *typed_score;
        confidence = std::max(confidence, 0.95);
        evidence = Message("mapping.evidence.sibling_survey_type").text("role", to_string(role));
      }
      ColumnRole column{index, header[index], role, confidence, "", nullptr, {}, {}};
      set_evidence(column, std::move(evidence));
      scored.push_back(std::move(column));
    }
  }
  demote_staff_addresses(scored, facts, company_domains);
  // Best first; ties keep the leftmost column, so the result never depends on sort details.
  std::stable_sort(scored.begin(), scored.end(), [](const ColumnRole& a, const ColumnRole& b) {
    return a.confidence > b.confidence;
  });
  std::vector<bool> used = fixed;
  for (const ColumnRole& column : scored) {
    if (used[column.index]) continue;
    if (!may_repeat(column) && std::find(taken.begin(), taken.end(), column.role) != taken.end()) {
      continue;
    }
    used[column.index] = true;
    taken.push_back(column.role);
    mapping.columns.push_back(column);
  }
  std::sort(mapping.columns.begin(), mapping.columns.end(),
            [](const ColumnRole& a, const ColumnRole& b) { return a.index < b.index; });
  for (ColumnRole& column : mapping.columns) {
    const ColumnProfile& p = facts[column.index].profile;
    if (column.role == Role::score_csat && p.satisfaction) column.scale = p.satisfaction->scale;
    if (column.role == Role::score_ces && p.agreement) column.scale = p.agreement->scale;
    // Staff share the company's domain; a "staff" column whose addresses spread over many
    // domains holds customers too, and only its main domain is taken for staff.
    if (column.role == Role::agent && column.staff_domain.empty() && p.email >= 0.5 &&
        p.email_domains >= 3 && p.top_domain_share < 0.6) {
      column.staff_domain = p.top_domain;
      set_evidence(column, Message("mapping.evidence.staff_spread")
                               .nested("evidence", column.evidence_msg)
                               .count("domains", p.email_domains)
                               .text("domain", p.top_domain));
    }
    if (fixed[column.index]) continue;
    // A key role won by a small margin over another column is worth a look.
    if (!is_key_role(column.role)) continue;
    for (const ColumnRole& rival : scored) {
      if (rival.index == column.index || rival.role != column.role) continue;
      const bool also_chosen = std::any_of(
          mapping.columns.begin(), mapping.columns.end(),
          [&](const ColumnRole& c) { return c.index == rival.index && c.role == rival.role; });
      if (also_chosen) continue;  // both keep the role (a second id or address): no contest
      const double margin = column.confidence - rival.confidence;
      if (margin < kUncertainMargin)
        mapping.doubts.push_back({column.role, column.index, rival.index, margin});
      break;  // scored is best first: the first rival is the runner-up
    }
  }
  for (std::size_t index = 0; index < header.size(); ++index) {
    ColumnSummary summary{index,
                          header[index],
                          facts[index].profile.summary(),
                          facts[index].profile.id_prefix,
                          {},
                          facts[index].profile.summary_message()};
    const auto chosen = std::find_if(mapping.columns.begin(), mapping.columns.end(),
                                     [&](const ColumnRole& c) { return c.index == index; });
    for (const ColumnRole& candidate : scored) {
      if (candidate.index != index) continue;
      if (chosen != mapping.columns.end() && chosen->role == candidate.role) continue;
      const bool seen =
          std::any_of(summary.alternatives.begin(), summary.alternatives.end(),
                      [&](const RoleAlternative& a) { return a.role == candidate.role; });
      if (!seen) summary.alternatives.push_back({candidate.role, candidate.confidence});
    }
    mapping.all.push_back(std::move(summary));
  }
  return mapping;
}

}  // namespace cxs
