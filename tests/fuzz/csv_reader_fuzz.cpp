// Fuzzes CsvReader (csv_reader.hpp): the first byte picks the delimiter, the chunk splits and
// whether the field limits are tiny (7 bytes, 5 fields) so cutting is reached; the rest is the
// file. Asserts what the header promises: the records and issues are the same whether the file
// arrives whole or split anywhere; every record has at least one field and no more fields or
// text than the file had bytes, nor more than the limits allow; a field cut at the byte limit
// ends on a character boundary (valid UTF-8 in, valid UTF-8 fields out); records and issues
// come in file order; and bytes_read counts every byte.
#include <cstdint>
#include <span>
#include <string>

#include "cxs/csv_reader.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;

/// Keeps everything the sink saw as one string, so two reads compare with ==.
struct Transcript : cxs::RecordSink {
  Transcript(const cxs::CsvOptions& options, std::size_t input_size, bool utf8_input)
      : options(options), input_size(input_size), utf8_input(utf8_input) {}

  void on_record(const cxs::CsvRecord& record) override {
    check(!record.fields.empty() && record.fields.size() <= input_size + 1);
    check(record.fields.size() <= options.max_fields);
    check(record.at.row > last_row && record.at.row >= last_issue_row && record.at.line >= 1);
    last_row = record.at.row;
    std::size_t text_bytes = 0;
    text += "R" + std::to_string(record.at.row) + ":" + std::to_string(record.at.line);
    for (const std::string_view field : record.fields) {
      text_bytes += field.size();
      check(field.size() <= options.max_field_bytes);
      check(!utf8_input || cxs::fuzz::is_valid_utf8(field));
      text += "|" + std::to_string(field.size()) + ":";
      text += field;
    }
    check(text_bytes <= input_size);
    text += "\n";
  }
  void on_issue(cxs::Issue issue) override {
    check(issue.at.row >= last_row && issue.at.row >= last_issue_row);  // file order
    last_issue_row = issue.at.row;
    text += "I" + std::to_string(static_cast<int>(issue.code)) + ":" +
            std::to_string(issue.at.row) + ":" + std::to_string(issue.at.line) + ":" +
            issue.message + "\n";
  }

  cxs::CsvOptions options;
  std::size_t input_size;
  bool utf8_input;
  std::uint64_t last_row = 0;
  std::uint64_t last_issue_row = 0;
  std::string text;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t seed = data[0];
  const std::span<const std::uint8_t> file(data + 1, size - 1);
  constexpr char kDelimiters[] = {',', ';', '\t', '|'};
  cxs::CsvOptions options{.delimiter = kDelimiters[seed >> 6]};
  if (seed & 0x20) {
    options.max_field_bytes = 7;
    options.max_fields = 5;
  }
  const bool utf8_input = cxs::fuzz::is_valid_utf8(cxs::fuzz::as_text(file));

  cxs::CsvReader whole_reader(options);
  Transcript whole(options, file.size(), utf8_input);
  cxs::fuzz::feed_split(whole_reader, file, {file.size()}, whole);
  check(whole_reader.bytes_read() == file.size());

  cxs::CsvReader split_reader(options);
  Transcript split(options, file.size(), utf8_input);
  cxs::fuzz::feed_split(split_reader, file, cxs::fuzz::chunk_lengths(seed, file.size()), split);
  check(split_reader.bytes_read() == file.size());
  check(split.text == whole.text);
  check(split_reader.had_bom() == whole_reader.had_bom());
  return 0;
}
