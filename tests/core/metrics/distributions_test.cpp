// Distribution functions against base R (tests/data/distributions/make_reference.R).
#include "cxs/distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Reference {
  std::string fn;
  double a, b, x, value;
};

std::vector<Reference> read_reference() {
  std::ifstream in(CXS_TEST_DATA "/distributions/reference.csv");
  std::vector<Reference> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::stringstream cells(line);
    Reference r;
    std::string a, b, x, value;
    std::getline(cells, r.fn, ',');
    std::getline(cells, a, ',');
    std::getline(cells, b, ',');
    std::getline(cells, x, ',');
    std::getline(cells, value, ',');
    r.a = std::stod(a), r.b = std::stod(b), r.x = std::stod(x), r.value = std::stod(value);
    rows.push_back(r);
  }
  return rows;
}

double evaluate(const Reference& r) {
  if (r.fn == "normal_cdf") return cxs::normal_cdf(r.a);
  if (r.fn == "normal_quantile") return cxs::normal_quantile(r.a);
  if (r.fn == "student_t_cdf") return cxs::student_t_cdf(r.a, r.b);
  if (r.fn == "student_t_quantile") return cxs::student_t_quantile(r.a, r.b);
  if (r.fn == "chi_squared_upper_tail") return cxs::chi_squared_upper_tail(r.a, r.b);
  if (r.fn == "regularized_beta") return cxs::regularized_beta(r.x, r.a, r.b);
  if (r.fn == "regularized_gamma_p") return cxs::regularized_gamma_p(r.a, r.x);
  ADD_FAILURE() << "unknown function " << r.fn;
  return NAN;
}

// R computes these to near machine precision; 1e-12 relative (absolute near 0) leaves room
// only for the last few bits of a different but correct algorithm.
TEST(DistributionsTest, every_function_matches_base_r) {
  const auto rows = read_reference();
  ASSERT_EQ(rows.size(), 41u);
  for (const auto& r : rows) {
    const double got = evaluate(r);
    EXPECT_NEAR(got, r.value, 1e-12 * std::fmax(1.0, std::fabs(r.value)))
        << r.fn << "(" << r.a << ", " << r.b << ", " << r.x << ")";
    if (std::fabs(r.value) < 1e-3 && r.value != 0) {
      EXPECT_NEAR(got / r.value, 1.0, 1e-9) << "relative, in the tail: " << r.fn << " " << r.a;
    }
  }
}

TEST(DistributionsTest, quantiles_invert_the_cdfs) {
  for (double p : {0.01, 0.2, 0.5, 0.77, 0.999}) {
    EXPECT_NEAR(cxs::normal_cdf(cxs::normal_quantile(p)), p, 1e-15);
    for (double df : {1.0, 3.0, 17.0, 1000.0})
      EXPECT_NEAR(cxs::student_t_cdf(cxs::student_t_quantile(p, df), df), p, 1e-13);
  }
}

TEST(DistributionsTest, ends_of_the_range_are_infinite_not_nan) {
  EXPECT_EQ(cxs::normal_quantile(0), -INFINITY);
  EXPECT_EQ(cxs::normal_quantile(1), INFINITY);
  EXPECT_EQ(cxs::student_t_quantile(1, 5), INFINITY);
  EXPECT_EQ(cxs::chi_squared_upper_tail(0, 1), 1);
}

}  // namespace
