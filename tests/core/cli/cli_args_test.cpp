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

namespace {

// cli_options: the one request -> options function of the native CLI and the npm bin.
cxs::CliOptions options_of(std::vector<std::string> args, std::vector<std::string> texts) {
  return cxs::cli_options(parse(std::move(args)), texts, "2026-12-07");
}

TEST(CliOptionsTest, today_is_the_as_of_date_unless_one_is_given) {
  EXPECT_EQ(options_of({"report", "a.csv"}, {}).options_json, R"({"as_of":"2026-12-07"})");
  EXPECT_EQ(options_of({"report", "--as-of", "2026-01-31", "a.csv"}, {}).options_json,
            R"({"as_of":"2026-01-31"})");
}

TEST(CliOptionsTest, option_files_are_read_in_one_order_and_checked_against_the_schema) {
  const auto request = parse({"report", "--model", "m.json", "--mapping", "map.json", "a.csv"});
  const auto files = cxs::cli_option_files(request);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].key, "mapping");
  EXPECT_EQ(files[1].path, "m.json");
  const auto bad =
      options_of({"report", "--mapping", "map.json", "a.csv"}, {R"({"a.csv": {"kind": 5}})"});
  EXPECT_EQ(bad.exit_code, cxs::exit_usage);
  EXPECT_TRUE(bad.message.starts_with(R"(mapping["a.csv"].kind: expected one of )"));
  EXPECT_TRUE(bad.message.ends_with(" (in map.json)")) << bad.message;
  const auto broken = options_of({"report", "--routes", "r.json", "a.csv"}, {"{\"rules\": ["});
  EXPECT_EQ(broken.exit_code, cxs::exit_usage);
  EXPECT_TRUE(broken.message.starts_with("r.json is not valid JSON: line 1, column 12"))
      << broken.message;
}

TEST(CliOptionsTest, an_impossible_date_is_a_usage_error) {
  const auto bad = options_of({"report", "--calibration-end", "2026-02-30", "a.csv"}, {});
  EXPECT_EQ(bad.exit_code, cxs::exit_usage);
  EXPECT_EQ(bad.message,
            R"(calibration_end: expected a calendar date written YYYY-MM-DD, got "2026-02-30")");
}

TEST(CliArgsTest, schema_prints_a_named_schema) {
  EXPECT_EQ(parse({"schema", "report"}).action, Action::schema);
  EXPECT_EQ(parse({"schema", "report"}).schema_name, "report");
  EXPECT_EQ(parse({"schema"}).action, Action::usage_error);
  EXPECT_EQ(parse({"schema", "nope"}).message, "schema needs one name: options or report");
}

}  // namespace

// A refused option is a usage error however late it is found (sysexits.h: EX_USAGE 64); an
// analysis that fails for another reason is EX_SOFTWARE 70.
TEST(CliArgsTest, a_refused_option_exits_64_and_other_failures_70) {
  EXPECT_EQ(cxs::cli_exit_code("invalid_options"), 64);
  EXPECT_EQ(cxs::cli_exit_code("no_source"), 70);
  EXPECT_EQ(cxs::cli_exit_code("already_finished"), 70);
}
