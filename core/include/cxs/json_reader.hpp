// JsonReader: a streaming reader of JSON exports (array, wrapper object or NDJSON) fed in chunks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/issue.hpp"

namespace cxs {

/// How the records sit in the file. `array` is one JSON document: a top-level array of records,
/// or an object whose array members hold them (`{"tickets":[...]}`). `ndjson` is one object per
/// line. `auto_detect` picks `array` for `[`, and for `{` unless another value follows the first
/// object on a later line, which makes it `ndjson`.
enum class JsonLayout { auto_detect, array, ndjson };

struct JsonOptions {
  JsonLayout layout = JsonLayout::auto_detect;
  std::size_t max_record_bytes = 16 << 20;  ///< a longer record is reported and skipped
};

/// One leaf of a flattened record: `requester.email`, `tags` ("a\nb"), `custom_fields[].value`.
struct FlatField {
  std::string key;
  std::string value;
};

/// One record. The views are valid only during the on_record call.
struct JsonRecord {
  std::span<const FlatField> fields;  ///< flattened, in document order
  std::string_view collection;        ///< wrapper member holding it ("tickets"); "" otherwise
  SourceRef at;  ///< row: 1-based record ordinal in the file; line: where the record starts
};

/// Receives records and record-level issues in file order.
class JsonRecordSink {
 public:
  virtual ~JsonRecordSink() = default;
  virtual void on_record(const JsonRecord& record) = 0;
  virtual void on_issue(Issue issue) = 0;
};

/// Reads records out of a JSON export without holding the document: a state machine over the
/// bytes finds each record's extent, keeps only that record (across chunk edges), and parses it
/// alone. Which values are records:
///  - a top-level array: each element (an element that is not an object is an issue);
///  - a top-level object: each object element of every array member (`{"tickets":[...],
///    "users":[...],"count":3}` → tickets and users, named by `collection`); an object none of
///    whose members is an array of objects or an empty array is itself the one record;
///  - NDJSON: each non-blank line.
/// Nested objects flatten to dotted keys; an array of scalars is one field joined with "\n"; an
/// array of objects gives `key[].sub` fields joined with "\n" element by element (a missing
/// `sub` is an empty line, and line breaks inside one element's value become spaces, so the
/// lines of sibling fields stay aligned). null is "".
/// A malformed or oversized record is an Issue that still takes its ordinal; reading resumes at
/// the next line (NDJSON) or the next element at the same depth. Issues about the document
/// rather than one record have row 0. A UTF-8 byte-order mark is skipped. One reader per file.
class JsonReader {
 public:
  explicit JsonReader(JsonOptions options = {});

  void feed(std::span<const std::uint8_t> chunk, JsonRecordSink& sink);
  /// Reads what the last chunk left open and reports a document cut short.
  void finish(JsonRecordSink& sink);

  /// The layout in use: auto_detect until the input has decided it.
  JsonLayout layout() const { return layout_; }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  enum class Mode : std::uint8_t { start, pending, ndjson, document, done };
  /// Where the document reader stands outside any record or skipped value.
  enum class Outer : std::uint8_t {
    top_value,     ///< before the document's `[` or `{`
    array_first,   ///< after `[`: an element or `]`
    array_next,    ///< after `,`: an element
    array_after,   ///< after an element: `,` or `]`
    object_first,  ///< after the top `{`: a key or `}`
    object_next,   ///< after `,`: a key
    key,           ///< inside a member name
    colon,         ///< after a member name
    member_value,  ///< after `:`
    object_after,  ///< after a member value: `,` or `}`
    after_top,     ///< the document is closed: only white space may follow
  };
  enum class Capture : std::uint8_t { none, record, skip };
  enum class Shape : std::uint8_t { container, string, bare };

