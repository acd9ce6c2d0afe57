// Streaming JSON records: a bracket-and-string state machine finds each record, nlohmann parses it.
#include "cxs/json_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <utility>

#include "cxs/detail/json_syntax.hpp"
#include "cxs/detail/utf8.hpp"

namespace cxs {
namespace {

// ordered_json keeps members in document order, which the flattened fields promise.
using Json = nlohmann::ordered_json;

constexpr std::array<unsigned char, 3> kUtf8Bom{0xEF, 0xBB, 0xBF};
/// Deeper records are refused: flattening recurses once per level, and wasm stacks are small.
constexpr std::size_t kMaxNesting = 256;
constexpr std::size_t kMaxKeyBytes = 4096;  ///< a longer member name is cut
constexpr std::size_t kIssueValueMaxBytes = 80;

constexpr std::array<bool, 256> byte_set(std::string_view bytes) {
  std::array<bool, 256> set{};
  for (const char c : bytes) set[static_cast<unsigned char>(c)] = true;
  return set;
}
/// Bytes that matter inside a string, and inside an array or object outside strings.
constexpr std::array<bool, 256> kStringStops = byte_set("\"\\\n");
constexpr std::array<bool, 256> kContainerStops = byte_set("\"{}[]\n");

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

using detail::cut_utf8;

std::string snippet(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  text.remove_prefix(first);
  text.remove_suffix(text.size() - (text.find_last_not_of(" \t\r\n") + 1));
  return cut_utf8(text, kIssueValueMaxBytes);
}

/// "Record 3" or "Record 3 in \"tickets\"", as a message nested in the issues' sentences.
Message record_label(SourceRef at, std::string_view collection) {
  if (collection.empty()) return Message("issue.json.record").count("row", at.row);
  return Message("issue.json.record_in")
      .count("row", at.row)
      .text("collection", std::string(collection));
}

// --- Flattening -------------------------------------------------------------------------------

std::string scalar_text(const Json& v) {
  switch (v.type()) {
    case Json::value_t::string:
      return v.get_ref<const std::string&>();
    case Json::value_t::boolean:
      return v.get<bool>() ? "true" : "false";
    case Json::value_t::null:
      return {};
    default:  // numbers: nlohmann's shortest round-trip text, integers without ".0"
      return v.dump();
  }
}

std::string joined_key(const std::string& prefix, const std::string& name) {
  return prefix.empty() ? name : prefix + "." + name;
}

/// Checked without recursion, before flatten() recurses.
bool nesting_within(const Json& root, std::size_t limit) {
  std::vector<std::pair<const Json*, std::size_t>> todo{{&root, 1}};
  while (!todo.empty()) {
    const auto [value, depth] = todo.back();
    todo.pop_back();
    if (!value->is_structured()) continue;
    if (depth > limit) return false;
    for (const Json& child : *value) todo.emplace_back(&child, depth + 1);
  }
  return true;
}

/// Text of an array element that is not an object: a scalar as a field shows it, a nested
/// array line by line, an object inside one as compact JSON.
void append_plain(const Json& v, std::string& out) {
  if (v.is_array()) {
    bool first = true;
    for (const Json& element : v) {
      if (!first) out += '\n';
      first = false;
      append_plain(element, out);
    }
  } else if (v.is_object()) {
    out += v.dump(-1, ' ', false, Json::error_handler_t::replace);
  } else {
    out += scalar_text(v);
  }
}

void flatten(const Json& v, const std::string& key, std::vector<FlatField>& out);

void flatten_object(const Json& v, const std::string& prefix, std::vector<FlatField>& out) {
  if (v.empty() && !prefix.empty()) out.push_back({prefix, {}});  // the key is still present
  for (auto it = v.begin(); it != v.end(); ++it)
    flatten(it.value(), joined_key(prefix, it.key()), out);
}

/// One element's value as one line: its own line breaks (a multi-line chat body, a nested
/// array's lines) become spaces, or the lines of sibling fields would no longer align.
void fold_lines(std::string& value) {
  for (char& c : value)
    if (c == '\n' || c == '\r') c = ' ';
}

/// Scalars join into one field; objects give `key[].sub` fields with one line per object
/// element, empty where that element lacks `sub`, so sibling fields stay line-aligned.
void flatten_array(const Json& v, const std::string& key, std::vector<FlatField>& out) {
  std::string plain;
  bool any_plain = false;
  std::vector<std::pair<std::string, std::vector<std::string>>> subs;
  std::unordered_map<std::string, std::size_t> sub_index;
  std::size_t objects = 0;
  std::vector<FlatField> inner;
  for (const Json& element : v) {
    if (!element.is_object()) {
      if (any_plain) plain += '\n';
      any_plain = true;
      append_plain(element, plain);
      continue;
    }
    inner.clear();
    flatten_object(element, {}, inner);
    for (FlatField& field : inner) {
      fold_lines(field.value);
      const auto [it, added] = sub_index.try_emplace(field.key, subs.size());
      if (added) subs.emplace_back(std::move(field.key), std::vector<std::string>{});
      std::vector<std::string>& lines = subs[it->second].second;
      if (lines.size() < objects) lines.resize(objects);
      if (lines.size() == objects) {
        lines.push_back(std::move(field.value));
      } else {  // the same flat key twice in one element
        lines.back() += ' ';
        lines.back() += field.value;
      }
    }
    ++objects;
  }
  if (any_plain || subs.empty()) out.push_back({key, std::move(plain)});
  for (auto& [sub, lines] : subs) {
    lines.resize(objects);
    std::string value;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) value += '\n';
      value += lines[i];
    }
    out.push_back({key + "[]." + sub, std::move(value)});
  }
}

