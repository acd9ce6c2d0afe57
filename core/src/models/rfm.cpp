// RFM quintile scores and the (R, FM) segment table; see rfm.hpp.
#include "cxs/rfm.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cxs {
namespace {

using enum RfmSegment;

// Segment of each (R, FM) cell, row R = 1..5, column FM = 1..5. The names and ranges are the
// 11-segment map of Putler, "RFM Analysis For Successful Customer Segmentation"
// (putler.com/rfm-analysis), which gives each segment a range of R and of the average F/M
// score: champions R 4–5 FM 4–5; loyal R 2–5 FM 3–5; potential loyalist R 3–5 FM 1–3; new
// R 4–5 FM 0–1; promising R 3–4 FM 0–1; need attention R 2–3 FM 2–3; about to sleep R 2–3
// FM 0–2; at risk R 0–2 FM 2–5; can't lose them R 0–1 FM 4–5; hibernating R 1–2 FM 1–2; lost
// R 0–2 FM 0–2. Those ranges overlap, so read in the published order some segments could never
// occur (new and promising fall inside potential loyalist). This table is one reading that
// keeps every cell inside its segment's published ranges and gives each segment at least one
// cell: the narrower range wins an overlap, and lost takes R 1 where it meets hibernating.
constexpr std::array<std::array<RfmSegment, 5>, 5> kSegmentByRecencyAndFm{{
    {lost, lost, at_risk, cant_lose_them, cant_lose_them},             // R = 1
    {hibernating, hibernating, at_risk, at_risk, at_risk},             // R = 2
    {about_to_sleep, about_to_sleep, need_attention, loyal, loyal},    // R = 3
    {promising, potential_loyalist, loyal, champions, champions},      // R = 4
    {new_customers, potential_loyalist, loyal, champions, champions},  // R = 5
}};

}  // namespace

std::vector<int> quintile_scores(std::span<const double> values) {
  const std::size_t n = values.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<int> scores(n);
  for (std::size_t run_begin = 0; run_begin < n;) {
    std::size_t run_end = run_begin + 1;
    while (run_end < n && values[order[run_end]] == values[order[run_begin]]) ++run_end;
    // Sorted positions run_begin..run_end−1 hold ranks run_begin+1..run_end, whose average
    // less ½ is (run_begin + run_end) / 2.
    const double mid_rank = static_cast<double>(run_begin + run_end) / 2.0;
    const double percentile = mid_rank / static_cast<double>(n);
    const int score = std::min(5, static_cast<int>(std::floor(5 * percentile)) + 1);
    for (std::size_t i = run_begin; i < run_end; ++i) scores[order[i]] = score;
    run_begin = run_end;
  }
  return scores;
}

RfmSegment rfm_segment(int recency_score, int fm_score) {
  const auto row = static_cast<std::size_t>(std::clamp(recency_score, 1, 5) - 1);
  const auto column = static_cast<std::size_t>(std::clamp(fm_score, 1, 5) - 1);
  return kSegmentByRecencyAndFm[row][column];
}

Result<RfmResult> score_rfm(std::span<const RfmInput> customers) {
  if (customers.empty()) return Error{ErrorCode::too_few_rows, "No customers to score."};
  std::vector<double> recency, frequency, monetary;
  for (const RfmInput& customer : customers) {
    if (!std::isfinite(customer.recency_days) || !std::isfinite(customer.frequency) ||
        !std::isfinite(customer.monetary)) {
      return Error{ErrorCode::invalid_input, "An RFM input is not finite."};
    }
    recency.push_back(-customer.recency_days);  // fewer days since the last purchase scores higher
    frequency.push_back(customer.frequency);
    monetary.push_back(customer.monetary);
  }
  const std::vector<int> r = quintile_scores(recency);
  const std::vector<int> f = quintile_scores(frequency);
  const std::vector<int> m = quintile_scores(monetary);

  RfmResult out;
  std::array<double, kRfmSegmentCount> monetary_sum{};
  for (std::size_t s = 0; s < kRfmSegmentCount; ++s) {
    out.segments[s].segment = static_cast<RfmSegment>(s);
  }
  for (std::size_t i = 0; i < customers.size(); ++i) {
    RfmScore score{.recency_score = r[i], .frequency_score = f[i], .monetary_score = m[i]};
    score.fm_score = (f[i] + m[i]) / 2;
    score.segment = rfm_segment(score.recency_score, score.fm_score);
    const auto s = static_cast<std::size_t>(score.segment);
    ++out.segments[s].count;
    monetary_sum[s] += customers[i].monetary;
    out.customers.push_back(score);
  }
  for (std::size_t s = 0; s < kRfmSegmentCount; ++s) {
    RfmSegmentSummary& summary = out.segments[s];
    summary.share = static_cast<double>(summary.count) / static_cast<double>(customers.size());
    if (summary.count > 0) {
      summary.mean_monetary = monetary_sum[s] / static_cast<double>(summary.count);
    }
  }
  return out;
}

}  // namespace cxs
