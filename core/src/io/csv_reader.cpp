// Streaming CSV state machine; the hot loop scans with memchr or a byte-class table.
#include "cxs/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace cxs {
namespace {

constexpr std::array<std::uint8_t, 3> kUtf8Bom{0xEF, 0xBB, 0xBF};

std::string_view as_text(std::span<const std::uint8_t> bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

/// Bytes that end an unquoted run: the delimiter, CR, LF and the quote.
std::array<bool, 256> special_bytes(char delimiter) {
  std::array<bool, 256> table{};
  table[static_cast<unsigned char>(delimiter)] = true;
  table['\r'] = table['\n'] = table['"'] = true;
  return table;
}

}  // namespace

CsvReader::CsvReader(CsvOptions options)
    : options_(options), stops_unquoted_(special_bytes(options.delimiter)) {}

void CsvReader::feed(std::span<const std::uint8_t> chunk, RecordSink& sink) {
  bytes_read_ += chunk.size();
  if (!bom_decided_) {
    // The three BOM bytes may arrive in separate chunks: hold them until decided.
    std::size_t used = 0;
    while (used < chunk.size() && bom_bytes_seen_ < kUtf8Bom.size() &&
           chunk[used] == kUtf8Bom[bom_bytes_seen_]) {
      bom_pending_.push_back(static_cast<char>(chunk[used]));
      ++bom_bytes_seen_;
      ++used;
    }
    if (bom_bytes_seen_ == kUtf8Bom.size()) {
      had_bom_ = true;
      bom_decided_ = true;
      bom_pending_.clear();
    } else if (used < chunk.size()) {
      bom_decided_ = true;  // a mismatch: what was held is ordinary text
    } else {
      return;  // the chunk was all BOM prefix; wait for more
    }
    chunk = chunk.subspan(used);
    if (!bom_pending_.empty()) {
      const std::string held = std::move(bom_pending_);
      bom_pending_.clear();
      parse(held, sink);
    }
  }
  parse(as_text(chunk), sink);
}

void CsvReader::parse(std::string_view text, RecordSink& sink) {
  const std::array<bool, 256>& table = stops_unquoted_;
  const char delimiter = options_.delimiter;
  const std::size_t n = text.size();
  std::size_t pos = 0;
  if (skip_lf_ && n > 0) {
    skip_lf_ = false;
    if (text[0] == '\n') pos = 1;
  }
  field_begin_ = pos;
  quote_at_ = pos;

  while (pos < n) {
    switch (state_) {
      case State::field_start:
        if (text[pos] == '"') {
          state_ = State::quoted;
          field_begin_ = ++pos;
          break;
        }
        state_ = State::unquoted;
        field_begin_ = pos;
        [[fallthrough]];
      case State::unquoted: {
        while (pos < n && !table[static_cast<unsigned char>(text[pos])]) ++pos;
        if (pos == n) break;
        const char c = text[pos];
        if (c == '"') {
          if (!stray_quote_reported_) {
            stray_quote_reported_ = true;
            sink.on_issue(issue_of(IssueCode::stray_quote, {row_, line_}, {}, {},
                                   Message("issue.stray_quote.inside_field")));
          }
          ++pos;
          break;
        }
        end_field(text, pos);
        if (c == delimiter) {
          ++pos;
          state_ = State::field_start;
        } else {
          pos = end_line(text, pos, sink);
        }
        break;
      }
      case State::quoted: {
        const void* hit = std::memchr(text.data() + pos, '"', n - pos);
        const std::size_t quote =
            hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) : n;
        line_ +=
            static_cast<std::uint64_t>(std::count(text.data() + pos, text.data() + quote, '\n'));
        if (!hit) {
          pos = n;
          break;
        }
        quote_at_ = quote;
        pos = quote + 1;
        state_ = State::quote_in_quoted;
        break;
      }
      case State::quote_in_quoted: {
        const char c = text[pos];
        if (c == '"') {  // a doubled quote is one literal quote
          append_to_field(text.substr(field_begin_, quote_at_ - field_begin_));
          append_to_field("\"");
          field_needs_copy_ = true;
          field_begin_ = ++pos;
          state_ = State::quoted;
        } else if (c == delimiter || c == '\n' || c == '\r') {
          end_field(text, quote_at_);
          if (c == delimiter) {
            ++pos;
            state_ = State::field_start;
          } else {
            pos = end_line(text, pos, sink);
          }
        } else {  // "abc"def: keep both parts as text, as spreadsheet programs do
          append_to_field(text.substr(field_begin_, quote_at_ - field_begin_));
          field_needs_copy_ = true;
          field_begin_ = pos;
          state_ = State::unquoted;
          if (!stray_quote_reported_) {
            stray_quote_reported_ = true;
            sink.on_issue(issue_of(IssueCode::stray_quote, {row_, line_}, {}, {},
                                   Message("issue.stray_quote.after_closing_quote")));
          }
        }
        break;
      }
    }
  }
  carry_over(text);
}