void flatten(const Json& v, const std::string& key, std::vector<FlatField>& out) {
  if (v.is_object()) {
    flatten_object(v, key, out);
  } else if (v.is_array()) {
    flatten_array(v, key, out);
  } else {
    out.push_back({key, scalar_text(v)});
  }
}

// --- Diagnosis of a record nlohmann refused --------------------------------------------------

Issue invalid_json_issue(std::string_view text, SourceRef at, std::string_view collection) {
  // The parser runs again, only to learn where and why it stopped.
  const detail::JsonSyntax spot = detail::check_json_syntax(text);
  const std::size_t upto = std::min(spot.error_at > 0 ? spot.error_at - 1 : 0, text.size());
  const auto line =
      at.line + static_cast<std::uint64_t>(std::count(
                    text.begin(), text.begin() + static_cast<std::ptrdiff_t>(upto), '\n'));
  // The parser's reason stays in English: it quotes the JSON library's own words.
  return issue_of(IssueCode::invalid_json, at, {}, snippet(text),
                  Message("issue.invalid_json.record")
                      .nested("record", record_label(at, collection))
                      .count("line", line)
                      .text("reason", spot.reason));
}

}  // namespace

// --- Held bytes ------------------------------------------------------------------------------

void JsonReader::Held::begin(std::size_t pos) {
  active = true;
  overflow = false;
  from = pos;
  earlier = 0;
  copy.clear();
}

void JsonReader::Held::carry(std::string_view text, std::size_t limit) {
  if (!active) return;
  const std::size_t n = text.size() - from;
  if (!overflow && copy.size() + n > limit) {
    overflow = true;  // too long to be read anyway: stop copying, keep counting
    copy = std::string();
  }
  if (!overflow) copy.append(text.substr(from));
  earlier += n;
  from = 0;
}

std::string_view JsonReader::Held::take(std::string_view text, std::size_t end) {
  active = false;
  if (earlier == 0) return text.substr(from, end - from);
  copy.append(text.substr(from, end - from));
  return copy;
}

// --- Reader ----------------------------------------------------------------------------------

JsonReader::JsonReader(JsonOptions options) : options_(options), layout_(options.layout) {}

void JsonReader::feed(std::span<const std::uint8_t> chunk, JsonRecordSink& sink) {
  bytes_read_ += chunk.size();
  run({reinterpret_cast<const char*>(chunk.data()), chunk.size()}, 0, sink);
}

