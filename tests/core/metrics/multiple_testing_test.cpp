// Benjamini–Hochberg q-values against the 1995 paper's example and R's p.adjust
// (tests/data/multiple_testing/make_reference.R).
#include "cxs/multiple_testing.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Benjamini & Hochberg (1995), JRSS B 57(1):289-300, section 4.1: 15 p-values from the
// Neuhaus et al. trial. BH compares the i-th smallest p with (i/15) × 0.05:
//   i=4: 0.0095 ≤ 0.0133 yes; i=5: 0.0201 > 0.0167; i=6: 0.0278 > 0.0200; i=7: 0.0298 > 0.0233;
//   i=8: 0.0344 > 0.0267; i=9: 0.0459 > 0.0300; i ≥ 10: p ≥ 0.324 > 0.05.
// The largest i that passes is 4, so the four smallest are rejected (the paper: four, against
// three for Bonferroni at 0.05/15 = 0.0033). Equivalently, exactly four q-values are ≤ 0.05.
// Hand q-values, q(i) = min over j ≥ i of p(j) × 15/j: q(1) = 0.0001 × 15 = 0.0015,
// q(4) = 0.0095 × 15/4 = 0.035625, q(5) = min(0.0201 × 3, 0.0278 × 2.5, 0.0298 × 15/7, ...)
// = 0.0603, q(6) = 0.0298 × 15/7 = 0.063857 (the step-up minimum reaches back from p(7)).
TEST(MultipleTestingTest, rejects_four_in_benjamini_hochberg_1995_example) {
  const std::vector<double> p{0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                              0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};
  const auto q = cxs::benjamini_hochberg(p).value();
  ASSERT_EQ(q.size(), p.size());
  int rejected = 0;
  for (const double v : q) rejected += v <= 0.05 ? 1 : 0;
  EXPECT_EQ(rejected, 4);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_LE(q[i], 0.05) << i;
  EXPECT_NEAR(q[0], 0.0015, 1e-15);
  EXPECT_NEAR(q[3], 0.035625, 1e-15);
  EXPECT_NEAR(q[4], 0.0603, 1e-15);
  EXPECT_NEAR(q[5], 0.0298 * 15 / 7, 1e-15);
  EXPECT_EQ(q[14], 1.0);
}

// R's p.adjust(p, "BH"), printed to 17 digits, with ties, unsorted input, a single p and a
// set where nothing is small. Same arithmetic order as R (m/i, then × p): a few ulps at most.
TEST(MultipleTestingTest, matches_r_p_adjust) {
  std::ifstream in(CXS_TEST_DATA "/multiple_testing/reference.csv");
  std::map<int, std::pair<std::vector<double>, std::vector<double>>> sets;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::stringstream cells(line);
    std::string set, p, q;
    std::getline(cells, set, ',');
    std::getline(cells, p, ',');
    std::getline(cells, q, ',');
    sets[std::stoi(set)].first.push_back(std::stod(p));
    sets[std::stoi(set)].second.push_back(std::stod(q));
  }
  ASSERT_EQ(sets.size(), 5u);
  for (const auto& [set, pq] : sets) {
    const auto got = cxs::benjamini_hochberg(pq.first).value();
    ASSERT_EQ(got.size(), pq.second.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_NEAR(got[i], pq.second[i], 4e-16 * pq.second[i]) << "set " << set << " row " << i;
    }
  }
}

TEST(MultipleTestingTest, empty_input_gives_empty_output) {
  EXPECT_TRUE(cxs::benjamini_hochberg({}).value().empty());
}

TEST(MultipleTestingTest, a_value_that_is_not_a_probability_is_an_error) {
  for (const double bad : {-0.01, 1.5, std::nan("")}) {
    const std::vector<double> p{0.01, bad, 0.2};
    const auto got = cxs::benjamini_hochberg(p);
    ASSERT_FALSE(got) << bad;
    EXPECT_EQ(got.error().code, cxs::ErrorCode::not_a_probability);
  }
}

}  // namespace
