// Billing intervals: how often a subscription bills ("month", "year", ...), read from the cell
// a billing export writes, and what one charge is worth per month (MRR).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cxs {

enum class BillingInterval : std::uint8_t { unknown, day, week, month, year };

/// Reads an interval cell: Stripe's "day", "week", "month", "year" and the adjectives other
/// tools write ("monthly", "annual", ...), any case. Anything else is empty.
std::optional<BillingInterval> read_billing_interval(std::string_view cell);

/// What a charge of `amount` every `interval_count` intervals is worth per month, the
/// normalisation of monthly recurring revenue (Stripe's MRR definition: yearly ÷ 12, weekly
/// × 52 ÷ 12, daily × 365 ÷ 12). An unknown interval is taken as monthly, as an export without
/// an Interval column almost always bills monthly; a count below 1 counts as 1.
double monthly_amount(double amount, BillingInterval interval, int interval_count = 1);

}  // namespace cxs