void JsonReader::run(std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  if (value_.active) value_.from = pos;
  if (whole_.active) whole_.from = pos;
  while (pos < text.size()) {
    switch (mode_) {
      case Mode::start:
        pos = step_start(text, pos, sink);
        break;
      case Mode::pending:
        pos = step_pending(text, pos, sink);
        break;
      case Mode::ndjson:
        pos = step_ndjson(text, pos, sink);
        break;
      case Mode::document:
        pos = step_document(text, pos, sink);
        break;
      case Mode::done:
        pos = text.size();
        break;
    }
  }
  // The caller may reuse the chunk's bytes: copy what an open value still needs.
  value_.carry(text, options_.max_record_bytes);
  whole_.carry(text, options_.max_record_bytes);
}

std::size_t JsonReader::step_start(std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  const char c = text[pos];
  if (!bom_decided_) {  // the three BOM bytes may arrive in separate chunks
    if (static_cast<unsigned char>(c) == kUtf8Bom[bom_matched_]) {
      if (++bom_matched_ == kUtf8Bom.size()) bom_decided_ = true;
      return pos + 1;
    }
    bom_decided_ = true;
    if (bom_matched_ > 0) {
      stop(Message("issue.invalid_json.not_json"), sink);
      return pos;
    }
  }
  if (is_space(c)) {
    if (c == '\n') ++line_;
    return pos + 1;
  }
  if (layout_ == JsonLayout::ndjson) {
    mode_ = Mode::ndjson;
  } else if (layout_ == JsonLayout::array || c == '[') {
    layout_ = JsonLayout::array;
    mode_ = Mode::document;
  } else if (c == '{') {
    mode_ = Mode::pending;
    pending_line_ = line_;
    value_.begin(pos);
  } else {
    stop(Message("issue.invalid_json.not_json"), sink);
  }
  return pos;
}

// A `{` opens either a document or the first line of NDJSON. It is NDJSON only if the first
// object closes on its own line and another value follows on a later line; a line break inside
// it, or its growing past max_record_bytes, settles it as a document. Until then it is held.
std::size_t JsonReader::step_pending(std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  for (; pos < text.size(); ++pos) {
    if (value_.size_at(pos) + 1 > options_.max_record_bytes) {
      decide(Mode::document, text, pos, sink);
      return pos;
    }
    const char c = text[pos];
    if (pending_closed_) {
      if (c == '\n') {
        pending_newline_ = true;
      } else if (!is_space(c)) {
        decide(pending_newline_ ? Mode::ndjson : Mode::document, text, pos, sink);
        return pos;
      }
    } else if (c == '\n') {
      decide(Mode::document, text, pos, sink);
      return pos;
    } else if (in_string_) {
      if (escape_) {
        escape_ = false;
      } else if (c == '\\') {
        escape_ = true;
      } else if (c == '"') {
        in_string_ = false;
      }
    } else if (c == '"') {
      in_string_ = true;
    } else if (c == '{' || c == '[') {
      ++pending_depth_;
    } else if ((c == '}' || c == ']') && --pending_depth_ == 0) {
      pending_closed_ = true;
    }
  }
  return pos;
}

void JsonReader::decide(Mode mode, std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  const std::string_view bytes = value_.take(text, pos);
  // Moved when already copied out of earlier chunks (up to max_record_bytes), else copied.
  std::string held = value_.earlier > 0 ? std::move(value_.copy) : std::string(bytes);
  value_ = Held{};
  in_string_ = escape_ = false;
  pending_depth_ = 0;
  pending_closed_ = pending_newline_ = false;
  mode_ = mode;
  layout_ = mode == Mode::ndjson ? JsonLayout::ndjson : JsonLayout::array;
  line_ = pending_line_;
  run(held, 0, sink);
  if (value_.active) value_.from = pos;
  if (whole_.active) whole_.from = pos;
}

// --- NDJSON ----------------------------------------------------------------------------------

