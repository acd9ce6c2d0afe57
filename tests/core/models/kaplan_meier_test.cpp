// Kaplan–Meier curve, Greenwood errors, log-scale intervals and medians against R's survival
// package (tests/data/survival/make_fixtures.R) and hand counts.
#include "cxs/kaplan_meier.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "support/reference_table.hpp"

namespace {

using cxs::test::number_or_na;
using cxs::test::read_reference_table;

// The input a fixture script wrote (time,event,group), restricted to one group or "all".
std::vector<cxs::SurvivalObservation> load_group(const std::string& dataset,
                                                 const std::string& group) {
  std::vector<cxs::SurvivalObservation> out;
  for (const auto& row : read_reference_table(CXS_TEST_DATA "/survival/" + dataset + ".csv"))
    if (group == "all" || row.at("group") == group)
      out.push_back({std::stod(row.at("time")), row.at("event") == "1"});
  return out;
}

void expect_relative(double got, double want, double tolerance, const std::string& where) {
  EXPECT_LE(std::fabs(got - want), tolerance * std::fabs(want))
      << where << ": " << got << " vs " << want;
}

// Every row of summary(survfit(Surv(time, event) ~ 1)) for lung (by sex and by ECOG score),
// ovarian (by rx) and the hand-made ties set, each group and pooled. Counts exactly; survival,
// std.err and the log-scale interval to 1e-10 relative (R prints %.17g). R's NA (S = 0) is
// our absent interval with a zero standard error.
TEST(KaplanMeierTest, every_step_matches_r_survfit_summary) {
  const auto reference = read_reference_table(CXS_TEST_DATA "/survival/km_reference.csv");
  ASSERT_GT(reference.size(), 300u);
  std::string current;
  cxs::KaplanMeierFit fit;
  std::size_t step = 0, checked = 0;
  for (std::size_t i = 0; i < reference.size(); ++i) {
    const auto& row = reference[i];
    const std::string key = row.at("dataset") + "/" + row.at("group");
    if (key != current) {
      if (!current.empty()) EXPECT_EQ(step, fit.curve.size()) << current;
      current = key, step = 0;
      fit = cxs::fit_kaplan_meier(load_group(row.at("dataset"), row.at("group"))).value();
    }
    ASSERT_LT(step, fit.curve.size()) << key;
    const auto& got = fit.curve[step++];
    const std::string where = key + " t=" + row.at("time");
    EXPECT_EQ(got.time, std::stod(row.at("time"))) << where;
    EXPECT_EQ(got.n_risk, std::stoull(row.at("n_risk"))) << where;
    EXPECT_EQ(got.n_event, std::stoull(row.at("n_event"))) << where;
    EXPECT_EQ(got.n_censor, std::stoull(row.at("n_censor"))) << where;
    expect_relative(got.survival, std::stod(row.at("surv")), 1e-10, where + " surv");
    if (const auto lower = number_or_na(row.at("lower"))) {
      ASSERT_TRUE(got.ci95.has_value()) << where;
      expect_relative(got.std_err, std::stod(row.at("std_err")), 1e-10, where + " std.err");
      expect_relative((*got.ci95)[0], *lower, 1e-10, where + " lower");
      expect_relative((*got.ci95)[1], std::stod(row.at("upper")), 1e-10, where + " upper");
    } else {
      EXPECT_EQ(got.survival, 0.0) << where;
      EXPECT_EQ(got.std_err, 0.0) << where;
      EXPECT_FALSE(got.ci95.has_value()) << where;
    }
    ++checked;
  }
  EXPECT_EQ(step, fit.curve.size()) << current;
  EXPECT_EQ(checked, reference.size());
}

// quantile(fit, 0.5) for the same groups: the median and the times where the lower and upper
// curves reach 0.5, exactly (they are event times or midpoints of two), NA as absent. And
// summary(fit)$table's rmean and se(rmean) to 1e-10 relative.
TEST(KaplanMeierTest, median_and_its_interval_match_r_quantile_survfit) {
  const auto reference = read_reference_table(CXS_TEST_DATA "/survival/median_reference.csv");
  ASSERT_EQ(reference.size(), 14u);
  for (const auto& row : reference) {
    const std::string where = row.at("dataset") + "/" + row.at("group");
    const auto fit = cxs::fit_kaplan_meier(load_group(row.at("dataset"), row.at("group"))).value();
    EXPECT_EQ(fit.median, number_or_na(row.at("median"))) << where;
    EXPECT_EQ(fit.median_ci95[0], number_or_na(row.at("lower"))) << where;
    EXPECT_EQ(fit.median_ci95[1], number_or_na(row.at("upper"))) << where;
    expect_relative(fit.restricted_mean, std::stod(row.at("rmean")), 1e-10, where + " rmean");
    expect_relative(fit.restricted_mean_se, std::stod(row.at("rmean_se")), 1e-10, where + " se");
  }
}

// Hand count, the "ties" fixture: (time, event) = (1,1) (2,1) (2,1) (2,0) (3,0) (4,1) (4,0)
// (5,1) (6,1). Deaths come before censorings at one time, so the one censored at 2 is at risk.
//   t=1: n 9, d 1: S = 8/9;             Greenwood Σ = 1/(9·8)         = 1/72
//   t=2: n 8, d 2: S = 8/9 · 6/8 = 2/3; Σ += 2/(8·6) = 3/72           → 1/18
//   t=4: n 4, d 1 (censored at 3, and at 4 after the death): S = 1/2; Σ += 1/(4·3) → 5/36
//   t=5: n 2, d 1: S = 1/4;             Σ += 1/(2·1)                   → 23/36
//   t=6: n 1, d 1: S = 0.
// std.err = S √Σ. S sits on exactly 0.5 over [4, 5), so the median is (4 + 5)/2 = 4.5, as R's
// print(survfit) shows; R's summary agrees with every number here (km_reference.csv).
TEST(KaplanMeierTest, ties_of_deaths_and_censorings_follow_the_hand_count) {
  const auto fit = cxs::fit_kaplan_meier(load_group("ties", "all")).value();
  ASSERT_EQ(fit.curve.size(), 5u);
  EXPECT_EQ(fit.n, 9u);
  EXPECT_EQ(fit.events, 6u);
  const double survival[] = {8.0 / 9, 2.0 / 3, 0.5, 0.25, 0};
  const double sigma2[] = {1.0 / 72, 1.0 / 18, 5.0 / 36, 23.0 / 36};
  const std::uint64_t risk[] = {9, 8, 4, 2, 1}, censor[] = {0, 1, 2, 0, 0};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_NEAR(fit.curve[i].survival, survival[i], 1e-15);
    EXPECT_EQ(fit.curve[i].n_risk, risk[i]);
    EXPECT_EQ(fit.curve[i].n_censor, censor[i]);
    if (i < 4) EXPECT_NEAR(fit.curve[i].std_err, survival[i] * std::sqrt(sigma2[i]), 1e-15);
  }
  EXPECT_EQ(fit.median, 4.5);
  // Restricted mean to the last time, 6: 1·1 + 8/9·1 + 2/3·2 + 1/2·1 + 1/4·1 = 143/36 = 3.972.
  // Areas after each event time: A = 107/36, 75/36, 3/4, 1/4, 0, so
  // var = A₁²/72 + A₂²·2/48 + A₃²/12 + A₄²/2 = 0.38166 (R: se(rmean) 0.6177911).
  EXPECT_NEAR(fit.restricted_mean, 143.0 / 36, 1e-14);
  const double variance = std::pow(107.0 / 36, 2) / 72 + std::pow(75.0 / 36, 2) * 2 / 48 +
                          std::pow(0.75, 2) / 12 + std::pow(0.25, 2) / 2;
  EXPECT_NEAR(fit.restricted_mean_se, std::sqrt(variance), 1e-14);
}

