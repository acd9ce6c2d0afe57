// profile_column: what the values of a column can be, counted by hand on small samples.
#include "cxs/column_profile.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace {

cxs::ColumnProfile profile(std::vector<std::string_view> cells) {
  return cxs::profile_column(cells);
}

TEST(ColumnProfileTest, counts_blank_and_filled_cells) {
  const auto p = profile({"a@x.example", "", "  ", "b@y.example"});
  EXPECT_EQ(p.filled, 2u);
  EXPECT_EQ(p.blank, 2u);
  EXPECT_DOUBLE_EQ(p.email, 1.0);
}

TEST(ColumnProfileTest, addresses_give_their_domains) {
  // 3 of 4 addresses on one domain: staff-like; the webmail-free domain is named.
  const auto p =
      profile({"ann@corp.example", "Bo <bo@corp.example>", "cy@corp.example", "di@home.example"});
  EXPECT_DOUBLE_EQ(p.email, 1.0);
  EXPECT_EQ(p.email_domains, 2u);
  EXPECT_EQ(p.top_domain, "corp.example");
  EXPECT_DOUBLE_EQ(p.top_domain_share, 0.75);
}

TEST(ColumnProfileTest, integers_keep_their_range_and_small_counts) {
  const auto p = profile({"9", "10 - Extremely likely", "０", "7", "x"});
  EXPECT_DOUBLE_EQ(p.integer, 0.8);  // 4 of 5
  EXPECT_EQ(p.integer_min, 0);
  EXPECT_EQ(p.integer_max, 10);
  EXPECT_EQ(p.small_integers[9], 1u);
  EXPECT_EQ(p.small_integers[10], 1u);
  EXPECT_EQ(p.small_integers[0], 1u);
  EXPECT_TRUE(p.integers_within(0, 10, 0.8));
  EXPECT_FALSE(p.integers_within(1, 5, 0.8));
}

TEST(ColumnProfileTest, phones_ids_dates_and_money) {
  EXPECT_DOUBLE_EQ(profile({"+1 (415) 555-0134", "+81 90-1234-5678"}).phone_international, 1.0);
  EXPECT_DOUBLE_EQ(profile({"(415) 555-0134"}).phone_international, 0.0);  // no country code
  EXPECT_DOUBLE_EQ(profile({"(415) 555-0134"}).phone, 1.0);
  EXPECT_EQ(profile({"cus_A1", "cus_B2", "cus_C3"}).id_prefix, "cus_");
  EXPECT_EQ(profile({"cus_A1", "ch_B2", "sub_C3"}).id_prefix, "");
  // An IPv4 address is a token with digits but nobody's id.
  EXPECT_DOUBLE_EQ(profile({"203.0.113.7", "198.51.100.20"}).id_token, 0.0);
  EXPECT_DOUBLE_EQ(profile({"2026-03-01", "2026-03-02 10:00"}).date, 1.0);
  EXPECT_DOUBLE_EQ(profile({"$49.00", "¥1,200", "12.50 EUR", "12.50"}).money, 0.75);
}

TEST(ColumnProfileTest, categories_repeat_and_ids_do_not) {
  const auto tiers = profile({"gold", "silver", "gold", "bronze", "silver", "gold"});
  EXPECT_TRUE(tiers.is_category());
  const auto ids = profile({"u1", "u2", "u3", "u4", "u5", "u6"});
  EXPECT_FALSE(ids.is_category());
  EXPECT_DOUBLE_EQ(ids.distinct_ratio(), 1.0);
}

TEST(ColumnProfileTest, satisfaction_labels_find_their_scale) {
  const auto p = profile({"Very satisfied", "Satisfied", "Neutral", "Dissatisfied"});
  ASSERT_TRUE(p.satisfaction);
  EXPECT_EQ(p.satisfaction->scale->name, "satisfaction_5_very");
  EXPECT_EQ(p.satisfaction->matched, 4u);
  EXPECT_FALSE(profile({"9", "3"}).satisfaction);
}

TEST(ColumnProfileTest, summary_names_what_the_values_are) {
  EXPECT_EQ(profile({"a@x.example", "b@y.example"}).summary(), "e-mail 100%, 2 domains");
  EXPECT_EQ(profile({"1", "5", "3"}).summary(),
            "integer 1\xE2\x80\x93"
            "5");
  EXPECT_EQ(profile({"", ""}).summary(), "blank");
}

}  // namespace
