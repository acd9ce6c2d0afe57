// ActivityLog; see activity_log.hpp.
#include "cxs/activity_log.hpp"

#include <algorithm>

#include "cxs/detail/ascii.hpp"

namespace cxs {

std::uint32_t ActivityLog::intern(std::string_view text) {
  if (text.empty()) return 0;
  return strings_.intern(text) + 1;  // 0 is ""
}

void ActivityLog::add(const Event& event, std::uint32_t node) {
  Activity a;
  a.node = node;
  a.source = event.source;
  a.row = event.at.row;
  a.kind = event.kind;
  if (event.time) a.time = *event.time;
  if (event.canceled_at) a.end_time = *event.canceled_at;
  if (event.amount) a.amount = *event.amount;
  if (event.nps) a.nps = static_cast<std::int8_t>(*event.nps);
  if (event.csat) a.csat = static_cast<std::int8_t>(*event.csat);
  if (event.csat_satisfied) a.satisfied = *event.csat_satisfied ? 1 : 0;
  if (event.ces) a.ces = static_cast<std::int8_t>(*event.ces);
  a.status = intern(detail::ascii_lower(event.status));
  a.plan = intern(event.plan);
  a.currency = intern(event.currency);
  a.campaign = intern(event.campaign);
  if (event.responded_at) a.responded_at = *event.responded_at;
  if (event.kind == SourceKind::subscriptions) {
    if (event.period_end) a.period_end = *event.period_end;
    a.record_id = intern(event.record_id);
    a.interval = event.interval;
    if (event.cancel_at_period_end) a.cancel_at_period_end = *event.cancel_at_period_end ? 1 : 0;
    a.interval_count = static_cast<std::uint16_t>(std::clamp(event.interval_count, 1, 65535));
  }
  a.segments_begin = static_cast<std::uint32_t>(segment_ids_.size());
  for (const auto& [column, value] : event.segments) {
    const std::uint32_t c = intern(column), v = intern(value);
    const std::uint64_t pair = (std::uint64_t{c} << 32) | v;
    const auto [it, inserted] =
        segment_of_pair_.try_emplace(pair, static_cast<std::uint32_t>(segments_.size()));
    if (inserted) segments_.push_back({c, v});
    segment_ids_.push_back(it->second);
  }
  a.segments_count = static_cast<std::uint32_t>(segment_ids_.size()) - a.segments_begin;
  activities_.push_back(a);
}

}  // namespace cxs
