// Customer keys: the spellings tools write for one address or number read as one key.
#include "cxs/customer_keys.hpp"

#include <gtest/gtest.h>

namespace {

TEST(CustomerKeysTest, addresses_in_the_forms_exports_write_them) {
  EXPECT_EQ(cxs::normalise_email("  Ava.Chen@Northwind.example "), "ava.chen@northwind.example");
  EXPECT_EQ(cxs::normalise_email("\"Chen, Ava\" <Ava.Chen@Northwind.example>"),
            "ava.chen@northwind.example");
  EXPECT_EQ(cxs::normalise_email("Ava Chen (Ava@Northwind.example)"), "ava@northwind.example");
  EXPECT_EQ(cxs::normalise_email("mailto:ava@x.example"), "ava@x.example");
  EXPECT_FALSE(cxs::normalise_email("Ava Chen (sales)"));
  EXPECT_FALSE(cxs::normalise_email("a@b@c.example"));
}

TEST(CustomerKeysTest, phones_need_a_country_code) {
  EXPECT_EQ(cxs::normalise_phone("+1 (415) 555-0134"), "+14155550134");
  EXPECT_EQ(cxs::normalise_phone("'+14155550613"), "+14155550613");  // spreadsheet text marker
  EXPECT_EQ(cxs::normalise_phone("0081 90-1234-5678"), "+819012345678");
  EXPECT_FALSE(cxs::normalise_phone("(415) 555-0134"));  // national: country unknown
}

TEST(CustomerKeysTest, webmail_domains_say_nothing_about_the_company) {
  EXPECT_TRUE(cxs::is_webmail_domain("gmail.com"));
  EXPECT_TRUE(cxs::is_webmail_domain("yahoo.co.jp"));
  EXPECT_FALSE(cxs::is_webmail_domain("acme.example"));
}

}  // namespace