std::size_t JsonReader::step_ndjson(std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  if (!value_.active) {
    value_.begin(pos);
    value_at_ = {0, line_};
  }
  const void* hit = std::memchr(text.data() + pos, '\n', text.size() - pos);
  if (hit == nullptr) return text.size();
  const auto end = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
  end_line(text, end, sink);
  ++line_;
  return end + 1;
}

void JsonReader::end_line(std::string_view text, std::size_t end, JsonRecordSink& sink) {
  if (value_.size_at(end) > options_.max_record_bytes) {
    value_.active = false;
    too_large({++ordinal_, value_at_.line}, sink);
    return;
  }
  const std::string_view line = value_.take(text, end);
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;  // blank: no record
  emit(line, {++ordinal_, value_at_.line}, {}, sink);
}

// --- One document ----------------------------------------------------------------------------

std::size_t JsonReader::step_document(std::string_view text, std::size_t pos,
                                      JsonRecordSink& sink) {
  while (pos < text.size() && mode_ == Mode::document) {
    pos = capture_ != Capture::none ? step_capture(text, pos, sink) : step_outer(text, pos, sink);
  }
  return pos;
}

std::size_t JsonReader::step_capture(std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  const std::size_t n = text.size();
  if (in_string_) {
    while (pos < n) {
      if (!escape_) {
        while (pos < n && !kStringStops[static_cast<unsigned char>(text[pos])]) ++pos;
        if (pos == n) break;
      }
      const char c = text[pos];
      if (c == '\n') {
        // A JSON string holds no raw line break: the record is bad either way, and ending the
        // string here lets the brackets on the following lines find its end.
        ++line_;
        in_string_ = escape_ = false;
        if (shape_ == Shape::string) end_capture(text, pos + 1, sink);
        return pos + 1;
      }
      if (escape_) {
        escape_ = false;
      } else if (c == '\\') {
        escape_ = true;
      } else {  // the closing quote
        in_string_ = false;
        if (shape_ == Shape::string) end_capture(text, pos + 1, sink);
        return pos + 1;
      }
      ++pos;
    }
    return pos;
  }
  if (shape_ == Shape::container) {
    while (pos < n && !kContainerStops[static_cast<unsigned char>(text[pos])]) ++pos;
    if (pos == n) return pos;
  }
  const char c = text[pos];
  if (shape_ == Shape::bare) {  // a number or literal ends at the first byte that cannot be in it
    if (is_space(c) || c == ',' || c == ']' || c == '}' || c == ':' || c == '"' || c == '[' ||
        c == '{') {
      end_capture(text, pos, sink);
      return pos;  // left for the outer state
    }
    return pos + 1;
  }
  switch (c) {
    case '"':
      in_string_ = true;
      break;
    case '{':
    case '[':
      if (nest_.size() < kMaxNesting) {
        nest_.push_back(c);
      } else {
        ++nest_beyond_;  // counted, not matched: the record is refused as too deep anyway
      }
      break;
    case '}':
    case ']': {
      if (nest_beyond_ > 0) {
        --nest_beyond_;
        break;
      }
      // A closer that does not match closes the nearest bracket it does match (the record is
      // then malformed, and nlohmann says so); one that matches nothing open in this value
      // belongs to the array or object around it.
      const std::size_t open = nest_.rfind(c == '}' ? '{' : '[');
      if (open == std::string::npos) {
        end_capture(text, pos, sink);
        return pos;
      }
      nest_.resize(open);
      if (nest_.empty()) end_capture(text, pos + 1, sink);
      break;
    }
    case '\n':
      ++line_;
      break;
    default:
      break;
  }
  return pos + 1;
}

