// Mapped rows → Events, and source kinds from roles; see row_events.hpp.
#include "cxs/row_events.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "cxs/customer_keys.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/utf8.hpp"
#include "cxs/html_text.hpp"
#include "cxs/score_cell.hpp"

namespace cxs {
namespace {

constexpr auto lower = [](std::string_view text) { return detail::ascii_lower(text); };
constexpr auto trim = [](std::string_view text) { return detail::trim_blanks(text); };

/// "1,234.50", "$49.00", "¥1,200", "-19.5" → the number; "1.234,50" (decimal comma) too.
std::optional<double> read_amount(std::string_view text) {
  // A plain number first, scientific notation included (spreadsheets write 1.5E+03): strtod
  // must take the whole cell. "nan", "inf" and numbers past a double (1e309) are no amount: the
  // report holds only finite numbers.
  const std::string plain(trim(text));
  if (!plain.empty()) {
    char* plain_end = nullptr;
    const double value = std::strtod(plain.c_str(), &plain_end);
    if (plain_end == plain.c_str() + plain.size())
      return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
  }
  std::string digits;
  for (const char c : trim(text)) {
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-') digits.push_back(c);
  }
  const std::size_t comma = digits.rfind(',');
  const std::size_t dot = digits.rfind('.');
  if (comma != std::string::npos && (dot == std::string::npos || comma > dot) &&
      digits.size() - comma == 3) {
    std::erase(digits, '.');  // decimal comma: 1.234,50
    digits[digits.rfind(',')] = '.';
  }
  std::erase(digits, ',');
  if (digits.empty()) return std::nullopt;
  // strtod, not from_chars: emscripten 3.1.6's libc++ lacks the floating-point overload.
  // No locale is ever set, so the decimal point is '.' on every build.
  char* end = nullptr;
  const double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

/// A text cell as its reader sees it: chat tools and help-desk APIs send message bodies as HTML
/// (Intercom: "<p>…</p>"), which phrase rules and evidence should not see as markup.
std::string readable(std::string_view text) {
  if (!looks_like_html(text)) return std::string(text);
  return std::string(trim(html_to_text(text)));
}

/// Authors whose parts are the customer's words (Intercom's author.type); admin, bot and team
/// parts are staff, and an unknown type is never taken for the customer.
bool customer_author(std::string_view type) {
  const std::string t = lower(trim(type));
  return t == "user" || t == "lead" || t == "contact";
}

}  // namespace

PaymentOutcome payment_outcome(std::string_view status) {
  if (status == "failed") return PaymentOutcome::failed;
  if (status.empty() || status == "paid" || status == "succeeded") return PaymentOutcome::paid;
  return PaymentOutcome::other;
}

const char* to_string(SourceKind kind) {
  switch (kind) {
    case SourceKind::unknown:
      return "unknown";
    case SourceKind::survey_responses:
      return "survey_responses";
    case SourceKind::tickets:
      return "tickets";
    case SourceKind::conversations:
      return "conversations";
    case SourceKind::orders:
      return "orders";
    case SourceKind::payments:
      return "payments";
    case SourceKind::subscriptions:
      return "subscriptions";
    case SourceKind::contacts:
      return "contacts";
    case SourceKind::campaign_members:
      return "campaign_members";
    case SourceKind::mentions:
      return "mentions";
  }
  return "unknown";
}

RowInterpreter::RowInterpreter(SourceMapping mapping, SourceKind kind, std::uint32_t source,
                               std::string scope, std::span<const std::vector<std::string>> sample,
                               std::span<const std::string> header)
    : mapping_(std::move(mapping)),
      kind_(kind),
      source_(source),
      scope_(std::move(scope)),
      header_(header.begin(), header.end()) {
  column_of_.fill(-1);
  for (const ColumnRole& column : mapping_.columns) {
    if (column.role == Role::agent) {
      agent_columns_.push_back({column.index, column.staff_domain});
      continue;
    }
    if (column.role == Role::segment || column.role == Role::plan) {
      segment_columns_.push_back(column.index);
      if (column.role == Role::segment) continue;
    }
    const auto slot = static_cast<std::size_t>(column.role);
    if (column_of_[slot] >= 0) {
      // A second id, phone or e-mail column of the same person: its keys link too.
      extra_key_columns_.push_back({column.role, column.index});
      continue;
    }
    column_of_[slot] = static_cast<int>(column.index);
    if (column.role == Role::score_csat) csat_scale_ = column.scale;
    if (column.role == Role::score_ces) ces_scale_ = column.scale;
    // M/D or D/M is decided per column from its own sample values.
    std::vector<std::string_view> cells;
    for (const auto& row : sample) {
      if (column.index < row.size()) cells.push_back(row[column.index]);
    }
    date_options_[slot] = DateOptions{.day_order = decide_day_order(cells), .allow_numeric = true};
  }
  for (std::size_t i = 0; i < header_.size(); ++i) {
    const std::string h = lower(header_[i]);
    if (h == "role" || h == "type" || h == "user type" || h == "author type" ||
        h == "source.author.type") {
      staff_flag_column_ = static_cast<int>(i);
    }
  }
}

std::string_view RowInterpreter::cell(std::span<const std::string_view> fields, Role role) const {
  const int column = column_of_[static_cast<std::size_t>(role)];
  if (column < 0 || static_cast<std::size_t>(column) >= fields.size()) return {};
  return trim(fields[static_cast<std::size_t>(column)]);
}

std::optional<std::int64_t> RowInterpreter::time_of(std::span<const std::string_view> fields,
                                                    Role role) const {
  const std::string_view text = cell(fields, role);
  if (text.empty()) return std::nullopt;
  const auto stamp = read_date_cell(text, date_options_[static_cast<std::size_t>(role)]);
  if (!stamp) return std::nullopt;
  return stamp->unix_seconds;
}

RowInterpreter::Output RowInterpreter::read(std::span<const std::string_view> fields,
                                            SourceRef at) const {
  Output out;
  Event& event = out.event;
  event.kind = kind_;
  event.source = source_;
  event.at = at;

  for (const auto& [column, domain] : agent_columns_) {
    if (column >= fields.size()) continue;
    auto email = normalise_email(fields[column]);
    if (email && (domain.empty() || email_domain(*email) == domain))
      out.staff_emails.push_back(std::move(*email));
  }
  bool staff_row = false;
  if (staff_flag_column_ >= 0 && static_cast<std::size_t>(staff_flag_column_) < fields.size()) {
    const std::string flag = lower(trim(fields[static_cast<std::size_t>(staff_flag_column_)]));
    staff_row = flag == "agent" || flag == "admin" || flag == "owner" || flag == "staff" ||
                flag == "bot" || flag == "teammate";
  }

  // Who.
  if (auto email = normalise_email(cell(fields, Role::customer_email))) {
    if (staff_row) {
      // A staff user's address and id stay keys, so that what they raised themselves (a
      // ticket whose requester is an agent) links to them and leaves with them.
      out.staff_emails.push_back(*email);
      event.keys.push_back(*email);
    } else {
      event.keys.push_back(*email);
      event.emails.push_back(*email);
    }
  }
  // The customer's id in the tool; in a list of contacts, the record's own id.
  const std::string_view id_text =
      !cell(fields, Role::customer_id).empty()
          ? cell(fields, Role::customer_id)
          : (kind_ == SourceKind::contacts ? cell(fields, Role::record_id) : std::string_view{});
  if (auto id = namespaced_id(id_text, scope_)) event.keys.push_back(*id);
  if (!staff_row) {
    if (auto phone = normalise_phone(cell(fields, Role::customer_phone)))
      event.keys.push_back(*phone);
    for (const auto& [role, column] : extra_key_columns_) {
      if (column >= fields.size()) continue;
      const std::string_view text = trim(fields[column]);
      if (role == Role::customer_email) {
        auto email = normalise_email(text);
        if (!email ||
            std::find(event.emails.begin(), event.emails.end(), *email) != event.emails.end())
          continue;
        event.keys.push_back(*email);
        event.emails.push_back(std::move(*email));
        continue;
      }
      auto key = role == Role::customer_phone ? normalise_phone(text) : namespaced_id(text, scope_);
      if (key) event.keys.push_back(std::move(*key));
    }
    if (auto handle =
            normalise_handle(cell(fields, Role::customer_handle), cell(fields, Role::platform))) {
      event.keys.push_back(*handle);
    }
    event.handle = std::string(cell(fields, Role::customer_handle));
    event.name = std::string(cell(fields, Role::customer_name));
    if (event.name.empty()) {
      const auto first = cell(fields, Role::customer_first_name);
      const auto last = cell(fields, Role::customer_last_name);
      event.name =
          std::string(first) + (first.empty() || last.empty() ? "" : " ") + std::string(last);
    }
  }

  // When.
  for (const Role role : {Role::submitted_at, Role::created_at, Role::responded_at}) {
    if (!event.time) event.time = time_of(fields, role);
  }
  event.period_end = time_of(fields, Role::current_period_end);
  if (column_of_[static_cast<std::size_t>(Role::cancel_at_period_end)] >= 0)
    event.cancel_at_period_end = detail::read_true_false(cell(fields, Role::cancel_at_period_end));
  if (event.cancel_at_period_end.value_or(false)) {
    // Stripe's Canceled At is when the cancellation was asked for; a subscription set to cancel
    // at the period end runs until then (Stripe API reference, Subscription.canceled_at), so its
    // end is Ended At once it has ended, else the period end.
    event.canceled_at = time_of(fields, Role::ended_at);
    if (!event.canceled_at) event.canceled_at = event.period_end;
    if (!event.canceled_at) event.canceled_at = time_of(fields, Role::canceled_at);
  } else {
    event.canceled_at = time_of(fields, Role::canceled_at);
    if (!event.canceled_at) event.canceled_at = time_of(fields, Role::ended_at);
  }
  event.responded_at = time_of(fields, Role::responded_at);

  // What.
  auto invalid = [&](Role role, Message message) {
    const int column = column_of_[static_cast<std::size_t>(role)];
    out.rejected = true;
    out.issues.push_back(
        issue_of(IssueCode::invalid_score, at, header_[static_cast<std::size_t>(column)],
                 std::string(detail::cut_utf8(cell(fields, role), 80)), std::move(message)));
  };
  if (column_of_[static_cast<std::size_t>(Role::score_nps)] >= 0) {
    const ScoreCell score = read_score_cell(cell(fields, Role::score_nps), 0, 10);
    if (score.kind == ScoreCell::Kind::valid) event.nps = score.value;
    if (score.kind == ScoreCell::Kind::invalid) {
      invalid(Role::score_nps, Message("issue.invalid_score.nps"));
    }
  }
  if (column_of_[static_cast<std::size_t>(Role::score_csat)] >= 0) {
    const CsatCell score = read_csat_cell(cell(fields, Role::score_csat), csat_scale_);
    if (score.kind == ScoreCell::Kind::valid) {
      event.csat = score.value;
      event.csat_satisfied = score.satisfied;
    }
    if (score.kind == ScoreCell::Kind::invalid) {
      invalid(Role::score_csat, Message("issue.invalid_score.csat"));
    }
  }
  if (column_of_[static_cast<std::size_t>(Role::score_ces)] >= 0) {
    const ScoreCell score = read_ces_cell(cell(fields, Role::score_ces), ces_scale_);
    if (score.kind == ScoreCell::Kind::valid) event.ces = score.value;
    if (score.kind == ScoreCell::Kind::invalid) {
      invalid(Role::score_ces, Message("issue.invalid_score.ces"));
    }
  }
  if (const auto amount = cell(fields, Role::amount); !amount.empty())
    event.amount = read_amount(amount);
  event.currency = std::string(cell(fields, Role::currency));
  for (char& c : event.currency) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  event.status = std::string(cell(fields, Role::status));
  event.plan = std::string(cell(fields, Role::plan));
  if (const auto interval = read_billing_interval(cell(fields, Role::billing_interval)))
    event.interval = *interval;
  if (const auto count = cell(fields, Role::billing_interval_count); !count.empty()) {
    int value = 0;
    const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), value);
    if (error == std::errc{} && end == count.data() + count.size() && value >= 1)
      event.interval_count = value;
  }
  event.record_id = std::string(cell(fields, Role::record_id));
  event.order_id = std::string(cell(fields, Role::order_id));
  for (const Role role : {Role::subject, Role::comment, Role::body}) {
    const int column = column_of_[static_cast<std::size_t>(role)];
    if (column < 0) continue;
    std::string text = readable(cell(fields, role));
    if (text.empty()) continue;
    // The timeline's line is the first of them, shorter.
    if (event.text.empty()) event.text = std::string(detail::utf8_prefix(text, 160));
    text.resize(detail::utf8_prefix(text, 4096).size());  // kept whole up to 4 KiB, not copied
    event.texts.emplace_back(header_[static_cast<std::size_t>(column)], std::move(text));
  }
  read_customer_parts(fields, event);
  if (const auto followers = cell(fields, Role::followers); !followers.empty())
    event.followers = read_amount(followers);
  event.campaign = std::string(cell(fields, Role::campaign));
  for (const std::size_t column : segment_columns_) {
    if (column >= fields.size()) continue;
    const std::string_view value = trim(fields[column]);
    if (!value.empty()) {
      event.segments.emplace_back(header_[column], std::string(detail::utf8_prefix(value, 60)));
    }
  }
  return out;
}

