// Monthly cohort retention: who is still active k months after their first month, and how
// much of the cohort's first-month revenue still comes in.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "cxs/estimate.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// One customer active in one month (an order, a payment). Months are month_index values
/// (year × 12 + month − 1, see date_cell.hpp). Several rows for one customer and month add up.
struct MonthlyActivity {
  std::size_t customer = 0;
  std::int64_t month = 0;
  double revenue = 0;  ///< revenue of this row; 0 when only activity is known
};

struct CohortCell {
  std::int64_t age = 0;      ///< months since the cohort month (0 = the first month)
  std::uint64_t active = 0;  ///< cohort members active in month cohort + age
  /// active / cohort size, 0..1, Wilson 95% interval; n is the cohort size.
  Estimate retention;
  double revenue = 0;  ///< the cohort's revenue in month cohort + age
  /// revenue / first-month revenue; empty when the first month brought no revenue.
  std::optional<double> revenue_retention;
};

struct Cohort {
  std::int64_t month = 0;  ///< the month of first activity that defines the cohort
  std::uint64_t size = 0;  ///< customers whose first active month this is
  double first_month_revenue = 0;
  std::vector<CohortCell> cells;  ///< ages 0 .. last_month − month, in order
};

struct CohortRetention {
  std::int64_t first_month = 0;
  std::int64_t last_month = 0;  ///< the last month observed; later ages are not yet known
  std::vector<Cohort>
      cohorts;  ///< by cohort month, oldest first; months with no new customer are left out
};

/// Cohort = month of a customer's first activity; cell (cohort, age k) counts the members active
/// in month cohort + k, the usual triangular retention table. Revenue retention divides the
/// cohort's revenue in each month by its first-month revenue, so it can exceed 1 (expansion).
/// The matrix runs to last_month, by default the latest month in the data; activity after it
/// is left out.
/// Fails with too_few_rows when there is no activity (or none up to last_month) and with
/// invalid_input when a revenue is not finite.
Result<CohortRetention> cohort_retention(std::span<const MonthlyActivity> activity,
                                         std::optional<std::int64_t> last_month = std::nullopt);

}  // namespace cxs
