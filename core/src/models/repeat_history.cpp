// Per-customer repeat-purchase summaries; see repeat_history.hpp.
#include "cxs/repeat_history.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace cxs {

Result<RepeatHistories> build_repeat_histories(std::span<const Transaction> transactions,
                                               const RepeatHistoryOptions& options) {
  RepeatHistories out;
  std::vector<Transaction> sorted;
  sorted.reserve(transactions.size());
  for (const Transaction& t : transactions) {
    if (std::isfinite(t.amount)) {
      sorted.push_back(t);
    } else {
      ++out.non_finite_amount;
    }
  }
  std::sort(sorted.begin(), sorted.end(), [](const Transaction& l, const Transaction& r) {
    return l.customer != r.customer ? l.customer < r.customer : l.day < r.day;
  });
  const std::int64_t last_day = options.holdout_end.value_or(options.calibration_end);
  if (options.holdout_end)
    out.holdout_weeks = static_cast<double>(*options.holdout_end - options.calibration_end) / 7;
  for (std::size_t begin = 0; begin < sorted.size();) {
    std::size_t end = begin;
    while (end < sorted.size() && sorted[end].customer == sorted[begin].customer) ++end;
    const std::int64_t first_day = sorted[begin].day;
    if (first_day > options.calibration_end) {
      ++out.first_purchase_after_calibration;
      begin = end;
      continue;
    }
    RepeatHistory history{.customer = sorted[begin].customer};
    double repeat_value = 0;
    std::int64_t last_repeat_day = first_day;
    for (std::size_t i = begin; i < end;) {
      // One purchase per day: the rows of a day are one transaction with the summed value.
      std::size_t day_end = i;
      double day_value = 0;
      for (; day_end < end && sorted[day_end].day == sorted[i].day; ++day_end)
        day_value += sorted[day_end].amount;
      out.same_day_merged += day_end - i - 1;
      const std::int64_t day = sorted[i].day;
      if (day > last_day) {
        out.after_holdout += day_end - i;
      } else if (day > options.calibration_end) {
        ++history.holdout_x;
      } else if (day != first_day) {
        ++history.x;
        repeat_value += day_value;
        last_repeat_day = day;
      }
      i = day_end;
    }
    history.t_x = static_cast<double>(last_repeat_day - first_day) / 7;
    history.T = static_cast<double>(options.calibration_end - first_day) / 7;
    history.mean_repeat_value = history.x > 0 ? repeat_value / history.x : 0;
    out.customers.push_back(history);
    begin = end;
  }
  if (out.customers.empty()) {
    return Error{ErrorCode::too_few_rows, Message("model.no_purchase_in_calibration")};
  }
  return out;
}

std::vector<RecencyFrequencyGroup> group_by_recency_frequency(
    std::span<const RepeatHistory> customers) {
  std::vector<RepeatHistory> sorted(customers.begin(), customers.end());
  auto key = [](const RepeatHistory& c) { return std::tuple(c.x, c.t_x, c.T); };
  std::sort(sorted.begin(), sorted.end(),
            [&](const RepeatHistory& l, const RepeatHistory& r) { return key(l) < key(r); });
  std::vector<RecencyFrequencyGroup> groups;
  for (const RepeatHistory& c : sorted) {
    if (!groups.empty() && key(groups.back().history) == key(c)) {
      ++groups.back().count;
    } else {
      groups.push_back({c, 1});
    }
  }
  return groups;
}

}  // namespace cxs