// Hand count: (1,1) (2,1) (3,0) (4,0). S = 3/4 at 1, then 3/4 · 2/3 = 1/2 at 2, and the curve
// ends on exactly 0.5, so R's quantile.survfit takes the midpoint of 2 and the last observed
// time 4: median 3 (R 4.x, survival 3.5: quantile 3, lower 1, upper NA). The lower curve at 1 is
// 0.75·exp(−1.96·√(1/12)) = 0.43 ≤ 0.5, so the interval starts at 1; the upper never drops.
TEST(KaplanMeierTest, a_curve_ending_on_one_half_takes_the_midpoint_to_the_last_time) {
  const std::vector<cxs::SurvivalObservation> data{{1, true}, {2, true}, {3, false}, {4, false}};
  const auto fit = cxs::fit_kaplan_meier(data).value();
  EXPECT_EQ(fit.median, 3.0);
  EXPECT_EQ(fit.median_ci95[0], 1.0);
  EXPECT_FALSE(fit.median_ci95[1].has_value());
}

// All censored: no event, so S = 1 throughout, no step and no median (R: median NA).
TEST(KaplanMeierTest, all_censored_has_no_step_and_no_median) {
  const std::vector<cxs::SurvivalObservation> data{{3, false}, {5, false}, {7, false}};
  const auto fit = cxs::fit_kaplan_meier(data).value();
  EXPECT_EQ(fit.n, 3u);
  EXPECT_EQ(fit.events, 0u);
  EXPECT_TRUE(fit.curve.empty());
  EXPECT_EQ(fit.restricted_mean, 7.0);  // S = 1 up to the last time, 7 (R: rmean 7, se 0)
  EXPECT_EQ(fit.restricted_mean_se, 0.0);
  EXPECT_FALSE(fit.median.has_value());
  EXPECT_FALSE(fit.median_ci95[0].has_value());
  EXPECT_FALSE(fit.median_ci95[1].has_value());
}

