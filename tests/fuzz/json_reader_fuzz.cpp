// Fuzzes JsonReader (json_reader.hpp) on arrays, wrapper objects and NDJSON: the first byte
// picks the layout (auto, array, ndjson, or auto with a 64-byte record limit) and the chunk
// splits, the rest is the file. Asserts that records and issues are the same whether the file
// arrives whole or split anywhere; that record ordinals rise from 1 and records and their issues
// come in file order; that the chosen layout does not depend on the splits; and that bytes_read
// counts every byte.
#include <cstdint>
#include <span>
#include <string>

#include "cxs/json_reader.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;

struct Transcript : cxs::JsonRecordSink {
  void on_record(const cxs::JsonRecord& record) override {
    check(record.at.row > last_row && record.at.row >= last_issue_row);
    last_row = record.at.row;
    text += "R" + std::to_string(record.at.row) + ":" + std::to_string(record.at.line) + "[";
    text += record.collection;
    text += "]";
    for (const cxs::FlatField& field : record.fields) {
      text += "|" + std::to_string(field.key.size()) + ":" + field.key + "=" +
              std::to_string(field.value.size()) + ":" + field.value;
    }
    text += "\n";
  }
  void on_issue(cxs::Issue issue) override {
    if (issue.at.row != 0) {  // row 0: about the document, not one record
      check(issue.at.row >= last_row && issue.at.row >= last_issue_row);
      last_issue_row = issue.at.row;
    }
    text += "I" + std::to_string(static_cast<int>(issue.code)) + ":" +
            std::to_string(issue.at.row) + ":" + std::to_string(issue.at.line) + ":" +
            issue.message + "|" + issue.value + "\n";
  }

  std::uint64_t last_row = 0;
  std::uint64_t last_issue_row = 0;
  std::string text;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t seed = data[0];
  const std::span<const std::uint8_t> file(data + 1, size - 1);
  cxs::JsonOptions options;
  switch (seed >> 6) {
    case 1:
      options.layout = cxs::JsonLayout::array;
      break;
    case 2:
      options.layout = cxs::JsonLayout::ndjson;
      break;
    case 3:
      options.max_record_bytes = 64;
      break;
    default:
      break;
  }

  cxs::JsonReader whole_reader(options);
  Transcript whole;
  cxs::fuzz::feed_split(whole_reader, file, {file.size()}, whole);
  check(whole_reader.bytes_read() == file.size());

  cxs::JsonReader split_reader(options);
  Transcript split;
  cxs::fuzz::feed_split(split_reader, file, cxs::fuzz::chunk_lengths(seed, file.size()), split);
  check(split_reader.bytes_read() == file.size());
  check(split_reader.layout() == whole_reader.layout());
  check(split.text == whole.text);
  return 0;
}
