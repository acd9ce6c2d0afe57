// CsvReader: a streaming RFC 4180 reader fed chunks of any size, split anywhere.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/issue.hpp"

namespace cxs {

struct CsvOptions {
  char delimiter = ',';
  /// A longer field is cut to its first max_field_bytes (at a character boundary) and
  /// reported as field_too_large: an unclosed quote near the start of a large file would
  /// otherwise hold the rest of the file in one field. Spreadsheets stop at 32,767 characters.
  std::size_t max_field_bytes = 1 << 20;
  /// Fields past this many in one record are dropped and reported as too_many_fields.
  std::size_t max_fields = 16384;
};

/// One record. The views are valid only during the on_record call: they point into the
/// chunk being fed, or into the reader's carry when the record crossed a chunk edge.
struct CsvRecord {
  std::span<const std::string_view> fields;
  SourceRef at;  ///< row as a spreadsheet numbers it (blank lines count), and text line
};

/// Receives records and row-level issues in file order.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void on_record(const CsvRecord& record) = 0;
  virtual void on_issue(Issue issue) = 0;
};

/// Reads CSV: quoted fields with doubled quotes, delimiters and newlines inside quotes,
/// LF, CRLF or lone CR line ends, and a UTF-8 byte-order mark. Blank lines are skipped but
/// counted, so row numbers match the spreadsheet. A record cut at a chunk edge is kept in
/// the reader and completed by the next feed, so the records never depend on chunk size.
class CsvReader {
 public:
  explicit CsvReader(CsvOptions options = {});

  void feed(std::span<const std::uint8_t> chunk, RecordSink& sink);
  /// Emits the last record if the input did not end with a newline.
  void finish(RecordSink& sink);

  /// True once a UTF-8 byte-order mark was seen (and skipped) at the start of the input.
  bool had_bom() const { return had_bom_; }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  enum class State : std::uint8_t { field_start, unquoted, quoted, quote_in_quoted };

  void parse(std::string_view text, RecordSink& sink);
  /// Ends the record at the CR or LF at `pos`; returns the position after the line end.
  std::size_t end_line(std::string_view text, std::size_t pos, RecordSink& sink);
  void end_field(std::string_view text, std::size_t end);
  void end_record(RecordSink& sink);
  void carry_over(std::string_view text);
  /// Appends to field_buf_ up to max_field_bytes; the bytes past it are only counted.
  void append_to_field(std::string_view piece);

  CsvOptions options_;
  std::array<bool, 256> stops_unquoted_{};  ///< delimiter, CR, LF, quote
  State state_ = State::field_start;
  bool had_bom_ = false;
  std::uint8_t bom_bytes_seen_ = 0;  ///< how much of EF BB BF matched so far
  bool bom_decided_ = false;
  bool skip_lf_ = false;           ///< the previous chunk ended on CR: swallow a leading LF
  bool field_needs_copy_ = false;  ///< field holds a doubled quote or crossed a chunk edge
  bool stray_quote_reported_ = false;

  // Current field: [field_begin_, pos) in the chunk, or in field_buf_ when copied.
  std::size_t field_begin_ = 0;
  std::size_t quote_at_ = 0;  ///< the quote that may close the current quoted field
  std::string field_buf_;
  std::uint64_t field_bytes_ = 0;  ///< bytes of the current field, kept or not

  // Limits met in the current record, reported when it ends.
  std::uint64_t longest_cut_field_ = 0;  ///< bytes of the longest field cut, 0 when none
  std::size_t first_cut_field_ = 0;      ///< 0-based position of the first field cut
  std::size_t fields_dropped_ = 0;

  // Fields of the current record. Each is either a view into the current chunk or, after a
  // chunk edge, an owned string in carried_; views are rebuilt when the record ends.
  struct FieldSlot {
    bool owned;
    std::size_t index;  ///< into carried_ when owned
    std::string_view view;
  };
  std::vector<FieldSlot> slots_;
  std::vector<std::string> carried_;
  std::vector<std::string_view> views_;

  std::uint64_t row_ = 1;          ///< row of the record being read
  std::uint64_t line_ = 1;         ///< text line at the current position
  std::uint64_t record_line_ = 1;  ///< text line where the current record started
  std::uint64_t bytes_read_ = 0;
  std::string bom_pending_;
};

}  // namespace cxs