std::size_t JsonReader::step_outer(std::string_view text, std::size_t pos, JsonRecordSink& sink) {
  const char c = text[pos];
  if (outer_ == Outer::key) {
    if (!key_escape_ && c == '"') {
      outer_ = Outer::colon;
    } else if (c == '\n') {
      ++line_;
      stop(Message("issue.invalid_json.member_name_past_line"), sink);
    } else {
      key_escape_ = !key_escape_ && c == '\\';
      if (key_.size() < kMaxKeyBytes) key_.push_back(c);
    }
    return pos + 1;
  }
  if (is_space(c)) {
    if (c == '\n') ++line_;
    return pos + 1;
  }
  switch (outer_) {
    case Outer::top_value:
      if (c == '[') {
        outer_ = Outer::array_first;
      } else if (c == '{') {
        outer_ = Outer::object_first;
        whole_.begin(pos);
        whole_line_ = line_;
      } else {
        stop(Message("issue.invalid_json.not_json"), sink);
        return pos;
      }
      return pos + 1;
    case Outer::array_after:
      if (c == ',') {
        outer_ = Outer::array_next;
        return pos + 1;
      }
      if (c == ']') {
        close_array();
        return pos + 1;
      }
      if (c == '}' || c == ':') break;
      sink.on_issue(issue_of(IssueCode::invalid_json, {ordinal_ + 1, line_}, {}, {},
                             Message("issue.invalid_json.missing_comma")
                                 .nested("record", record_label({ordinal_ + 1, line_}, {}))));
      outer_ = Outer::array_next;
      return pos;
    case Outer::array_first:
    case Outer::array_next:
      if (c == ']') {  // also after a trailing comma, which loses nothing
        close_array();
        return pos + 1;
      }
      if (c == ',') return pos + 1;  // an empty element: nothing to read, nothing lost
      if (c == '}' || c == ':') break;
      collection_empty_ = false;
      if (!in_collection_) {
        begin_capture(Capture::record, pos, c);
      } else if (c == '{') {
        if (!collection_seen_) {
          collection_seen_ = true;  // a wrapper, not a record: stop holding it
          whole_ = Held{};
        }
        begin_capture(Capture::record, pos, c);
      } else {
        begin_capture(Capture::skip, pos, c);
      }
      return pos + 1;
    case Outer::object_first:
    case Outer::object_next:
      if (c == '"') {
        key_.clear();
        key_escape_ = false;
        outer_ = Outer::key;
        return pos + 1;
      }
      if (c == '}') {
        close_top_object(text, pos + 1, sink);
        return pos + 1;
      }
      break;
    case Outer::colon:
      if (c != ':') break;
      outer_ = Outer::member_value;
      return pos + 1;
    case Outer::member_value:
      if (c == '[') {
        in_collection_ = true;
        collection_empty_ = true;
        collection_ = key_;
        if (key_.find('\\') != std::string::npos) {
          const Json name = Json::parse("\"" + key_ + "\"", nullptr, false);
          if (name.is_string()) collection_ = name.get<std::string>();
        }
        outer_ = Outer::array_first;
        return pos + 1;
      }
      if (c == ',' || c == '}' || c == ']' || c == ':') break;
      begin_capture(Capture::skip, pos, c);
      return pos + 1;
    case Outer::object_after:
      if (c == ',') {
        outer_ = Outer::object_next;
        return pos + 1;
      }
      if (c == '}') {
        close_top_object(text, pos + 1, sink);
        return pos + 1;
      }
      break;
    case Outer::after_top:
      stop(Message("issue.invalid_json.text_after_document"), sink);
      return pos;
    case Outer::key:
      break;
  }
  stop(Message("issue.invalid_json.unexpected_between_records").text("char", std::string(1, c)),
       sink);
  return pos;
}

void JsonReader::begin_capture(Capture kind, std::size_t pos, char first) {
  capture_ = kind;
  nest_.clear();
  nest_beyond_ = 0;
  in_string_ = escape_ = false;
  if (first == '{' || first == '[') {
    shape_ = Shape::container;
    nest_.push_back(first);
  } else if (first == '"') {
    shape_ = Shape::string;
    in_string_ = true;
  } else {
    shape_ = Shape::bare;
  }
  if (kind == Capture::record) {
    value_.begin(pos);
    value_at_ = {++ordinal_, line_};
  }
}

