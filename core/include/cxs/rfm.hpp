// RFM: recency, frequency and monetary quintile scores per customer, and the named segment
// each (R, FM) pair falls in.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "cxs/result.hpp"

namespace cxs {

struct RfmInput {
  double recency_days = 0;  ///< days since the last purchase, as of the analysis date
  double frequency = 0;     ///< number of purchases
  double monetary = 0;      ///< total (or average) spend
};

enum class RfmSegment {
  champions,
  loyal,
  potential_loyalist,
  new_customers,
  promising,
  need_attention,
  about_to_sleep,
  at_risk,
  cant_lose_them,
  hibernating,
  lost,
};
inline constexpr std::size_t kRfmSegmentCount = 11;

/// Spelling of a segment in the report ("champions", "cant_lose_them", ...).
const char* to_string(RfmSegment segment);

struct RfmScore {
  int recency_score = 0;    ///< 1..5, 5 = most recent
  int frequency_score = 0;  ///< 1..5, 5 = most purchases
  int monetary_score = 0;   ///< 1..5, 5 = most spend
  int fm_score = 0;         ///< floor((frequency_score + monetary_score) / 2), 1..5
  RfmSegment segment = RfmSegment::lost;
};

struct RfmSegmentSummary {
  RfmSegment segment = RfmSegment::lost;
  std::uint64_t count = 0;
  double share = 0;                     ///< count / customers, 0..1
  std::optional<double> mean_monetary;  ///< empty for an empty segment
};

struct RfmResult {
  std::vector<RfmScore> customers;                           ///< in input order
  std::array<RfmSegmentSummary, kRfmSegmentCount> segments;  ///< every segment, in enum order
};

/// Quintile score 1..5 of each value, higher values scoring higher: equal fifths of the
/// mid-rank percentile, score = floor(5 × (rank − ½) / n) + 1, with rank the average rank of
/// tied values (R's rank(), ties.method = "average"). When n is a multiple of 5 and nothing is
/// tied this is exactly dplyr's ntile(x, 5), the sort-and-cut-in-five of Hughes ("Strategic
/// Database Marketing", 1994). Ties always share a score, taken at the middle of their run, so
/// a value everyone shares (or a lone customer) scores 3, and scores are symmetric: reversing
/// the order turns s into 6 − s away from exact fifth boundaries. Empty input gives {}.
std::vector<int> quintile_scores(std::span<const double> values);

/// The segment of an (R, FM) pair of 1..5 scores, read from one 5 × 5 table (see rfm.cpp).
RfmSegment rfm_segment(int recency_score, int fm_score);

/// Scores every customer (recency scored on −recency_days, so recent is high) and names their
/// segment. Fails with too_few_rows for no customer and invalid_input for a non-finite input.
Result<RfmResult> score_rfm(std::span<const RfmInput> customers);

}  // namespace cxs
