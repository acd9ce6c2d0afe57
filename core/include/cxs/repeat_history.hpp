// RepeatHistory: a customer's repeat-purchase summary (x, t_x, T, mean repeat value), the
// input of the BG/NBD, Pareto/NBD and Gamma–Gamma models.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

/// One purchase. `day` counts days since 1970-01-01 (as `days_from_civil` gives them): the
/// models work in whole days, because same-day purchases merge into one.
struct Transaction {
  std::uint32_t customer = 0;  ///< any index; customers need not be numbered densely
  std::int64_t day = 0;        ///< days since 1970-01-01
  double amount = 0;           ///< value of the purchase, in the currency of the data
};

/// The notation of Fader, Hardie & Lee (2005), "Counting your customers the easy way",
/// Marketing Science 24(2): x, t_x and T, in weeks of 7 days.
struct RepeatHistory {
  std::uint32_t customer = 0;
  std::uint32_t x = 0;  ///< repeat purchases in the calibration period (the first is not one)
  double t_x = 0;       ///< weeks from the first purchase to the last repeat purchase; 0 if x = 0
  double T = 0;         ///< weeks from the first purchase to the end of the calibration period
  double mean_repeat_value = 0;  ///< zbar: mean value of the x repeat purchases; 0 if x = 0
  std::uint32_t holdout_x = 0;   ///< purchases after the calibration end, up to the holdout end
};

struct RepeatHistoryOptions {
  std::int64_t calibration_end = 0;           ///< last day of the calibration period, inclusive
  std::optional<std::int64_t> holdout_end{};  ///< last day of the holdout period, inclusive
};

struct RepeatHistories {
  std::vector<RepeatHistory> customers;  ///< ordered by customer index
  double holdout_weeks = 0;              ///< (holdout_end − calibration_end) / 7; 0 without one
  std::uint64_t first_purchase_after_calibration = 0;  ///< customers left out: no history yet
  std::uint64_t same_day_merged = 0;    ///< transactions folded into another on the same day
  std::uint64_t after_holdout = 0;      ///< transactions after holdout_end (or calibration_end)
  std::uint64_t non_finite_amount = 0;  ///< transactions left out: amount NaN or infinite
};

/// Builds one RepeatHistory per customer from transactions in any order. Transactions of one
/// customer on one day merge into one with the summed amount, as in Fader, Hardie & Lee
/// (2005) for CDNOW; this is what reproduces their x. A transaction whose amount is not a
/// finite number is left out and counted. Customers whose first purchase falls
/// after `calibration_end` are left out and counted. Fails with too_few_rows when no customer
/// bought within the calibration period.
Result<RepeatHistories> build_repeat_histories(std::span<const Transaction> transactions,
                                               const RepeatHistoryOptions& options);

/// Customers with the same (x, t_x, T), and how many there are. The BG/NBD and Pareto/NBD
/// likelihoods depend on nothing else, so the fits sum over groups: CDNOW's 2,357 customers
/// fall into 1,016 groups, the 1,411 non-repeaters sharing one of 84 first-purchase days.
struct RecencyFrequencyGroup {
  RepeatHistory history;  ///< the first customer of the group
  double count = 0;
};
std::vector<RecencyFrequencyGroup> group_by_recency_frequency(
    std::span<const RepeatHistory> customers);

}  // namespace cxs
