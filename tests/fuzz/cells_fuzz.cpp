// Fuzzes the cell readers of the mapping stage: date cells (date_cell.hpp), score, CSAT and CES
// cells (score_cell.hpp) and label scales (label_scales.hpp). The first byte picks the day
// order, numeric dates, the zone offset, the score range and the label scale; the rest is split
// at line breaks into cells, each read alone, and the lines read as one column. Asserts what the
// headers promise: a date without a time is midnight UTC; to_iso_date reads back through
// days_from_iso_date; civil_from_days inverts days_from_civil; a time lies in its month_index's
// month; Excel serials below 1 and 60 have no date; a valid score lies in [low, high], a CSAT
// value in 0..7 and a CES value in 1..7; a label point lies on its scale; date_share is a share
// and choose_scale counts no more matches than filled cells and no more points than matches.
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

#include "cxs/date_cell.hpp"
#include "cxs/label_scales.hpp"
#include "cxs/score_cell.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;

void check_date(std::string_view cell, const cxs::DateOptions& options) {
  const auto stamp = cxs::read_date_cell(cell, options);
  if (!stamp) return;
  const std::int64_t t = stamp->unix_seconds;
  const std::int64_t days = cxs::days_from_unix_seconds(t);
  if (!stamp->has_time) check(days * 86400 == t);
  const cxs::YearMonthDay date = cxs::civil_from_days(days);
  check(date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31);
  if (date.year >= std::numeric_limits<int>::min() &&
      date.year <= std::numeric_limits<int>::max()) {
    check(cxs::days_from_civil(static_cast<int>(date.year), date.month, date.day) == days);
  }
  if (date.year >= 0 && date.year <= 9999) {
    check(cxs::days_from_iso_date(cxs::to_iso_date(t)) == days);
    check(cxs::to_iso_datetime(t).size() == 20);
  }
  const std::int64_t month = cxs::month_index(t);
  check(cxs::month_start_unix_seconds(month) <= t && t < cxs::month_start_unix_seconds(month + 1));
}

void check_scores(std::string_view cell, int low, int high, const cxs::LabelScale* csat_scale,
                  const cxs::LabelScale* ces_scale) {
  const cxs::ScoreCell score = cxs::read_score_cell(cell, low, high);
  if (score.kind == cxs::ScoreCell::Kind::valid) check(score.value >= low && score.value <= high);
  const cxs::CsatCell csat = cxs::read_csat_cell(cell, csat_scale);
  if (csat.kind == cxs::ScoreCell::Kind::valid) check(csat.value >= 0 && csat.value <= 7);
  const cxs::ScoreCell ces = cxs::read_ces_cell(cell, ces_scale);
  if (ces.kind == cxs::ScoreCell::Kind::valid) check(ces.value >= 1 && ces.value <= 7);
  for (const auto scales : {cxs::satisfaction_scales(), cxs::agreement_scales()}) {
    for (const cxs::LabelScale& scale : scales) {
      if (const auto point = scale.point_of(cell)) check(*point >= 1 && *point <= scale.size());
    }
  }
  (void)cxs::is_unanswered_rating(cell);
}

void check_column(std::span<const std::string_view> cells,
                  std::span<const cxs::LabelScale> scales) {
  const auto choice = cxs::choose_scale(cells, scales);
  if (!choice) return;
  check(choice->scale != nullptr);
  check(choice->matched <= choice->filled && choice->filled <= cells.size());
  check(choice->distinct_points <= choice->matched &&
        static_cast<int>(choice->distinct_points) <= choice->scale->size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t seed = data[0];
  const std::string_view text = cxs::fuzz::as_text({data + 1, size - 1});

  constexpr int kOffsets[] = {0, 540, -300, 330};  // UTC, JST, US Eastern, India
  cxs::DateOptions options;
  options.day_order = static_cast<cxs::DayOrder>(seed % 3);
  options.allow_numeric = (seed & 4) != 0;
  options.default_utc_offset_minutes = kOffsets[(seed >> 3) & 3];
  constexpr int kRanges[][2] = {{0, 10}, {1, 5}, {1, 7}, {-3, 3}};
  const int low = kRanges[(seed >> 5) & 3][0];
  const int high = kRanges[(seed >> 5) & 3][1];
  const auto satisfaction = cxs::satisfaction_scales();
  const auto agreement = cxs::agreement_scales();
  const cxs::LabelScale* csat_scale =
      (seed & 0x80) && !satisfaction.empty() ? &satisfaction[seed % satisfaction.size()] : nullptr;
  const cxs::LabelScale* ces_scale =
      (seed & 0x80) && !agreement.empty() ? &agreement[seed % agreement.size()] : nullptr;

  std::vector<std::string_view> cells;
  for (std::size_t at = 0; at <= text.size() && cells.size() < 64;) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    cells.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  for (const std::string_view cell : cells) {
    check_date(cell, options);
    check_scores(cell, low, high, csat_scale, ces_scale);
  }
  check_date(text, options);
  check_scores(text, low, high, csat_scale, ces_scale);

  (void)cxs::decide_day_order(cells);
  const double share = cxs::date_share(cells, options);
  check(share >= 0 && share <= 1);
  check_column(cells, satisfaction);
  check_column(cells, agreement);

  // Excel serials straight from the bytes: below 1, and the 1900-02-29 Excel invented, are no day.
  if (text.size() >= sizeof(std::int64_t)) {
    std::int64_t serial = 0;
    std::memcpy(&serial, text.data(), sizeof serial);
    if (serial < 1 || serial == 60) check(!cxs::days_from_excel_serial(serial).has_value());
  }
  return 0;
}
