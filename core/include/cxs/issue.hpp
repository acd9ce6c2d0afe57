// Issue: one bad row or cell, reported in data_quality while the rest of the file still counts.
#pragma once

#include <cstdint>
#include <string>

#include "cxs/message.hpp"

namespace cxs {

enum class IssueCode {
  invalid_score,         ///< a score cell that is not a valid answer on its scale ("11", "N/A")
  ragged_row,            ///< a record with more or fewer fields than the header
  unterminated_quote,    ///< the file ended inside a quoted field
  stray_quote,           ///< a quote inside a field that was not quoted as RFC 4180 asks
  invalid_utf8,          ///< bytes that are not UTF-8 in a file read as UTF-8
  unsupported_encoding,  ///< a byte-order mark of an encoding this version does not decode
  empty_file,            ///< the file holds no header row
  summary_row,           ///< a total/average row below the data, skipped
  unknown_kind,          ///< the export's kind could not be told; its rows were not used
  missing_from,          ///< a mail message without a From header (or one with no address)
  broken_mime,           ///< a mail message whose MIME structure could not be read in full
  invalid_json,          ///< a JSON record (or the document around it) that does not parse
  not_an_object,         ///< a JSON record that is a scalar or an array, not an object
  record_too_large,      ///< a JSON record longer than max_record_bytes (or nested too deep)
  uncertain_kind,        ///< the export's kind won by a small margin: the runner-up is named
  uncertain_role,        ///< a key column (customer, score) won by a small margin over another
  preamble,              ///< a report's title block above the header, skipped (not rows)
  field_too_large,       ///< a field longer than the reader keeps (csv_reader.hpp), cut
  too_many_fields,       ///< a record with more fields than the reader keeps, the rest dropped
  too_many_records,      ///< a source past max_records_per_source: its later records not read
};

/// Spelling of an IssueCode in the report.
const char* to_string(IssueCode code);

/// Where a value came from: the row number is the one a spreadsheet shows (header = row 1),
/// so a user can find the cell; `line` is the 1-based text line where that record starts.
struct SourceRef {
  std::uint64_t row = 0;
  std::uint64_t line = 0;
};

struct Issue {
  IssueCode code;
  SourceRef at;
  std::string column;     ///< header text of the cell's column; empty for whole-row issues
  std::string value;      ///< the offending cell text, cut to a readable length
  std::string message;    ///< one sentence for the user
  Message message_msg{};  ///< the same as a message (message.hpp)
};

/// An issue worded by a message: its English message is the message rendered.
inline Issue issue_of(IssueCode code, SourceRef at, std::string column, std::string value,
                      Message message) {
  Issue out{code, at, std::move(column), std::move(value), english(message), {}};
  out.message_msg = std::move(message);
  return out;
}

}  // namespace cxs
