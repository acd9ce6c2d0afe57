// CsvReader: RFC 4180 quoting, line ends, BOM, ragged rows, and chunk-size independence.
#include "cxs/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/feed_in_chunks.hpp"

namespace {

struct Collected : cxs::RecordSink {
  std::vector<std::vector<std::string>> records;
  std::vector<cxs::SourceRef> at;
  std::vector<cxs::Issue> issues;
  void on_record(const cxs::CsvRecord& record) override {
    records.emplace_back(record.fields.begin(), record.fields.end());
    at.push_back(record.at);
  }
  void on_issue(cxs::Issue issue) override { issues.push_back(std::move(issue)); }
};

Collected read_in_chunks(std::string_view text, std::size_t chunk_size) {
  cxs::CsvReader reader;
  Collected sink;
  cxs::test::feed_in_chunks(reader, text, chunk_size, sink);
  return sink;
}

Collected read_whole(std::string_view text) { return read_in_chunks(text, text.size() + 1); }

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, reads_plain_records) {
  EXPECT_EQ(read_whole("a,b\n1,2\n").records, (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(CsvReaderTest, keeps_quoted_commas_newlines_and_doubled_quotes) {
  const auto got =
      read_whole("id,comment\n1,\"Fast, friendly\"\n2,\"line one\nline \"\"two\"\"\"\n");
  EXPECT_EQ(got.records,
            (Rows{{"id", "comment"}, {"1", "Fast, friendly"}, {"2", "line one\nline \"two\""}}));
  // Rows as a spreadsheet numbers them; the second record starts on text line 3.
  EXPECT_EQ(got.at[2].row, 3u);
  EXPECT_EQ(got.at[2].line, 3u);
}

TEST(CsvReaderTest, reads_crlf_and_lone_cr_line_ends) {
  EXPECT_EQ(read_whole("a,b\r\n1,2\r\n3,4\r5,6").records,
            (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}}));
}

TEST(CsvReaderTest, skips_a_utf8_bom_and_reports_it) {
  cxs::CsvReader reader;
  Collected sink;
  const std::string text = "\xEF\xBB\xBF\"NPS\",x\n9,y\n";
  reader.feed({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, sink);
  reader.finish(sink);
  EXPECT_EQ(sink.records, (Rows{{"NPS", "x"}, {"9", "y"}}));
  EXPECT_TRUE(reader.had_bom());
}

TEST(CsvReaderTest, a_file_that_only_starts_like_a_bom_keeps_its_bytes) {
  EXPECT_EQ(read_in_chunks("\xEF\xBB", 1).records, (Rows{{"\xEF\xBB"}}));
  EXPECT_EQ(read_in_chunks("\xEF"
                           "a,b\n",
                           1)
                .records,
            (Rows{{"\xEF"
                   "a",
                   "b"}}));
}

TEST(CsvReaderTest, blank_lines_are_skipped_but_counted_as_rows) {
  const auto got = read_whole("h\n\n1\n\r\n2\n");
  EXPECT_EQ(got.records, (Rows{{"h"}, {"1"}, {"2"}}));
  EXPECT_EQ(got.at[1].row, 3u);
  EXPECT_EQ(got.at[2].row, 5u);
}

TEST(CsvReaderTest, ragged_rows_keep_their_own_field_count) {
  EXPECT_EQ(read_whole("a,b,c\n1\n1,2,3,4\n").records,
            (Rows{{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}}));
}

TEST(CsvReaderTest, last_record_without_newline_and_trailing_empty_field) {
  EXPECT_EQ(read_whole("a,b\n1,").records, (Rows{{"a", "b"}, {"1", ""}}));
}

TEST(CsvReaderTest, unterminated_quote_is_reported_with_its_row) {
  const auto got = read_whole("a,b\n1,\"never closed\n2,3\n");
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::unterminated_quote);
  EXPECT_EQ(got.issues[0].at.row, 2u);
  EXPECT_EQ(got.records.size(), 2u);
}

TEST(CsvReaderTest, stray_quotes_are_kept_as_text_and_reported) {
  const auto got = read_whole("a,b\n5'10\",x\n\"ab\"cd,y\n");
  EXPECT_EQ(got.records, (Rows{{"a", "b"}, {"5'10\"", "x"}, {"abcd", "y"}}));
  ASSERT_EQ(got.issues.size(), 2u);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::stray_quote);
  EXPECT_EQ(got.issues[0].at.row, 2u);
  EXPECT_EQ(got.issues[1].at.row, 3u);
}

