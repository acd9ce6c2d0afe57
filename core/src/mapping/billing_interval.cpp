// Billing intervals; see billing_interval.hpp.
#include "cxs/billing_interval.hpp"

#include "cxs/detail/ascii.hpp"

namespace cxs {

std::optional<BillingInterval> read_billing_interval(std::string_view cell) {
  const std::string word = detail::ascii_lower(detail::trim_blanks(cell));
  if (word == "day" || word == "daily") return BillingInterval::day;
  if (word == "week" || word == "weekly") return BillingInterval::week;
  if (word == "month" || word == "monthly") return BillingInterval::month;
  if (word == "year" || word == "yearly" || word == "annual" || word == "annually")
    return BillingInterval::year;
  return std::nullopt;
}

double monthly_amount(double amount, BillingInterval interval, int interval_count) {
  const double count = interval_count < 1 ? 1.0 : static_cast<double>(interval_count);
  switch (interval) {
    case BillingInterval::day:
      return amount * 365 / 12 / count;
    case BillingInterval::week:
      return amount * 52 / 12 / count;
    case BillingInterval::year:
      return amount / 12 / count;
    case BillingInterval::month:
    case BillingInterval::unknown:
      break;
  }
  return amount / count;
}

}  // namespace cxs
