// parse_cli_args: the grammar both the native tool and the npm bin follow.
#include "cxs/cli_args.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using Action = cxs::CliRequest::Action;

cxs::CliRequest parse(std::vector<std::string> args) { return cxs::parse_cli_args(args); }

TEST(CliArgsTest, report_takes_files_and_an_as_of_date) {
  const auto got = parse({"report", "--as-of", "2026-01-31", "a.csv", "b.csv"});
  EXPECT_EQ(got.action, Action::report);
  EXPECT_EQ(got.as_of, "2026-01-31");
  EXPECT_EQ(got.files, (std::vector<std::string>{"a.csv", "b.csv"}));
  EXPECT_EQ(parse({"report", "--as-of=2026-02-01", "a.csv"}).as_of, "2026-02-01");
}

TEST(CliArgsTest, mistakes_are_usage_errors_with_a_reason) {
  EXPECT_EQ(parse({}).action, Action::usage_error);
  EXPECT_EQ(parse({"report"}).message, "no files given");
  EXPECT_EQ(parse({"frobnicate"}).message, "unknown command 'frobnicate'");
  EXPECT_EQ(parse({"report", "--colour", "a.csv"}).message, "unknown option '--colour'");
  EXPECT_EQ(parse({"report", "a.csv", "--as-of"}).message, "--as-of needs a date");
}

TEST(CliArgsTest, calibration_end_and_horizon_reach_the_request) {
  const auto got =
      parse({"report", "--calibration-end", "1997-09-30", "--horizon-weeks", "39", "o.csv"});
  EXPECT_EQ(got.action, Action::report);
  EXPECT_EQ(got.calibration_end, "1997-09-30");
  EXPECT_EQ(got.horizon_weeks, 39);
  EXPECT_EQ(parse({"report", "--horizon-weeks", "0", "o.csv"}).action, Action::usage_error);
  EXPECT_EQ(parse({"report", "--horizon-weeks", "-3", "o.csv"}).action, Action::usage_error);
  EXPECT_EQ(parse({"report", "o.csv", "--calibration-end"}).message,
            "--calibration-end needs a value");
}

TEST(CliArgsTest, competitors_and_own_accounts_are_comma_lists) {
  const auto got = parse({"report", "--competitors", "Zendesk|ZD,Freshdesk", "--own-accounts",
                          "AcmeHQ,@AcmeSupport", "a.csv"});
  EXPECT_EQ(got.competitors, (std::vector<std::string>{"Zendesk|ZD", "Freshdesk"}));
  EXPECT_EQ(got.own_accounts, (std::vector<std::string>{"AcmeHQ", "@AcmeSupport"}));
  EXPECT_EQ(parse({"report", "a.csv", "--own-accounts"}).message, "--own-accounts needs a value");
}

TEST(CliArgsTest, help_and_version) {
  EXPECT_EQ(parse({"--help"}).action, Action::help);
  EXPECT_EQ(parse({"report", "--help"}).action, Action::help);
  EXPECT_EQ(parse({"--version"}).action, Action::version);
  EXPECT_EQ(parse({"report", "-"}).files, (std::vector<std::string>{"-"}));  // stdin
}

}  // namespace
