// Test support: the CDNOW sample (tests/data/cdnow/README.md) as transactions and as the
// repeat histories of Fader, Hardie & Lee (2005): calibration to 1997-09-30, holdout to
// 1998-06-30.
#pragma once

#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "cxs/date_cell.hpp"
#include "cxs/repeat_history.hpp"

namespace cxs::test {

inline std::string cdnow_path(const std::string& file) {
  return std::string(CXS_TEST_DATA) + "/cdnow/" + file;
}

/// The 6,919 rows of CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars.
inline std::vector<Transaction> cdnow_transactions() {
  std::ifstream in(cdnow_path("CDNOW_sample.txt"));
  std::vector<Transaction> out;
  std::string master_id;
  std::uint32_t sample_id = 0;
  long date = 0;
  int cds = 0;
  double dollars = 0;
  while (in >> master_id >> sample_id >> date >> cds >> dollars) {
    const auto day =
        days_from_civil(static_cast<int>(date / 10000), static_cast<unsigned>(date / 100 % 100),
                        static_cast<unsigned>(date % 100));
    out.push_back({.customer = sample_id, .day = day, .amount = dollars});
  }
  return out;
}

inline RepeatHistoryOptions cdnow_periods() {
  return {.calibration_end = days_from_civil(1997, 9, 30),
          .holdout_end = days_from_civil(1998, 6, 30)};
}

inline RepeatHistories cdnow_histories() {
  return build_repeat_histories(cdnow_transactions(), cdnow_periods()).value();
}

/// A value of tests/data/cdnow/reference.csv (make_reference.py: mpmath at the published
/// parameters); NaN when the quantity is missing, which fails any comparison.
inline double cdnow_reference(const std::string& quantity) {
  std::ifstream in(cdnow_path("reference.csv"));
  std::string line;
  while (std::getline(in, line)) {
    const auto comma = line.find(',');
    if (comma != std::string::npos && line.substr(0, comma) == quantity)
      return std::stod(line.substr(comma + 1));
  }
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace cxs::test