void JsonReader::end_capture(std::string_view text, std::size_t end, JsonRecordSink& sink) {
  const Capture kind = capture_;
  capture_ = Capture::none;
  nest_.clear();
  nest_beyond_ = 0;
  in_string_ = escape_ = false;
  outer_ = outer_ == Outer::member_value ? Outer::object_after : Outer::array_after;
  if (kind != Capture::record) return;
  if (value_.size_at(end) > options_.max_record_bytes) {
    value_.active = false;
    too_large(value_at_, sink);
    return;
  }
  emit(value_.take(text, end), value_at_, in_collection_ ? collection_ : std::string_view{}, sink);
}

void JsonReader::close_array() {
  if (in_collection_) {
    if (collection_empty_) empty_member_seen_ = true;
    in_collection_ = false;
    outer_ = Outer::object_after;
  } else {
    outer_ = Outer::after_top;
  }
}

// The top object is itself the record unless it held a collection: an array of objects, or an
// empty array (an empty page of `{"tickets":[],"count":0}` has no records, not one).
void JsonReader::close_top_object(std::string_view text, std::size_t end, JsonRecordSink& sink) {
  outer_ = Outer::after_top;
  if (!whole_.active) return;
  if (empty_member_seen_) {
    whole_ = Held{};
    return;
  }
  const SourceRef at{++ordinal_, whole_line_};
  if (whole_.size_at(end) > options_.max_record_bytes) {
    whole_ = Held{};
    too_large(at, sink);
    return;
  }
  emit(whole_.take(text, end), at, {}, sink);
}

// --- Records and issues ----------------------------------------------------------------------

void JsonReader::emit(std::string_view text, SourceRef at, std::string_view collection,
                      JsonRecordSink& sink) {
  const Json doc = Json::parse(text.data(), text.data() + text.size(), nullptr, false);
  if (doc.is_discarded()) {
    sink.on_issue(invalid_json_issue(text, at, collection));
    return;
  }
  if (!doc.is_object()) {
    sink.on_issue(
        issue_of(IssueCode::not_an_object, at, {}, snippet(text),
                 Message("issue.not_an_object").nested("record", record_label(at, collection))));
    return;
  }
  if (!nesting_within(doc, kMaxNesting)) {
    sink.on_issue(issue_of(IssueCode::record_too_large, at, {}, snippet(text),
                           Message("issue.record_too_large.nesting")
                               .nested("record", record_label(at, collection))
                               .count("levels", kMaxNesting)));
    return;
  }
  fields_.clear();
  flatten_object(doc, {}, fields_);
  sink.on_record({fields_, collection, at});
}

void JsonReader::too_large(SourceRef at, JsonRecordSink& sink) {
  sink.on_issue(issue_of(IssueCode::record_too_large, at, {}, {},
                         Message("issue.record_too_large.bytes")
                             .nested("record", record_label(at, {}))
                             .count("max_bytes", options_.max_record_bytes)));
}

void JsonReader::stop(Message message, JsonRecordSink& sink) {
  sink.on_issue(issue_of(IssueCode::invalid_json, {0, line_}, {}, {}, std::move(message)));
  mode_ = Mode::done;
  capture_ = Capture::none;
  value_ = Held{};
  whole_ = Held{};
}

void JsonReader::finish(JsonRecordSink& sink) {
  if (mode_ == Mode::pending) decide(Mode::document, {}, 0, sink);
  if (mode_ == Mode::ndjson && value_.active) {
    end_line({}, 0, sink);
  } else if (mode_ == Mode::document) {
    if (capture_ == Capture::record) {
      sink.on_issue(issue_of(
          IssueCode::invalid_json, value_at_, {}, {},
          Message("issue.invalid_json.ended_inside_record")
              .nested("record", record_label(value_at_, in_collection_ ? collection_ : ""))));
    } else if (outer_ != Outer::after_top) {
      sink.on_issue(issue_of(IssueCode::invalid_json, {0, line_}, {}, {},
                             Message("issue.invalid_json.ended_before_close")));
    }
  }
  mode_ = Mode::done;
  capture_ = Capture::none;
  value_ = Held{};
  whole_ = Held{};
}

}  // namespace cxs