TEST(CsvReaderTest, semicolon_delimiter_when_asked) {
  cxs::CsvReader reader({.delimiter = ';'});
  Collected sink;
  const std::string text = "a;b\n\"x;y\";2\n";
  reader.feed({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, sink);
  reader.finish(sink);
  EXPECT_EQ(sink.records, (Rows{{"a", "b"}, {"x;y", "2"}}));
}

// Property: the records, their row and line numbers and the issues do not depend on where
// the chunks are cut, from 1 byte (every split point, including inside "" and CRLF) upwards.
class CsvChunking : public ::testing::TestWithParam<std::size_t> {};

constexpr std::string_view kAwkward =
    "\xEF\xBB\xBF\"Response ID\",\"How likely are you to recommend us?\",Comment\r\n"
    "R1,10,\"Great, \"\"really\"\" great\"\r\n"
    "\r\n"
    "R2,\"3\",\"Line one\r\nline two\nline three\"\r\n"
    "R3,,\"\"\r\n"
    "R4,N/A,short\r\n"
    "R5,7\r\n"
    "R6,9,\"quoted\"trailing,extra\r\n"
    "R7,8,\"日本語のコメント、です\"\r\n"
    "R8,0,\"ends at EOF";

TEST_P(CsvChunking, records_do_not_depend_on_chunk_size) {
  const Collected whole = read_whole(kAwkward);
  const Collected chunked = read_in_chunks(kAwkward, GetParam());
  ASSERT_EQ(chunked.records, whole.records);
  ASSERT_EQ(chunked.at.size(), whole.at.size());
  for (std::size_t i = 0; i < whole.at.size(); ++i) {
    EXPECT_EQ(chunked.at[i].row, whole.at[i].row) << "record " << i;
    EXPECT_EQ(chunked.at[i].line, whole.at[i].line) << "record " << i;
  }
  ASSERT_EQ(chunked.issues.size(), whole.issues.size());
  for (std::size_t i = 0; i < whole.issues.size(); ++i) {
    EXPECT_EQ(chunked.issues[i].code, whole.issues[i].code);
    EXPECT_EQ(chunked.issues[i].at.row, whole.issues[i].at.row);
  }
}

INSTANTIATE_TEST_SUITE_P(EverySize, CsvChunking,
                         ::testing::Range<std::size_t>(1, kAwkward.size() + 2));

// The whole-input reading of kAwkward, counted by hand from the text above.
TEST(CsvReaderTest, awkward_fixture_reads_as_counted_by_hand) {
  const Collected got = read_whole(kAwkward);
  ASSERT_EQ(got.records.size(), 9u);  // header + R1..R8
  EXPECT_EQ(got.records[0][1], "How likely are you to recommend us?");
  EXPECT_EQ(got.records[1][2], "Great, \"really\" great");
  EXPECT_EQ(got.records[2][2], "Line one\r\nline two\nline three");
  EXPECT_EQ(got.at[2].row, 4u);   // row 3 is the blank line
  EXPECT_EQ(got.at[3].line, 7u);  // R2 spans lines 5-7
  EXPECT_EQ(got.records[3], (std::vector<std::string>{"R3", "", ""}));
  EXPECT_EQ(got.records[6], (std::vector<std::string>{"R6", "9", "quotedtrailing", "extra"}));
  EXPECT_EQ(got.records[8][2], "ends at EOF");
  ASSERT_EQ(got.issues.size(), 2u);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::stray_quote);
  EXPECT_EQ(got.issues[1].code, cxs::IssueCode::unterminated_quote);
  EXPECT_EQ(got.issues[1].at.row, 10u);  // R8 is row 10
}

// Limits: a field past max_field_bytes is cut at a character boundary, the same whatever the
// chunk size, and reported with its row; the rest of the row and the next rows are read.
TEST(CsvReaderTest, an_oversized_field_is_cut_and_reported_and_the_row_still_read) {
  // "é" is two bytes (C3 A9): a cut at 9 bytes would split the fifth one, so 8 are kept.
  const std::string text = "id,comment,score\n1,\"" +
                           std::string("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9x") +
                           "\",9\n2,\"x\"\"y\",10\n3,abcdefghijkl,8\n";
  for (const std::size_t chunk : {1u, 3u, 7u, 4096u}) {
    cxs::CsvReader reader({.max_field_bytes = 9});
    Collected sink;
    cxs::test::feed_in_chunks(reader, text, chunk, sink);
    ASSERT_EQ(sink.records.size(), 4u) << chunk;
    EXPECT_EQ(sink.records[1],
              (std::vector<std::string>{"1", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", "9"}))
        << chunk;
    EXPECT_EQ(sink.records[2], (std::vector<std::string>{"2", "x\"y", "10"})) << chunk;
    EXPECT_EQ(sink.records[3], (std::vector<std::string>{"3", "abcdefghi", "8"})) << chunk;
    ASSERT_EQ(sink.issues.size(), 2u) << chunk;
    EXPECT_EQ(sink.issues[0].code, cxs::IssueCode::field_too_large);
    EXPECT_EQ(sink.issues[0].at.row, 2u);
    EXPECT_EQ(sink.issues[0].message,
              "Field 2 holds 11 bytes; fields are cut to their first 9 bytes (the rest of the row "
              "is read).");
    EXPECT_EQ(sink.issues[1].at.row, 4u);
  }
}

TEST(CsvReaderTest, fields_past_the_limit_are_dropped_and_reported) {
  for (const std::size_t chunk : {2u, 4096u}) {
    cxs::CsvReader reader({.max_fields = 3});
    Collected sink;
    cxs::test::feed_in_chunks(reader, std::string_view("a,b,c,d,e\n1,2,3\n"), chunk, sink);
    EXPECT_EQ(sink.records, (Rows{{"a", "b", "c"}, {"1", "2", "3"}})) << chunk;
    ASSERT_EQ(sink.issues.size(), 1u);
    EXPECT_EQ(sink.issues[0].code, cxs::IssueCode::too_many_fields);
    EXPECT_EQ(sink.issues[0].message, "The row has 5 fields; the ones past 3 were not read.");
  }
}

}  // namespace
