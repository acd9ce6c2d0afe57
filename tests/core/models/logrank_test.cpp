// Log-rank test against R's survdiff (tests/data/survival/make_fixtures.R).
#include "cxs/logrank.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>

#include "support/reference_table.hpp"

namespace {

using cxs::test::read_reference_table;

std::vector<cxs::GroupedSurvivalObservation> load(const std::string& dataset) {
  std::vector<cxs::GroupedSurvivalObservation> out;
  for (const auto& row : read_reference_table(CXS_TEST_DATA "/survival/" + dataset + ".csv"))
    out.push_back({std::stod(row.at("time")), row.at("event") == "1", std::stoi(row.at("group"))});
  return out;
}

// survdiff(Surv(time, event) ~ group) for lung by sex (2 groups) and by ECOG score (4 groups,
// one with a single subject), ovarian by rx and the hand-made ties set: observed exactly,
// expected to 1e-10 relative, chisq and p (pchisq upper tail) to 1e-8 relative, df exactly.
TEST(LogRankTest, matches_r_survdiff) {
  std::map<std::string, std::vector<cxs::test::ReferenceRow>> by_dataset;
  for (const auto& row : read_reference_table(CXS_TEST_DATA "/survival/logrank_reference.csv"))
    by_dataset[row.at("dataset")].push_back(row);
  ASSERT_EQ(by_dataset.size(), 4u);
  for (const auto& [dataset, rows] : by_dataset) {
    const auto test = cxs::logrank_test(load(dataset)).value();
    ASSERT_EQ(test.groups.size(), rows.size()) << dataset;
    const double chisq = std::stod(rows[0].at("chisq")), p = std::stod(rows[0].at("p"));
    EXPECT_LE(std::fabs(test.chisq - chisq), 1e-8 * chisq) << dataset << " " << test.chisq;
    EXPECT_LE(std::fabs(test.p - p), 1e-8 * p) << dataset << " " << test.p;
    EXPECT_EQ(test.df, std::stoi(rows[0].at("df"))) << dataset;
    for (std::size_t g = 0; g < rows.size(); ++g) {
      EXPECT_EQ(test.groups[g].group, std::stoi(rows[g].at("group"))) << dataset;
      EXPECT_EQ(test.groups[g].observed, std::stod(rows[g].at("observed"))) << dataset;
      const double expected = std::stod(rows[g].at("expected"));
      EXPECT_LE(std::fabs(test.groups[g].expected - expected), 1e-10 * expected) << dataset;
    }
  }
}

// Hand count: A = {(1, event), (3, censored)}, B = {(2, event), (4, event)}.
//   t=1: at risk A 2, B 2 (n 4), d 1: E_A = 1·2/4 = 1/2; V = d(n−d)/(n(n−1)) · n_A n_B/n
//        = 3/12 · 4/4 = 1/4.
//   t=2: at risk A 1, B 2 (n 3), d 1: E_A += 1/3; V += 2/6 · 2/3 = 2/9.
//   t=4: only B at risk (n 1): E_A += 0, V += 0.
// E_A = 5/6, E_B = 3 − 5/6 = 13/6; O_A − E_A = 1/6; chisq = (1/6)² / (17/36) = 1/17. R's
// survdiff: expected 0.8333333333333333, 2.1666666666666665, chisq 0.0588235294117646.
TEST(LogRankTest, two_small_groups_follow_the_hand_count) {
  const std::vector<cxs::GroupedSurvivalObservation> data{
      {1, true, 0}, {3, false, 0}, {2, true, 1}, {4, true, 1}};
  const auto test = cxs::logrank_test(data).value();
  EXPECT_NEAR(test.groups[0].expected, 5.0 / 6, 1e-15);
  EXPECT_NEAR(test.groups[1].expected, 13.0 / 6, 1e-15);
  EXPECT_EQ(test.groups[0].observed, 1.0);
  EXPECT_NEAR(test.chisq, 1.0 / 17, 1e-15);
  EXPECT_EQ(test.df, 1);
}

TEST(LogRankTest, all_censored_or_one_group_is_an_error) {
  const std::vector<cxs::GroupedSurvivalObservation> censored{{1, false, 0}, {2, false, 1}};
  ASSERT_FALSE(cxs::logrank_test(censored));
  EXPECT_EQ(cxs::logrank_test(censored).error().code, cxs::ErrorCode::too_few_rows);
  const std::vector<cxs::GroupedSurvivalObservation> one_group{{1, true, 0}, {2, true, 0}};
  EXPECT_FALSE(cxs::logrank_test(one_group));
  EXPECT_FALSE(cxs::logrank_test({}));
}

// Everyone dies at one time: the hypergeometric variance d(n − d) is zero, so there is no test.
TEST(LogRankTest, all_events_at_one_time_is_an_error_not_nan) {
  const std::vector<cxs::GroupedSurvivalObservation> data{{2, true, 0}, {2, true, 1}};
  const auto test = cxs::logrank_test(data);
  ASSERT_FALSE(test);
  EXPECT_EQ(test.error().code, cxs::ErrorCode::too_few_rows);
}

}  // namespace
