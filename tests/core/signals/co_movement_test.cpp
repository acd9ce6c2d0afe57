// Lagged correlations against R's cor.test (tests/data/co_movement/make_reference.R) and
// trailing-median spikes on hand-built series.
#include "cxs/co_movement.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "support/reference_table.hpp"
#include "support/seeded_noise.hpp"

namespace {

// R prints r, p and the interval to 17 digits; the t distribution here and R's pt agree to
// about 1e-12 relative, so p is compared relative to itself (it reaches 5e-22).
TEST(CoMovementTest, matches_r_cor_test_at_every_lag) {
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> pairs;
  for (const auto& row : cxs::test::read_reference_table(CXS_TEST_DATA "/co_movement/series.csv")) {
    auto& pair = pairs[row.at("pair")];
    pair.first.push_back(std::stod(row.at("x")));
    pair.second.push_back(std::stod(row.at("y")));
  }
  const auto rows = cxs::test::read_reference_table(CXS_TEST_DATA "/co_movement/reference.csv");
  ASSERT_EQ(rows.size(), 2u * (9 + 9 + 5));
  std::map<std::string, cxs::CoMovement> computed;
  for (const auto& row : rows) {
    const std::string key = row.at("pair") + "/" + row.at("transform");
    if (!computed.contains(key)) {
      const auto& [x, y] = pairs.at(row.at("pair"));
      const cxs::CoMovementOptions options{.max_lag = std::stoul(row.at("max_lag")),
                                           .transform = row.at("transform") == "detrend"
                                                            ? cxs::SeriesTransform::detrend
                                                            : cxs::SeriesTransform::difference};
      computed.emplace(key, cxs::co_movement(x, y, options).value());
    }
    const auto& result = computed.at(key);
    const int lag = std::stoi(row.at("lag"));
    const auto& got = result.lags.at(static_cast<std::size_t>(lag + int(result.lags.size() / 2)));
    ASSERT_EQ(got.lag, lag) << key;
    EXPECT_EQ(got.n, std::stoul(row.at("n"))) << key << " lag " << lag;
    EXPECT_NEAR(got.r, std::stod(row.at("r")), 1e-13) << key << " lag " << lag;
    const double p = std::stod(row.at("p_value"));
    EXPECT_NEAR(got.p_value, p, 1e-10 * p + 1e-15) << key << " lag " << lag;
    EXPECT_NEAR(got.ci95[0], std::stod(row.at("lo")), 1e-13) << key << " lag " << lag;
    EXPECT_NEAR(got.ci95[1], std::stod(row.at("hi")), 1e-13) << key << " lag " << lag;
  }
  // Complaints were built to lead sales by two periods (make_reference.R): x = sales at t + 2
  // moves with y = complaints at t, so the strongest lag is −2, negative r.
  for (const char* key : {"sales_vs_complaints/difference", "sales_vs_complaints/detrend"}) {
    const auto& result = computed.at(key);
    EXPECT_EQ(result.best_lag, -2) << key;
    EXPECT_LT(result.lags[2].r, -0.85) << key;
    EXPECT_LT(result.lags[2].q_value, 1e-15) << key;
  }
}

TEST(CoMovementTest, best_lag_prefers_the_smaller_shift_on_a_tie) {
  // y = x exactly: r = 1 at lag 0 only.
  const std::vector<double> x{1, 4, 2, 8, 5, 7, 3, 9, 6, 10, 2, 5};
  const auto result = cxs::co_movement(x, x, {.max_lag = 2}).value();
  EXPECT_EQ(result.best_lag, 0);
  EXPECT_EQ(result.lags[2].r, 1);
  EXPECT_EQ(result.lags[2].p_value, 0);
}

TEST(CoMovementTest, a_flat_window_is_marked_undefined) {
  const std::vector<double> flat(12, 3.0), x{1, 4, 2, 8, 5, 7, 3, 9, 6, 10, 2, 5};
  const auto result = cxs::co_movement(x, flat, {.max_lag = 1}).value();
  for (const auto& lag : result.lags) {
    EXPECT_FALSE(lag.defined);
    EXPECT_EQ(lag.p_value, 1);
  }
}

TEST(CoMovementTest, rejects_misaligned_and_short_series) {
  const std::vector<double> a(10, 1.0), b(9, 1.0);
  EXPECT_EQ(cxs::co_movement(a, b).error().code, cxs::ErrorCode::invalid_input);
  // Differencing leaves 9; lag 4 leaves 5 pairs; lag 6 would leave 3 < 4.
  const std::vector<double> c{1, 3, 2, 5, 4, 6, 8, 7, 9, 11};
  EXPECT_TRUE(cxs::co_movement(c, c, {.max_lag = 5}));
  EXPECT_EQ(cxs::co_movement(c, c, {.max_lag = 6}).error().code, cxs::ErrorCode::too_few_rows);
}

// Weekly complaints around 10 with ±1 wobble, a spike of 25 in week 12 and of 18 in week 20.
// Baseline of week 12 (weeks 0–11): median 10, deviations six 0s and six 1s → MAD 0.5, scale
// 0.7413, z = 15/0.7413 = 20.2. Week 20 (the 13 weeks 7–19 hold the 25): median 10, deviations
// six 0s, six 1s and 15 → MAD 1, z = 8/1.4826 = 5.4 > 5: the earlier spike barely moves a
// median baseline.
TEST(SpikePeriodsTest, flags_hand_built_complaint_spikes) {
  const std::vector<double> weekly{10, 11, 9,  10, 10, 11, 9,  10, 11, 10, 9, 10,
                                   25, 10, 11, 9,  10, 10, 11, 9,  18, 10, 11};
  const auto spikes = cxs::spike_periods(weekly).value();
  ASSERT_EQ(spikes.size(), 2u);
  EXPECT_EQ(spikes[0].index, 12u);
  EXPECT_DOUBLE_EQ(spikes[0].baseline, 10);
  EXPECT_NEAR(spikes[0].scale, 1.4826 / 2, 1e-15);
  EXPECT_NEAR(*spikes[0].robust_z, 30 / 1.4826, 1e-12);
  EXPECT_EQ(spikes[1].index, 20u);
  EXPECT_NEAR(*spikes[1].robust_z, 8 / 1.4826, 1e-12);
}

TEST(SpikePeriodsTest, ignores_dips_and_moderate_rises) {
  const std::vector<double> weekly{10, 11, 9, 10, 10, 11, 9, 0, 14, 10};  // 14: z = 2.7
  EXPECT_TRUE(cxs::spike_periods(weekly).value().empty());
}

// Zero mentions for weeks, then 3: MAD and the mean deviation are 0. With min_scale 0 any
// rise is a spike (no z); with min_scale 1 (one mention) z = 3 < 5, so none; 6 is one.
TEST(SpikePeriodsTest, handles_a_flat_zero_baseline) {
  const std::vector<double> mentions{0, 0, 0, 0, 0, 0, 3};
  const auto spikes = cxs::spike_periods(mentions).value();
  ASSERT_EQ(spikes.size(), 1u);
  EXPECT_FALSE(spikes[0].robust_z.has_value());
  EXPECT_TRUE(cxs::spike_periods(mentions, {.min_scale = 1}).value().empty());
  const std::vector<double> six{0, 0, 0, 0, 0, 0, 6};
  EXPECT_EQ(cxs::spike_periods(six, {.min_scale = 1}).value().size(), 1u);
}

// Over half the baseline equal (MAD 0) but not all: scale = √(π/2) × mean |v − median|.
// Previous 8: a 5, a 6, six 4s → median 4, mean deviation 3/8, scale 0.46999; 7 → z 6.38.
// (Weeks 4–7 equal their baseline median or sit below it, so they are not spikes.)
TEST(SpikePeriodsTest, falls_back_to_mean_absolute_deviation_when_mad_is_zero) {
  const std::vector<double> series{5, 6, 4, 4, 4, 4, 4, 4, 7};
  const auto spikes = cxs::spike_periods(series).value();
  ASSERT_EQ(spikes.size(), 1u);
  EXPECT_EQ(spikes[0].index, 8u);
  EXPECT_NEAR(spikes[0].scale, 1.2533141373155003 * 3 / 8, 1e-15);
  EXPECT_NEAR(*spikes[0].robust_z, 3 / (1.2533141373155003 * 3 / 8), 1e-12);
}

// Gaussian noise has few spikes at the default 5 robust sd: over 50 seeds of 104 weeks (5,000
// tested periods), measured and printed; 0.36% per period over 200 seeds when the default was
// chosen. A trailing median of 13 is noisy itself, so this is above the normal tail's 2.9e-7.
TEST(SpikePeriodsTest, rarely_fires_on_gaussian_noise) {
  int spikes = 0;
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    cxs::test::SeededNoise noise(seed);
    std::vector<double> series;
    for (int t = 0; t < 104; ++t) series.push_back(50 + 5 * noise.normal());
    spikes += static_cast<int>(cxs::spike_periods(series).value().size());
  }
  std::printf("spikes on 50 x 100 periods of gaussian noise: %d\n", spikes);
  EXPECT_LE(spikes, 30);
}

}  // namespace
