// Volume-change signals on weekly series with a known break and a known complaint spike before
// it; the expected numbers are R's (tests/data/volume_change/make_reference.R).
#include "cxs/volume_change.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "cxs/date_cell.hpp"
#include "support/reference_table.hpp"

namespace {

constexpr std::int64_t kDay = 86400;

std::map<std::string, double> reference() {
  std::map<std::string, double> out;
  for (const auto& row :
       cxs::test::read_reference_table(CXS_TEST_DATA "/volume_change/reference.csv"))
    out[row.at("name")] = std::stod(row.at("value"));
  return out;
}

std::string printed(const char* pattern, double value) {
  char text[64];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

/// The R series from week 0 = the week of 2026-01-05; complaint texts as a help desk exports
/// them: the spike's (rows 1000..) about a late delivery, the baseline's about an invoice.
cxs::WeeklyVolume fixture() {
  cxs::WeeklyVolume v;
  v.first_week = cxs::monday_week(*cxs::days_from_iso_date("2026-01-05") * kDay);
  v.currency = "USD";
  std::uint64_t row = 1000;
  for (const auto& r : cxs::test::read_reference_table(CXS_TEST_DATA "/volume_change/series.csv")) {
    const auto week = static_cast<std::size_t>(std::stoul(r.at("week")));
    auto count = [&](const char* name) { return std::stoull(r.at(name)); };
    v.orders.push_back(std::stod(r.at("orders")));
    v.revenue.push_back(std::stod(r.at("revenue")));
    v.texts.push_back(count("texts"));
    v.complaints.push_back(count("complaints"));
    v.praise.push_back(count("praise"));
    for (const char* term : {"delivery", "invoice"}) {
      v.term_complaints[term].push_back(count((std::string(term) + "_complaints").c_str()));
      v.term_texts[term].push_back(count((std::string(term) + "_texts").c_str()));
    }
    const bool spike = count("delivery_complaints") > 0;
    for (std::uint64_t k = 0; k < count("complaints"); ++k) {
      const std::string text = spike ? "Late delivery again, where is my order?"
                                     : "The invoice is wrong again, unacceptable.";
      v.complaint_texts.push_back({v.first_week + static_cast<std::int64_t>(week),
                                   {0, spike ? row++ : 10 + week, "T" + std::to_string(week),
                                    "Description", text, spike ? "Late delivery" : "unacceptable"},
                                   true});
    }
  }
  return v;
}

const cxs::Signal* find(const std::vector<cxs::Signal>& signals, const std::string& segment) {
  for (const auto& s : signals)
    if (s.segment == segment) return &s;
  return nullptr;
}

TEST(VolumeChangeTest, weeks_start_on_monday) {
  // 2026-09-07 is a Monday; the Thursday after it and the Sunday that ends it share its week.
  const std::int64_t monday = *cxs::days_from_iso_date("2026-09-07") * kDay;
  EXPECT_EQ(cxs::monday_of_week(cxs::monday_week(monday + 3 * kDay + 3600)), "2026-09-07");
  EXPECT_EQ(cxs::monday_of_week(cxs::monday_week(monday + 7 * kDay - 1)), "2026-09-07");
  EXPECT_EQ(cxs::monday_of_week(cxs::monday_week(monday - 1)), "2026-08-31");
  EXPECT_EQ(cxs::monday_week(0), 0);  // 1970-01-01, a Thursday, is in week 0 (from 1969-12-29)
  EXPECT_EQ(cxs::monday_of_week(0), "1969-12-29");
}

TEST(VolumeChangeTest, finds_the_order_break_and_the_complaint_spike_before_it) {
  const auto ref = reference();
  const auto signals = cxs::volume_change_signals(fixture(), {});
  ASSERT_EQ(signals.size(), 3u);                // orders, the spike, revenue (orders × 50)
  const std::string break_week = "2026-10-12";  // week 40 from 2026-01-05
  const std::string spike_from = "2026-09-28", spike_to = "2026-10-11";  // weeks 38-39

  const cxs::Signal* orders = find(signals, "orders");
  ASSERT_NE(orders, nullptr);
  EXPECT_EQ(orders->title, "Order volume fell");
  EXPECT_EQ(orders->severity, "high");
  EXPECT_EQ(orders->cause, "weekly orders down from the week of " + break_week);
  ASSERT_EQ(orders->evidence.size(), 4u);  // the break, the spike, complaints and praise
  EXPECT_EQ(orders->evidence[0].text, "weekly orders " +
                                          printed("%.1f", ref.at("orders_before_mean")) + " → " +
                                          printed("%.1f", ref.at("orders_after_mean")) +
                                          " (-42%) from the week of " + break_week);
  EXPECT_EQ(orders->evidence[1].text, "complaints spiked 2 weeks before it, " + spike_from + ".." +
                                          spike_to + ": 21 against 0.12 a week before (p = " +
                                          printed("%.2g", ref.at("spike_p_value")) + ")");
  // cor.test of the week-to-week changes at the strongest lag.
  EXPECT_EQ(orders->evidence[2].text.find(
                "weekly changes in complaints and in orders the same week: r = " +
                printed("%.2f", ref.at("complaints_r")) + " (95% CI " +
                printed("%.2f", ref.at("complaints_lo")) + " to " +
                printed("%.2f", ref.at("complaints_hi")) + ", n = 51, q = "),
            0u)
      << orders->evidence[2].text;
  EXPECT_EQ(ref.at("complaints_lag"), 0);
  EXPECT_NE(orders->evidence[3].text.find("in praise and in orders 3 weeks later: r = " +
                                          printed("%.2f", ref.at("praise_r")) + " (95% CI " +
                                          printed("%.2f", ref.at("praise_lo")) + " to " +
                                          printed("%.2f", ref.at("praise_hi")) + ", n = 48"),
            std::string::npos)
      << orders->evidence[3].text;

  const cxs::Signal* spike = find(signals, "tickets: complaints (delivery)");
  ASSERT_NE(spike, nullptr) << signals[0].segment << " / " << signals[1].segment;
  EXPECT_EQ(spike->type, "volume_change");
  EXPECT_EQ(spike->severity, "high");
  EXPECT_EQ(spike->cause, "complaint spike 2 weeks before weekly orders fell (from the week of " +
                              break_week + ")");
  EXPECT_EQ(spike->title, "Complaints spiked 2 weeks before weekly orders fell");
  EXPECT_EQ(spike->evidence_count, 21u);
  ASSERT_EQ(spike->evidence.size(), 5u);
  // poisson.test(c(21, 3), c(32, 415), alternative = "greater"): counts, totals and p.
  EXPECT_EQ(spike->evidence[0].text.substr(0, spike->evidence[0].text.find(" (0.")),
            "21 of 32 customer texts were complaints in " + spike_from + ".." + spike_to +
                " (2 weeks) against 3 of 415 in the 26 weeks before");
  EXPECT_EQ(ref.at("spike_recent_count"), 21);
  EXPECT_EQ(ref.at("spike_baseline_total"), 415);
  EXPECT_NE(spike->evidence[0].text.find("rate ratio " +
                                         printed("%.1f", ref.at("spike_rate_ratio")) + " "),
            std::string::npos)
      << spike->evidence[0].text;
  EXPECT_NE(spike->evidence[0].text.find("p = " + printed("%.2g", ref.at("spike_p_value"))),
            std::string::npos);
  // "delivery" rose (BH q far below 0.05), "invoice" did not: only the first names the spike.
  EXPECT_LT(ref.at("delivery_q"), 0.05);
  EXPECT_GT(ref.at("invoice_q"), 0.05);
  for (std::size_t i = 1; i < 5; ++i) {
    EXPECT_EQ(spike->evidence[i].row, 1000 + i - 1);  // the spike's rows, oldest first
    EXPECT_EQ(spike->evidence[i].matched, "Late delivery");
  }

  const cxs::Signal* revenue = find(signals, "revenue (USD)");
  ASSERT_NE(revenue, nullptr);
  EXPECT_EQ(revenue->title, "Revenue fell");
  EXPECT_EQ(revenue->cause, "weekly revenue down from the week of " + break_week);
}

TEST(VolumeChangeTest, a_spike_after_the_break_is_not_linked) {
  auto v = fixture();
  // Move the spike to weeks 42-43, after the fall.
  std::swap(v.complaints[38], v.complaints[42]);
  std::swap(v.complaints[39], v.complaints[43]);
  const auto signals = cxs::volume_change_signals(v, {});
  ASSERT_NE(find(signals, "orders"), nullptr);
  EXPECT_EQ(find(signals, "tickets: complaints (delivery)"), nullptr);
  EXPECT_EQ(find(signals, "orders")->evidence[1].text.find("complaints spiked"), std::string::npos);
}

TEST(VolumeChangeTest, a_spike_before_a_rise_is_not_read_as_its_cause) {
  auto v = fixture();
  for (std::size_t i = 40; i < v.orders.size(); ++i) {  // 24 → 34 a week: a rise
    v.orders[i] += 20;
    v.revenue[i] = 50 * v.orders[i];
  }
  const auto signals = cxs::volume_change_signals(v, {});
  const cxs::Signal* orders = find(signals, "orders");
  ASSERT_NE(orders, nullptr);
  EXPECT_EQ(orders->title, "Order volume rose");
  for (const auto& s : signals) EXPECT_EQ(s.segment.find("complaints"), std::string::npos);
}

TEST(VolumeChangeTest, steady_growth_is_a_trend_not_a_break) {
  auto v = fixture();
  // 5 to 35 orders a week over the year, with the same ±2 wiggle as the fixture.
  for (std::size_t i = 0; i < v.orders.size(); ++i) {
    v.orders[i] = 5 + static_cast<double>(i * 30 / 51) + static_cast<double>((i * 7) % 5) - 2;
    v.revenue[i] = 50 * v.orders[i];
  }
  EXPECT_TRUE(cxs::volume_change_signals(v, {}).empty());
}

TEST(VolumeChangeTest, old_breaks_and_short_series_are_not_signals) {
  auto v = fixture();
  EXPECT_TRUE(cxs::volume_change_signals(v, {.recent_weeks = 11}).empty());  // break 12 weeks ago
  EXPECT_EQ(cxs::volume_change_signals(v, {.recent_weeks = 12}).size(), 3u);
  v.orders.resize(7);
  EXPECT_TRUE(cxs::volume_change_signals(v, {}).empty());
}

}  // namespace
