// Fuzzes CsvReader (csv_reader.hpp): the first byte picks the delimiter and the chunk splits,
// the rest is the file. Asserts what the header promises: the records and issues are the same
// whether the file arrives whole or split anywhere; every record has at least one field and no
// more fields or text than the file had bytes; records and issues come in file order; and
// bytes_read counts every byte.
#include <cstdint>
#include <span>
#include <string>

#include "cxs/csv_reader.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;

/// Keeps everything the sink saw as one string, so two reads compare with ==.
struct Transcript : cxs::RecordSink {
  explicit Transcript(std::size_t input_size) : input_size(input_size) {}

  void on_record(const cxs::CsvRecord& record) override {
    check(!record.fields.empty() && record.fields.size() <= input_size + 1);
    check(record.at.row > last_row && record.at.row >= last_issue_row && record.at.line >= 1);
    last_row = record.at.row;
    std::size_t text_bytes = 0;
    text += "R" + std::to_string(record.at.row) + ":" + std::to_string(record.at.line);
    for (const std::string_view field : record.fields) {
      text_bytes += field.size();
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

  std::size_t input_size;
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
  const cxs::CsvOptions options{kDelimiters[seed >> 6]};

  cxs::CsvReader whole_reader(options);
  Transcript whole(file.size());
  cxs::fuzz::feed_split(whole_reader, file, {file.size()}, whole);
  check(whole_reader.bytes_read() == file.size());

  cxs::CsvReader split_reader(options);
  Transcript split(file.size());
  cxs::fuzz::feed_split(split_reader, file, cxs::fuzz::chunk_lengths(seed, file.size()), split);
  check(split_reader.bytes_read() == file.size());
  check(split.text == whole.text);
  check(split_reader.had_bom() == whole_reader.had_bom());
  return 0;
}