// One subject who churns at 5: S drops from 1 to 0 there; median 5, no interval (R: 5, NA, NA).
TEST(KaplanMeierTest, a_single_subject_gives_one_step_to_zero) {
  const std::vector<cxs::SurvivalObservation> data{{5, true}};
  const auto fit = cxs::fit_kaplan_meier(data).value();
  ASSERT_EQ(fit.curve.size(), 1u);
  EXPECT_EQ(fit.curve[0].survival, 0.0);
  EXPECT_EQ(fit.curve[0].std_err, 0.0);
  EXPECT_FALSE(fit.curve[0].ci95.has_value());
  EXPECT_EQ(fit.median, 5.0);
  EXPECT_EQ(fit.restricted_mean, 5.0);
  EXPECT_EQ(fit.restricted_mean_se, 0.0);
  EXPECT_FALSE(fit.median_ci95[0].has_value());
  EXPECT_FALSE(fit.median_ci95[1].has_value());
}

// Everyone churns at 2: one step to 0, median 2, no interval (R: 2, NA, NA); nothing is NaN.
TEST(KaplanMeierTest, all_events_at_one_time_stay_finite) {
  const std::vector<cxs::SurvivalObservation> data(4, {2, true});
  const auto fit = cxs::fit_kaplan_meier(data).value();
  ASSERT_EQ(fit.curve.size(), 1u);
  EXPECT_EQ(fit.curve[0].n_event, 4u);
  EXPECT_EQ(fit.curve[0].survival, 0.0);
  EXPECT_EQ(fit.curve[0].std_err, 0.0);
  EXPECT_EQ(fit.median, 2.0);
}

TEST(KaplanMeierTest, empty_input_and_bad_times_are_errors) {
  const auto empty = cxs::fit_kaplan_meier({});
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, cxs::ErrorCode::too_few_rows);
  for (const double bad : {-1.0, std::nan("")}) {
    const std::vector<cxs::SurvivalObservation> data{{1, true}, {bad, false}};
    const auto fit = cxs::fit_kaplan_meier(data);
    ASSERT_FALSE(fit);
    EXPECT_EQ(fit.error().code, cxs::ErrorCode::invalid_input);
    EXPECT_NE(fit.error().message.find("Observation 1"), std::string::npos);
  }
}

class KaplanMeierOrder : public ::testing::TestWithParam<unsigned> {};

// Shuffled rows give the same curve: the estimate depends on the data, not on its order.
TEST_P(KaplanMeierOrder, curve_does_not_depend_on_row_order) {
  auto data = load_group("lung", "all");
  const auto reference = cxs::fit_kaplan_meier(data).value();
  std::mt19937 generator(GetParam());
  std::shuffle(data.begin(), data.end(), generator);
  const auto shuffled = cxs::fit_kaplan_meier(data).value();
  ASSERT_EQ(shuffled.curve.size(), reference.curve.size());
  for (std::size_t i = 0; i < reference.curve.size(); ++i) {
    EXPECT_EQ(shuffled.curve[i].survival, reference.curve[i].survival);
    EXPECT_EQ(shuffled.curve[i].n_censor, reference.curve[i].n_censor);
  }
  EXPECT_EQ(shuffled.median, reference.median);
}
INSTANTIATE_TEST_SUITE_P(Seeds, KaplanMeierOrder, ::testing::Values(1u, 2u, 3u));

// Hand count: events at 1 and 3, censored at 2 and 4. S = 3/4 after 1 (4 at risk, 1 event),
// 3/4 × 1/2 = 3/8 after 3 (2 at risk, 1 event), flat after the last event.
TEST(KaplanMeierTest, survival_at_and_conditional_survival_by_hand) {
  const std::vector<cxs::SurvivalObservation> obs{{1, true}, {2, false}, {3, true}, {4, false}};
  const auto fit = cxs::fit_kaplan_meier(obs).value();
  EXPECT_EQ(cxs::kaplan_meier_survival_at(fit, 0.5), 1);
  EXPECT_EQ(cxs::kaplan_meier_survival_at(fit, 1), 0.75);
  EXPECT_EQ(cxs::kaplan_meier_survival_at(fit, 2.9), 0.75);
  EXPECT_EQ(cxs::kaplan_meier_survival_at(fit, 3), 0.375);
  EXPECT_EQ(cxs::kaplan_meier_survival_at(fit, 10), 0.375);
  EXPECT_EQ(cxs::kaplan_meier_conditional_survival(fit, 1, 5).value(), 0.5);     // (3/8)/(3/4)
  EXPECT_EQ(cxs::kaplan_meier_conditional_survival(fit, 0, 0.5).value(), 1);     // no event yet
  EXPECT_EQ(cxs::kaplan_meier_conditional_survival(fit, 0.5, 1).value(), 0.75);  // 1 → 3/4
}

TEST(KaplanMeierTest, conditional_survival_is_empty_once_nobody_is_left) {
  const std::vector<cxs::SurvivalObservation> obs{{1, true}, {2, true}};
  const auto fit = cxs::fit_kaplan_meier(obs).value();
  EXPECT_EQ(cxs::kaplan_meier_survival_at(fit, 2), 0);
  EXPECT_FALSE(cxs::kaplan_meier_conditional_survival(fit, 2, 1).has_value());
}

}  // namespace