  /// Bytes of one value that may cross chunk edges: [from, pos) of the current text plus the
  /// copied part of earlier texts. Past `limit` bytes the copy is dropped, the length still kept.
  struct Held {
    bool active = false;
    bool overflow = false;
    std::size_t from = 0;
    std::size_t earlier = 0;  ///< bytes in earlier texts
    std::string copy;

    void begin(std::size_t pos);
    std::size_t size_at(std::size_t pos) const { return earlier + (pos - from); }
    void carry(std::string_view text, std::size_t limit);  ///< the text is about to go away
    /// The value's bytes up to `end`; a view into `text` or into `copy`. Ends the hold.
    std::string_view take(std::string_view text, std::size_t end);
  };

  void run(std::string_view text, std::size_t pos, JsonRecordSink& sink);
  std::size_t step_start(std::string_view text, std::size_t pos, JsonRecordSink& sink);
  std::size_t step_pending(std::string_view text, std::size_t pos, JsonRecordSink& sink);
  std::size_t step_ndjson(std::string_view text, std::size_t pos, JsonRecordSink& sink);
  std::size_t step_document(std::string_view text, std::size_t pos, JsonRecordSink& sink);
  /// Each returns where to go on; a byte that ends a value but belongs to the structure around
  /// it (`,` after a number, a stray closer) is left unread for the outer state.
  std::size_t step_capture(std::string_view text, std::size_t pos, JsonRecordSink& sink);
  std::size_t step_outer(std::string_view text, std::size_t pos, JsonRecordSink& sink);

  /// Settles auto-detection and reads the held first bytes again in the chosen layout.
  void decide(Mode mode, std::string_view text, std::size_t pos, JsonRecordSink& sink);
  void begin_capture(Capture kind, std::size_t pos, char first);
  void end_capture(std::string_view text, std::size_t end, JsonRecordSink& sink);
  void close_array();
  void close_top_object(std::string_view text, std::size_t end, JsonRecordSink& sink);
  void end_line(std::string_view text, std::size_t end, JsonRecordSink& sink);
  /// Parses one record's text, flattens it and hands it on, or reports why not.
  void emit(std::string_view text, SourceRef at, std::string_view collection, JsonRecordSink& sink);
  void too_large(SourceRef at, JsonRecordSink& sink);
  void stop(Message message, JsonRecordSink& sink);

  JsonOptions options_;
  JsonLayout layout_;
  Mode mode_ = Mode::start;
  std::uint64_t bytes_read_ = 0;
  std::uint64_t line_ = 1;     ///< text line at the current position
  std::uint64_t ordinal_ = 0;  ///< records started so far, bad ones included
  std::uint8_t bom_matched_ = 0;
  bool bom_decided_ = false;

  // Auto-detection of `{`: the first object is held until it is known to be a line of NDJSON
  // (closed on its first line, another value on a later line) or a document.
  std::uint64_t pending_line_ = 1;
  std::uint32_t pending_depth_ = 0;
  bool pending_closed_ = false;
  bool pending_newline_ = false;  ///< a line ended after the first object closed

  // Document state outside records.
  Outer outer_ = Outer::top_value;
  bool in_collection_ = false;    ///< the open array is a member of the top object
  bool collection_empty_ = true;  ///< no element seen yet in the open member array
  bool collection_seen_ = false;  ///< an object element was found in a member array
  bool empty_member_seen_ = false;
  bool key_escape_ = false;
  std::string key_;
  std::string collection_;
  Held whole_;  ///< the top object, while it may still be the one record
  std::uint64_t whole_line_ = 0;

  // The value being captured (a record) or stepped over (skip).
  Capture capture_ = Capture::none;
  Shape shape_ = Shape::container;
  std::string nest_;               ///< open brackets, innermost last, up to a bound
  std::uint64_t nest_beyond_ = 0;  ///< open brackets past the bound, counted only
  bool in_string_ = false;
  bool escape_ = false;
  Held value_;  ///< the record, NDJSON line or held first object
  SourceRef value_at_;

  std::vector<FlatField> fields_;
};

}  // namespace cxs
