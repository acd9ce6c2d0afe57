// Monthly cohort retention and revenue retention; see cohorts.hpp.
#include "cxs/cohorts.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "cxs/proportion.hpp"

namespace cxs {

Result<CohortRetention> cohort_retention(std::span<const MonthlyActivity> activity,
                                         std::optional<std::int64_t> last_month) {
  for (const MonthlyActivity& row : activity) {
    if (!std::isfinite(row.revenue)) {
      return Error{ErrorCode::invalid_input, "A revenue in the cohort activity is not finite."};
    }
  }
  std::int64_t last = 0;
  bool any = false;
  for (const MonthlyActivity& row : activity) {
    if (last_month && row.month > *last_month) continue;
    last = any ? std::max(last, row.month) : row.month;
    any = true;
  }
  if (!any) return Error{ErrorCode::too_few_rows, "No activity to build cohorts from."};
  if (last_month) last = *last_month;

  // One row per (customer, month) with its revenue, sorted so each customer's first month comes
  // first: a flat stable sort, then each run of one key summed into its first row, from 0 and in
  // input order, as the additions into a map would be, at a fraction of a map's memory.
  std::vector<MonthlyActivity> rows;
  rows.reserve(activity.size());
  for (const MonthlyActivity& row : activity)
    if (row.month <= last) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const MonthlyActivity& a, const MonthlyActivity& b) {
                     return a.customer != b.customer ? a.customer < b.customer : a.month < b.month;
                   });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (kept == 0 || rows[kept - 1].customer != rows[i].customer ||
        rows[kept - 1].month != rows[i].month)
      rows[kept++] = {rows[i].customer, rows[i].month, 0.0 + rows[i].revenue};
    else
      rows[kept - 1].revenue += rows[i].revenue;
  }
  rows.resize(kept);

  std::map<std::int64_t, Cohort> cohorts;
  std::size_t current_customer = 0;
  std::int64_t cohort_month = 0;
  bool first_row = true;
  for (const MonthlyActivity& row : rows) {
    const std::size_t customer = row.customer;
    const std::int64_t month = row.month;
    const double revenue = row.revenue;
    if (first_row || customer != current_customer) {
      current_customer = customer;
      cohort_month = month;
      first_row = false;
      Cohort& cohort = cohorts[cohort_month];
      if (cohort.size == 0) {
        cohort.month = cohort_month;
        cohort.cells.resize(static_cast<std::size_t>(last - cohort_month + 1));
      }
      ++cohort.size;
    }
    CohortCell& cell = cohorts[cohort_month].cells[static_cast<std::size_t>(month - cohort_month)];
    ++cell.active;
    cell.revenue += revenue;
  }

  CohortRetention out;
  out.first_month = cohorts.begin()->first;
  out.last_month = last;
  for (auto& [month, cohort] : cohorts) {
    cohort.first_month_revenue = cohort.cells.front().revenue;
    for (std::size_t age = 0; age < cohort.cells.size(); ++age) {
      CohortCell& cell = cohort.cells[age];
      cell.age = static_cast<std::int64_t>(age);
      cell.retention = share_with_wilson_interval(cell.active, cohort.size);
      if (cohort.first_month_revenue != 0) {
        cell.revenue_retention = cell.revenue / cohort.first_month_revenue;
      }
    }
    out.cohorts.push_back(std::move(cohort));
  }
  return out;
}

}  // namespace cxs
