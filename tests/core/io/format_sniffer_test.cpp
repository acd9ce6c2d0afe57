// sniff_format: the formats and delimiters real exports use.
#include "cxs/format_sniffer.hpp"

#include <gtest/gtest.h>

namespace {

using cxs::SourceFormat;

TEST(FormatSnifferTest, finds_the_delimiter_of_delimited_text) {
  EXPECT_EQ(cxs::sniff_format("a,b,c\n1,2,3\n4,5,6\n", "x.csv").delimiter, ',');
  EXPECT_EQ(cxs::sniff_format("a;b;c\n1,5;2;3\n4;5,5;6\n", "x.csv").delimiter, ';');
  const auto tsv = cxs::sniff_format("a\tb\tc\r\n1\t2\t3\r\n", "export.txt");
  EXPECT_EQ(tsv.delimiter, '\t');
  EXPECT_EQ(tsv.format, SourceFormat::tsv);
  EXPECT_EQ(cxs::sniff_format("a|b\n1|2\n", "x.txt").delimiter, '|');
}

TEST(FormatSnifferTest, ignores_delimiters_inside_quotes) {
  // Every comment holds semicolons; the separator is the comma.
  const auto got =
      cxs::sniff_format("id,comment\n1,\"a; b; c\"\n2,\"d; e\"\n3,\"x;\ny;z\"\n", "s.csv");
  EXPECT_EQ(got.delimiter, ',');
}

TEST(FormatSnifferTest, one_column_file_is_csv) {
  EXPECT_EQ(cxs::sniff_format("NPS\n9\n10\n", "s.csv").format, SourceFormat::csv);
}

TEST(FormatSnifferTest, tells_json_from_ndjson) {
  EXPECT_EQ(cxs::sniff_format("  [{\"a\":1},{\"a\":2}]", "x.json").format, SourceFormat::json);
  EXPECT_EQ(cxs::sniff_format("{\"tickets\":[{\"id\":1}],\n\"count\":1}", "x.json").format,
            SourceFormat::json);
  EXPECT_EQ(cxs::sniff_format("{\"a\":\"{\\\"\"}\n{\"a\":2}\n", "x.json").format,
            SourceFormat::ndjson);
  EXPECT_EQ(cxs::sniff_format("{\"a\":1}", "one.ndjson").format, SourceFormat::ndjson);
}

TEST(FormatSnifferTest, recognises_mail) {
  EXPECT_EQ(
      cxs::sniff_format("From someone@example.com Tue Jun 11 14:03:00 2024\nFrom: a\n", "m").format,
      SourceFormat::mbox);
  EXPECT_EQ(cxs::sniff_format("Return-Path: <a@b>\r\nFrom: A <a@b>\r\nSubject: hi\r\n\r\nbody", "x")
                .format,
            SourceFormat::eml);
  // A CSV whose header happens to contain a colon is still CSV.
  EXPECT_EQ(cxs::sniff_format("Time: local,Score\n1,2\n", "x.csv").format, SourceFormat::csv);
}

}  // namespace
