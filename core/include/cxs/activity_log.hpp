// ActivityLog: the few facts per event that the models need after identity is settled
// (who, when, how much, which score, which segment), kept compactly while streaming.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cxs/detail/chunked_vector.hpp"
#include "cxs/detail/key_interner.hpp"
#include "cxs/events.hpp"

namespace cxs {

/// One event as the metrics and models see it. Strings are interned into the log.
struct Activity {
  static constexpr std::int64_t no_time = std::numeric_limits<std::int64_t>::min();
  static constexpr std::uint32_t no_node = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t node = no_node;  ///< customer-graph node; no_node for an anonymous row
  std::uint32_t source = 0;
  std::uint64_t row = 0;
  std::int64_t time = no_time;      ///< unix seconds
  std::int64_t end_time = no_time;  ///< subscriptions: when it was cancelled or ended
  double amount = std::numeric_limits<double>::quiet_NaN();  ///< NaN when absent
  SourceKind kind = SourceKind::unknown;
  std::int8_t nps = -1;                 ///< 0..10, -1 when absent
  std::int8_t csat = -1;                ///< 1..5 (0 for a good/bad rating), -1 when absent
  std::int8_t satisfied = -1;           ///< CSAT top-2-box: 1 or 0, -1 when absent
  std::int8_t ces = -1;                 ///< 1..7, -1 when absent
  std::uint32_t status = 0;             ///< interned lower-case status ("" is 0)
  std::uint32_t plan = 0;               ///< interned plan ("" is 0)
  std::uint32_t currency = 0;           ///< interned currency code ("" is 0)
  std::uint32_t campaign = 0;           ///< interned campaign name ("" is 0)
  std::int64_t responded_at = no_time;  ///< campaign members: when they responded
  std::int64_t period_end = no_time;    ///< subscriptions: end of the paid period (renewal)
  /// Interned record id, kept for subscriptions only: their renewal signals cite it, and
  /// keeping every row's id would grow the log by one string per row.
  std::uint32_t record_id = 0;
  BillingInterval interval = BillingInterval::unknown;  ///< subscriptions: how often it bills
  std::int8_t cancel_at_period_end = -1;                ///< subscriptions: 1 or 0, -1 when absent
  std::uint16_t interval_count = 1;                     ///< subscriptions: every N intervals
  std::uint32_t segments_begin = 0;  ///< this event's segment ids: segment_ids[begin, begin+count)
  std::uint32_t segments_count = 0;

  bool has_time() const { return time != no_time; }
  bool has_amount() const { return amount == amount; }
};

class ActivityLog {
 public:
  ActivityLog() = default;

  /// Records the event, attached to `node` (CustomerGraph::add's answer). Events of no
  /// interest to the models (contacts, mentions without scores) are still recorded: the
  /// scorecard counts them per period.
  void add(const Event& event, std::uint32_t node);

  /// Every event in arrival order (iterate it; addresses stay valid as the log grows).
  const detail::ChunkedVector<Activity>& activities() const { return activities_; }
  /// Interned text by id (0 is the empty string): one copy of each, in the interner; the view
  /// is valid until the next add().
  std::string_view text(std::uint32_t id) const {
    return id == 0 ? std::string_view() : strings_.key(id - 1);
  }
  /// Segment ids of `activity`; each id names a (column, value) pair, see segment().
  std::span<const std::uint32_t> segments_of(const Activity& activity) const {
    return {segment_ids_.data() + activity.segments_begin, activity.segments_count};
  }
  struct Segment {
    std::uint32_t column;  ///< interned header text
    std::uint32_t value;   ///< interned value
  };
  const std::vector<Segment>& segments() const { return segments_; }

 private:
  std::uint32_t intern(std::string_view text);

  detail::ChunkedVector<Activity> activities_;
  detail::KeyInterner strings_;  ///< a text's id is its interner id + 1 (0 is "")
  std::vector<Segment> segments_;
  std::unordered_map<std::uint64_t, std::uint32_t> segment_of_pair_;
  std::vector<std::uint32_t> segment_ids_;
};

}  // namespace cxs