std::size_t CsvReader::end_line(std::string_view text, std::size_t pos, RecordSink& sink) {
  end_record(sink);
  ++line_;
  record_line_ = line_;
  state_ = State::field_start;
  if (text[pos] == '\r') {
    if (pos + 1 == text.size()) {
      skip_lf_ = true;  // the LF of this CRLF may open the next chunk
    } else if (text[pos + 1] == '\n') {
      ++pos;
    }
  }
  return pos + 1;
}

void CsvReader::append_to_field(std::string_view piece) {
  field_bytes_ += piece.size();
  const std::size_t room =
      options_.max_field_bytes - std::min(field_buf_.size(), options_.max_field_bytes);
  field_buf_.append(piece.substr(0, std::min(room, piece.size())));
}

namespace {

/// The longest prefix of `text` of at most `limit` bytes that does not end inside a UTF-8
/// sequence (the reader sees UTF-8: the decoder ran first). Only the prefix is looked at, so a
/// field cut while buffered and one cut as a view give the same bytes.
std::string_view cut_at_character(std::string_view text, std::size_t limit) {
  text = text.substr(0, limit);
  // The last lead byte among the final four, and whether its sequence is complete.
  for (std::size_t back = 1; back <= std::min<std::size_t>(4, text.size()); ++back) {
    const auto byte = static_cast<unsigned char>(text[text.size() - back]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    return length > back ? text.substr(0, text.size() - back) : text;
  }
  return text;
}

}  // namespace

void CsvReader::end_field(std::string_view text, std::size_t end) {
  const std::string_view rest = text.substr(field_begin_, end - field_begin_);
  if (field_needs_copy_) append_to_field(rest);
  const std::uint64_t bytes = field_needs_copy_ ? field_bytes_ : rest.size();
  field_bytes_ = 0;
  if (slots_.size() >= options_.max_fields) {
    ++fields_dropped_;
    field_buf_.clear();
    field_needs_copy_ = false;
    return;
  }
  if (bytes > options_.max_field_bytes) {
    if (longest_cut_field_ == 0) first_cut_field_ = slots_.size();
    longest_cut_field_ = std::max(longest_cut_field_, bytes);
  }
  const bool cut = bytes > options_.max_field_bytes;
  if (field_needs_copy_) {
    if (cut) field_buf_.resize(cut_at_character(field_buf_, options_.max_field_bytes).size());
    slots_.push_back({true, carried_.size(), {}});
    carried_.push_back(std::move(field_buf_));
    field_buf_.clear();
    field_needs_copy_ = false;
  } else {
    slots_.push_back({false, 0, cut ? cut_at_character(rest, options_.max_field_bytes) : rest});
  }
}

void CsvReader::end_record(RecordSink& sink) {
  views_.clear();
  for (const FieldSlot& slot : slots_) {
    views_.push_back(slot.owned ? std::string_view(carried_[slot.index]) : slot.view);
  }
  const bool blank_line = views_.size() == 1 && views_[0].empty();
  if (longest_cut_field_ > 0) {
    sink.on_issue(issue_of(IssueCode::field_too_large, {row_, record_line_}, {}, {},
                           Message("issue.field_too_large")
                               .count("field", first_cut_field_ + 1)
                               .count("bytes", longest_cut_field_)
                               .count("max_bytes", options_.max_field_bytes)));
  }
  if (fields_dropped_ > 0) {
    sink.on_issue(issue_of(IssueCode::too_many_fields, {row_, record_line_}, {}, {},
                           Message("issue.too_many_fields")
                               .count("fields", options_.max_fields + fields_dropped_)
                               .count("max_fields", options_.max_fields)));
  }
  longest_cut_field_ = 0;
  fields_dropped_ = 0;
  if (!blank_line) sink.on_record({views_, {row_, record_line_}});
  ++row_;
  slots_.clear();
  carried_.clear();
  stray_quote_reported_ = false;
}

void CsvReader::carry_over(std::string_view text) {
  // The chunk's bytes are about to be reused: copy what the open record still points at.
  for (FieldSlot& slot : slots_) {
    if (slot.owned) continue;
    carried_.emplace_back(slot.view);
    slot = {true, carried_.size() - 1, {}};
  }
  switch (state_) {
    case State::field_start:
      break;
    case State::unquoted:
    case State::quoted:
      append_to_field(text.substr(field_begin_));
      field_needs_copy_ = true;
      break;
    case State::quote_in_quoted:
      append_to_field(text.substr(field_begin_, quote_at_ - field_begin_));
      field_needs_copy_ = true;
      break;
  }
}

void CsvReader::finish(RecordSink& sink) {
  if (!bom_decided_ && !bom_pending_.empty()) {
    bom_decided_ = true;
    const std::string held = std::move(bom_pending_);
    bom_pending_.clear();
    parse(held, sink);
  }
  if (state_ == State::quoted) {
    sink.on_issue(issue_of(IssueCode::unterminated_quote, {row_, record_line_}, {}, {},
                           Message("issue.unterminated_quote")));
  }
  if (state_ != State::field_start || !slots_.empty()) {
    field_needs_copy_ = true;  // everything left is already in field_buf_
    field_begin_ = 0;
    end_field({}, 0);
    end_record(sink);
  }
  state_ = State::field_start;
}

}  // namespace cxs