void RowInterpreter::read_customer_parts(std::span<const std::string_view> fields,
                                         Event& event) const {
  const int body_column = column_of_[static_cast<std::size_t>(Role::part_body)];
  const int author_column = column_of_[static_cast<std::size_t>(Role::part_author_type)];
  if (body_column < 0 || author_column < 0) return;  // no author, no customer text
  const auto body_at = static_cast<std::size_t>(body_column);
  const auto author_at = static_cast<std::size_t>(author_column);
  if (body_at >= fields.size() || author_at >= fields.size()) return;
  const auto bodies = detail::split_lines(fields[body_at]);
  const auto authors = detail::split_lines(fields[author_at]);
  if (bodies.size() != authors.size()) return;  // not line-aligned: whose words is unknown
  // The part's own path: "conversation_parts.conversation_parts[].body" → "…[1].body".
  const std::string& header = header_[body_at];
  const std::size_t slot = header.rfind("[]");
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    if (!customer_author(authors[i])) continue;
    const std::string text = readable(trim(bodies[i]));
    if (text.empty()) continue;
    std::string field = header.substr(0, slot);
    field += '[';
    field += std::to_string(i);
    field += ']';
    if (slot != std::string::npos) field += header.substr(slot + 2);
    event.texts.emplace_back(std::move(field), std::string(detail::utf8_prefix(text, 4096)));
  }
}

}  // namespace cxs
