// mbox splitting, RFC 5322 headers, RFC 2047 words, RFC 2045/2046 bodies and reply detection.
#include "cxs/mail_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string_view>

#include "cxs/html_text.hpp"
#include "cxs/text_decoder.hpp"

namespace cxs {
namespace {

// Deeper nesting than real mail ever uses; the limit keeps crafted input off the stack.
constexpr int kMaxMimeDepth = 20;

bool is_wsp(char c) { return c == ' ' || c == '\t'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return to_lower(x) == to_lower(y);
         });
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from = 0) {
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (iequals(s.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

bool icontains(std::string_view s, std::string_view needle) {
  return ifind(s, needle) != std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view as_text(std::span<const std::uint8_t> bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::span<const std::uint8_t> as_bytes(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;  // lowercase is not RFC 2045, but common
  return -1;
}

/// Turns CRLF and lone CR into LF, so every later step sees one line end.
std::string normalize_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

// ---------------------------------------------------------------------------------------------
// Charsets

/// Text whose charset is undeclared, or declared as ASCII: mailers routinely send UTF-8, raw
/// ISO-2022-JP or Shift_JIS under those labels, so look at the bytes before trusting the label.
std::string sniff_to_utf8(std::string_view bytes) {
  if (is_ascii(bytes) && bytes.find('\x1b') == std::string_view::npos) return std::string(bytes);
  constexpr std::size_t kSample = 64 * 1024;  // what detect_encoding is meant to look at
  const Encoding guess = detect_encoding(as_bytes(bytes.substr(0, kSample))).encoding;
  return decode_to_utf8(as_bytes(bytes), guess);
}

bool is_ascii_label(std::string_view label) {
  return label.empty() || iequals(label, "us-ascii") || iequals(label, "ascii") ||
         iequals(label, "ansi_x3.4-1968") || iequals(label, "us");
}

/// Decodes bytes in the charset named by a MIME label; `unknown` is set when the label is not
/// one the decoder knows, and the bytes are then sniffed.
std::string charset_to_utf8(std::string_view bytes, std::string_view label, bool* unknown) {
  label = trim(label);
  if (!is_ascii_label(label)) {
    if (const std::optional<Encoding> encoding = encoding_from_label(label)) {
      if (*encoding == Encoding::utf8 && is_ascii(bytes)) return std::string(bytes);
      return decode_to_utf8(as_bytes(bytes), *encoding);
    }
    if (unknown != nullptr) *unknown = true;
  }
  return sniff_to_utf8(bytes);
}

// ---------------------------------------------------------------------------------------------
// Transfer encodings

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

/// RFC 2045 §6.8: characters outside the alphabet are ignored. Padding ends a quantum, so two
/// base64 runs glued together (as some mailers write them) still decode.
std::string base64_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size() / 4 * 3);
  std::uint32_t acc = 0;
  int bits = 0;
  for (const char c : s) {
    if (c == '=') {
      acc = 0;
      bits = 0;
      continue;
    }
    const int v = base64_value(c);
    if (v < 0) continue;
    acc = ((acc << 6) | static_cast<std::uint32_t>(v)) & 0xFFFFFF;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

/// RFC 2045 §6.7: "=XX" is a byte, "=" at a line end is a soft break, and trailing blanks on a
/// line were added in transport (rule 3), so they go. A stray "=" stays as written.
std::string quoted_printable_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t eol = s.find('\n', pos);
    const std::size_t end = eol == std::string_view::npos ? s.size() : eol;
    std::string_view line = s.substr(pos, end - pos);
    while (!line.empty() && (is_wsp(line.back()) || line.back() == '\r')) line.remove_suffix(1);
    const bool soft = !line.empty() && line.back() == '=';
    if (soft) line.remove_suffix(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '=' && i + 2 < line.size()) {
        const int hi = hex_value(line[i + 1]);
        const int lo = hex_value(line[i + 2]);
        if (hi >= 0 && lo >= 0) {
          out.push_back(static_cast<char>(hi * 16 + lo));
          i += 2;
          continue;
        }
      }
      out.push_back(line[i]);
    }
    if (eol != std::string_view::npos && !soft) out.push_back('\n');
    pos = end + 1;
  }
  return out;
}

/// RFC 2047 §4.2 "Q": QP with "_" for space.
std::string q_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      out.push_back(' ');
    } else if (s[i] == '=' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// RFC 2047 encoded-words

struct EncodedWord {
  std::string_view charset;
  std::string bytes;
  std::size_t end = 0;  ///< position after "?="
};

/// Parses `=?charset?B|Q?text?=` at `at`. The charset may carry an RFC 2231 "*language".
/// Scans stop at whitespace, which no encoded-word holds (§5), so failed attempts stay short.
std::optional<EncodedWord> encoded_word_at(std::string_view s, std::size_t at) {
  std::size_t q1 = at + 2;
  while (q1 < s.size() && s[q1] != '?' && !is_space(s[q1])) ++q1;
  if (q1 + 3 > s.size() || s[q1] != '?' || s[q1 + 2] != '?') return std::nullopt;
  std::string_view charset = s.substr(at + 2, q1 - at - 2);
  const char encoding = to_lower(s[q1 + 1]);
  if (charset.empty() || (encoding != 'b' && encoding != 'q')) return std::nullopt;
  const std::size_t text_begin = q1 + 3;
  std::size_t close = text_begin;
  while (close + 1 < s.size() && !is_space(s[close]) && !(s[close] == '?' && s[close + 1] == '=')) {
    ++close;
  }
  if (close + 1 >= s.size() || s[close] != '?') return std::nullopt;
  const std::string_view text = s.substr(text_begin, close - text_begin);
  if (const std::size_t star = charset.find('*'); star != std::string_view::npos) {
    charset = charset.substr(0, star);
  }
  return EncodedWord{charset, encoding == 'b' ? base64_decode(text) : q_decode(text), close + 2};
}

/// Decodes RFC 2047 encoded-words in text that is otherwise UTF-8. Whitespace between two
/// encoded-words is dropped (§6.2). Adjacent words in one charset are joined as bytes before
/// decoding, because mailers split Shift_JIS and ISO-2022-JP text mid-character across words.
std::string decode_words(std::string_view s) {
  std::string out;
  std::string pending;
  std::string_view pending_charset;
  const auto flush = [&] {
    if (!pending.empty()) out += charset_to_utf8(pending, pending_charset, nullptr);
    pending.clear();
  };
  std::size_t pos = 0;
  std::size_t literal_begin = 0;
  bool after_word = false;
  while (pos < s.size()) {
    const std::size_t at = s.find("=?", pos);
    if (at == std::string_view::npos) break;
    std::optional<EncodedWord> word = encoded_word_at(s, at);
    if (!word) {
      pos = at + 2;
      continue;
    }
    const std::string_view gap = s.substr(literal_begin, at - literal_begin);
    if (!(after_word && trim(gap).size() == 0)) {
      flush();
      out += gap;
    }
    if (!pending.empty() && !iequals(word->charset, pending_charset)) flush();
    pending_charset = word->charset;
    pending += word->bytes;
    pos = literal_begin = word->end;
    after_word = true;
  }
  flush();
  out += s.substr(literal_begin);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Headers (RFC 5322 §2.2)

struct Header {
  std::string_view name;
  std::string_view value;  ///< raw and still folded
};

struct Entity {
  std::vector<Header> headers;
  std::string_view body;
};

bool is_field_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return static_cast<unsigned char>(c) > 32 && static_cast<unsigned char>(c) < 127;
  });
}

/// Splits an entity (LF line ends) into header fields and body. Like most readers, a line that
/// is neither a field nor a continuation ends the header block even without the blank line.
Entity split_entity(std::string_view raw) {
  Entity entity;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    const std::size_t eol = raw.find('\n', pos);
    const std::size_t end = eol == std::string_view::npos ? raw.size() : eol;
    const std::string_view line = raw.substr(pos, end - pos);
    if (line.empty()) {
      pos = end + 1;
      break;
    }
    if (is_wsp(line.front())) {
      if (entity.headers.empty()) break;
      std::string_view& value = entity.headers.back().value;
      value =
          std::string_view(value.data(), static_cast<std::size_t>(raw.data() + end - value.data()));
    } else {
      const std::size_t colon = line.find(':');
      if (colon == std::string_view::npos || !is_field_name(trim(line.substr(0, colon)))) break;
      entity.headers.push_back({trim(line.substr(0, colon)), line.substr(colon + 1)});
    }
    pos = end + 1;
  }
  entity.body = raw.substr(std::min(pos, raw.size()));
  return entity;
}

std::optional<std::string_view> find_header(const Entity& entity, std::string_view name) {
  for (const Header& header : entity.headers) {
    if (iequals(header.name, name)) return header.value;
  }
  return std::nullopt;
}

/// RFC 5322 §2.2.3: unfolding removes the line breaks and keeps the whitespace after them.
std::string unfold(std::string_view value) {
  value = trim(value);
  std::string out;
  out.reserve(value.size());
  for (const char c : value) {
    if (c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

/// A header value as UTF-8 text, before any structure is read from it. RFC 6532 allows raw
/// UTF-8; older Japanese mailers put raw ISO-2022-JP or Shift_JIS there, whose trail bytes can
/// look like '"', ',' or '<', so this must run before addresses are parsed.
std::string header_text(std::string_view raw, std::string_view fallback_charset) {
  std::string text = unfold(raw);
  if (is_ascii(text) && text.find('\x1b') == std::string::npos) return text;
  // A header is a short sample: the declared charset settles Shift_JIS against EUC-JP better
  // than guessing does, but UTF-8 and ISO-2022-JP announce themselves.
  const Encoding guess = detect_encoding(as_bytes(text)).encoding;
  if (guess == Encoding::utf8 || guess == Encoding::iso_2022_jp) {
    return decode_to_utf8(as_bytes(text), guess);
  }
  return is_ascii_label(trim(fallback_charset)) ? decode_to_utf8(as_bytes(text), guess)
                                                : charset_to_utf8(text, fallback_charset, nullptr);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : trim(s)) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Addresses (RFC 5322 §3.4)

/// Reads a quoted string or comment starting at s[i] (the opening '"' or '('), honouring
/// backslash escapes and, for comments, nesting. Returns the content; i ends after the close.
std::string read_delimited(std::string_view s, std::size_t& i) {
  const char open = s[i];
  const char close = open == '"' ? '"' : ')';
  std::string content;
  int depth = 1;
  for (++i; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      content.push_back(s[++i]);
    } else if (open == '(' && c == '(') {
      ++depth;
      content.push_back(c);
    } else if (c == close && --depth == 0) {
      ++i;
      return content;
    } else {
      content.push_back(c);
    }
  }
  return content;
}

class AddressListParser {
 public:
  std::vector<MailAddress> parse(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const char c = s[i];
      if (c == '"') {
        const std::size_t begin = i;
        add_phrase(read_delimited(s, i));
        raw_.append(s.substr(begin, i - begin));
      } else if (c == '(') {
        comment_ = read_delimited(s, i);
        space_ = true;
      } else if (c == '<') {
        const std::size_t close = s.find('>', i);
        const std::size_t end = close == std::string_view::npos ? s.size() : close;
        angle_ = s.substr(i + 1, end - i - 1);
        has_angle_ = true;
        i = end == s.size() ? end : end + 1;
      } else if (c == ':' && !has_angle_) {  // "group-name:" — the name is not an address
        reset();
        ++i;
      } else if (c == ',' || c == ';') {
        end_mailbox();
        ++i;
      } else if (is_space(c)) {
        space_ = true;
        raw_.push_back(c);
        ++i;
      } else {
        add_phrase(std::string_view(&s[i], 1));
        raw_.push_back(c);
        ++i;
      }
    }
    end_mailbox();
    return std::move(out_);
  }

 private:
  void add_phrase(std::string_view text) {
    if (space_ && !phrase_.empty()) phrase_.push_back(' ');
    space_ = false;
    phrase_.append(text);
  }

  void end_mailbox() {
    MailAddress address;
    if (has_angle_) {
      std::string_view spec = trim(angle_);
      // An obsolete source route "@a,@b:" (RFC 5322 §4.4) is not part of the address.
      if (spec.starts_with('@')) {
        if (const std::size_t colon = spec.find(':'); colon != std::string_view::npos) {
          spec.remove_prefix(colon + 1);
        }
      }
      address.address = collapse_spaces(spec);
      address.name = phrase_;
    } else {
      // addr-spec alone. Some senders write `Name addr@host` without brackets: the last
      // word holding '@' is then the address and what precedes it the name.
      const std::string_view raw = trim(raw_);
      std::size_t split = std::string_view::npos;
      bool quoted = false;
      for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '"') quoted = !quoted;
        if (!quoted && is_space(raw[i])) split = i;
      }
      const std::string_view last = split == std::string_view::npos ? raw : raw.substr(split + 1);
      if (split != std::string_view::npos && last.find('@') != std::string_view::npos) {
        address.address = std::string(last);
        std::string_view name = trim(raw.substr(0, split));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
          name = name.substr(1, name.size() - 2);
        }
        address.name = std::string(name);
      } else {
        address.address = std::string(raw);
      }
    }
    if (trim(address.name).empty()) address.name = comment_;
    // Encoded-words inside quotes are not RFC 2047, yet Outlook and others write them.
    address.name = collapse_spaces(decode_words(address.name));
    if (!address.address.empty() || !address.name.empty()) out_.push_back(std::move(address));
    reset();
  }

  void reset() {
    phrase_.clear();
    raw_.clear();
    comment_.clear();
    angle_ = {};
    has_angle_ = false;
    space_ = false;
  }

  std::vector<MailAddress> out_;
  std::string phrase_;   ///< display-name words, quotes removed, whitespace collapsed
  std::string raw_;      ///< text as written outside comments and angle brackets
  std::string comment_;  ///< the last comment, a name of last resort
  std::string_view angle_;
  bool has_angle_ = false;
  bool space_ = false;
};

// ---------------------------------------------------------------------------------------------
// MIME (RFC 2045, RFC 2046)

struct ContentType {
  std::string type = "text/plain";  ///< lowercased type/subtype; RFC 2045 §5.2 default
  std::string charset;
  std::string boundary;
};

/// RFC 2231 §4 extended value: charset'language'percent-encoded.
std::string extended_value(std::string_view value) {
  const std::size_t q1 = value.find('\'');
  const std::size_t q2 = q1 == std::string_view::npos ? q1 : value.find('\'', q1 + 1);
  if (q2 == std::string_view::npos) return std::string(value);
  std::string out;
  value.remove_prefix(q2 + 1);
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '%' && i + 2 < value.size() && hex_value(value[i + 1]) >= 0 &&
        hex_value(value[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(value[i + 1]) * 16 + hex_value(value[i + 2])));
      i += 2;
    } else {
      out.push_back(value[i]);
    }
  }
  return out;
}

ContentType parse_content_type(std::string_view value) {
  ContentType ct;
  const std::string text = unfold(value);
  const std::string_view s = text;
  const std::size_t semi = s.find(';');
  const std::string type = lowered(collapse_spaces(s.substr(0, semi)));
  if (type.find('/') != std::string::npos && type.find(' ') == std::string::npos) ct.type = type;
  std::size_t i = semi == std::string_view::npos ? s.size() : semi + 1;
  while (i < s.size()) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ';')) ++i;
    const std::size_t key_begin = i;
    while (i < s.size() && s[i] != '=' && s[i] != ';') ++i;
    const std::string key = lowered(trim(s.substr(key_begin, i - key_begin)));
    if (i >= s.size() || s[i] != '=') continue;
    ++i;
    while (i < s.size() && is_wsp(s[i])) ++i;
    std::string param;
    if (i < s.size() && s[i] == '"') {
      param = read_delimited(s, i);
    } else {
      const std::size_t begin = i;
      while (i < s.size() && s[i] != ';' && !is_space(s[i])) ++i;
      param = std::string(s.substr(begin, i - begin));
    }
    if (key == "charset") ct.charset = param;
    if (key == "charset*") ct.charset = extended_value(param);
    if (key == "boundary") ct.boundary = param;
    if (key == "boundary*") ct.boundary = extended_value(param);
  }
  return ct;
}

/// The body parts between "--boundary" lines (RFC 2046 §5.1.1). The LF before a delimiter
/// belongs to the delimiter; blanks after it are transport padding.
std::vector<std::string_view> split_multipart(std::string_view body, std::string_view boundary,
                                              bool& opened, bool& closed) {
  std::vector<std::string_view> parts;
  std::size_t part_begin = std::string_view::npos;
  std::size_t pos = 0;
  while (pos < body.size()) {
    const std::size_t eol = body.find('\n', pos);
    const std::size_t end = eol == std::string_view::npos ? body.size() : eol;
    const std::string_view line = body.substr(pos, end - pos);
    if (line.size() >= 2 + boundary.size() && line.starts_with("--") &&
        line.substr(2, boundary.size()) == boundary) {
      std::string_view rest = line.substr(2 + boundary.size());
      const bool is_close = rest.starts_with("--");
      if (is_close) rest.remove_prefix(2);
      if (trim(rest).empty()) {
        if (part_begin != std::string_view::npos) {
          const std::size_t part_end = pos > part_begin ? pos - 1 : part_begin;
          parts.push_back(body.substr(part_begin, part_end - part_begin));
        }
        opened = true;
        if (is_close) {
          closed = true;
          return parts;
        }
        part_begin = std::min(end + 1, body.size());
      }
    }
    pos = end + 1;
  }
  if (part_begin != std::string_view::npos) parts.push_back(body.substr(part_begin));
  return parts;
}

struct TextPart {
  std::string_view body;
  std::string charset;
  std::string transfer_encoding;
};

/// What a walk over the MIME tree found: the first plain and html parts, and the first fault.
struct MimeWalk {
  std::optional<TextPart> plain, html;
  std::string top_charset;
  std::string fault;  ///< why the structure is broken, for the Issue: a message id
  std::string fault_value;
};

void walk(std::string_view raw, int depth, MimeWalk& found) {
  const Entity entity = split_entity(raw);
  const std::optional<std::string_view> type_header = find_header(entity, "content-type");
  const ContentType ct = parse_content_type(type_header.value_or(std::string_view{}));
  if (depth == 0) found.top_charset = ct.charset;
  if (const auto disposition = find_header(entity, "content-disposition")) {
    if (istarts_with(trim(*disposition), "attachment")) return;  // a file, not the message
  }
  const auto transfer = find_header(entity, "content-transfer-encoding");
  TextPart part{entity.body, ct.charset, lowered(unfold(transfer.value_or(std::string_view{})))};
  if (ct.type.starts_with("multipart/")) {
    if (depth >= kMaxMimeDepth) {
      if (found.fault.empty()) found.fault = "issue.broken_mime.too_deep";
      return;
    }
    bool opened = false;
    bool closed = false;
    std::vector<std::string_view> parts;
    if (!ct.boundary.empty()) parts = split_multipart(entity.body, ct.boundary, opened, closed);
    if (!opened) {
      if (found.fault.empty()) {
        found.fault = ct.boundary.empty() ? "issue.broken_mime.no_boundary"
                                          : "issue.broken_mime.boundary_not_found";
        found.fault_value = ct.boundary;
      }
      if (!found.plain) found.plain = part;
      return;
    }
    if (!closed && found.fault.empty()) {
      found.fault = "issue.broken_mime.no_closing_boundary";
      found.fault_value = ct.boundary;
    }
    for (const std::string_view child : parts) walk(child, depth + 1, found);
    return;
  }
  if (ct.type == "text/plain" && !found.plain) found.plain = part;
  if (ct.type == "text/html" && !found.html) found.html = part;
}

/// Removes trailing blanks on each line, runs of more than one blank line, and the blank
/// lines at both ends.
std::string tidy_lines(std::string_view s) {
  std::string out;
  std::size_t blank_run = 0;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    const std::size_t eol = s.find('\n', pos);
    const std::size_t end = eol == std::string_view::npos ? s.size() : eol;
    std::string_view line = s.substr(pos, end - pos);
    while (!line.empty() && is_wsp(line.back())) line.remove_suffix(1);
    if (line.empty()) {
      ++blank_run;
    } else {
      if (!out.empty()) out.append(blank_run > 0 ? "\n\n" : "\n");
      blank_run = 0;
      out.append(line);
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Where the new text of a reply ends

struct Line {
  std::size_t begin;
  std::string_view text;  ///< trimmed
};

bool ends_with_colon(std::string_view t) { return t.ends_with(':') || t.ends_with("\uff1a"); }

/// "On … wrote:", "… さんは書きました:", Gmail's Japanese "2024年1月10日(水) 10:00 山田 <a@b>:".
bool is_attribution(std::string_view t) {
  if (!ends_with_colon(t)) return false;
  return icontains(t, "wrote") || t.find("書きました") != std::string_view::npos ||
         t.find("書かれました") != std::string_view::npos ||
         t.find('@') != std::string_view::npos || icontains(t, "schrieb") ||
         t.find("écrit") != std::string_view::npos || t.find("escribió") != std::string_view::npos;
}

bool is_header_line(std::string_view t, std::initializer_list<std::string_view> names) {
  return std::any_of(names.begin(), names.end(),
                     [&](std::string_view name) { return istarts_with(t, name); });
}

bool opens_forwarded_block(const std::vector<Line>& lines, std::size_t i) {
  const std::string_view t = lines[i].text;
  // "-----Original Message-----" (Outlook), "-----元のメッセージ-----" (Outlook ja).
  if (t.starts_with("---") &&
      (icontains(t, "original message") || t.find("元のメッセージ") != std::string_view::npos ||
       icontains(t, "forwarded message") || t.find("転送") != std::string_view::npos)) {
    return true;
  }
  const auto next_nonblank = [&]() -> std::string_view {
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (!lines[k].text.empty()) return lines[k].text;
    }
    return {};
  };
  // Outlook's "________________________________" rule, then "From:" / "差出人:".
  if (t.size() >= 10 && t.find_first_not_of('_') == std::string_view::npos) {
    return is_header_line(next_nonblank(), {"From:", "差出人:", "送信者:"});
  }
  // Outlook's header block without a rule: "From:" then "Sent:" / "送信日時:".
  if (is_header_line(t, {"From:", "差出人:"}) && i + 1 < lines.size()) {
    return is_header_line(lines[i + 1].text, {"Sent:", "Date:", "送信日時:", "日時:"});
  }
  return false;
}

std::size_t new_text_end(std::string_view text) {
  std::vector<Line> lines;
  for (std::size_t pos = 0; pos <= text.size();) {
    const std::size_t eol = text.find('\n', pos);
    const std::size_t end = eol == std::string_view::npos ? text.size() : eol;
    lines.push_back({pos, trim(text.substr(pos, end - pos))});
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  std::size_t cut = text.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.starts_with('>')) {
      std::size_t start = i;
      std::size_t j = i;
      while (j > 0 && lines[j - 1].text.empty()) --j;
      if (j > 0 && is_attribution(lines[j - 1].text)) {
        start = j - 1;
        // Gmail wraps a long attribution: "On Mon, … Taro <" / "taro@example.jp> wrote:".
        if (start > 0 && !lines[start - 1].text.empty() && !lines[start].text.starts_with("On ") &&
            (lines[start - 1].text.starts_with("On ") || lines[start - 1].text.ends_with('<'))) {
          --start;
        }
      }
      cut = lines[start].begin;
      break;
    }
    if (opens_forwarded_block(lines, i)) {
      cut = lines[i].begin;
      break;
    }
  }
  while (cut > 0 && is_space(text[cut - 1])) --cut;
  return cut;
}

// ---------------------------------------------------------------------------------------------
// One message

std::string cut_for_issue(std::string_view s) {
  constexpr std::size_t kMax = 80;
  if (s.size() <= kMax) return std::string(s);
  std::size_t end = kMax;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end));
}

std::vector<MailAddress> addresses(const Entity& entity, std::string_view name,
                                   std::string_view fallback_charset) {
  std::vector<MailAddress> out;
  for (const Header& header : entity.headers) {
    if (!iequals(header.name, name)) continue;
    std::vector<MailAddress> more =
        AddressListParser{}.parse(header_text(header.value, fallback_charset));
    std::move(more.begin(), more.end(), std::back_inserter(out));
  }
  return out;
}

void read_message(std::string_view raw_bytes, SourceRef at, MailSink& sink) {
  const std::string raw = normalize_newlines(raw_bytes);
  const Entity top = split_entity(raw);
  MimeWalk found;
  walk(raw, 0, found);

  MailMessage message;
  message.at = at;
  std::vector<Issue> issues;

  const TextPart* chosen = found.plain ? &*found.plain : found.html ? &*found.html : nullptr;
  // Raw 8-bit header bytes most likely share the body's charset.
  const std::string fallback_charset = !found.top_charset.empty() ? found.top_charset
                                       : chosen                   ? chosen->charset
                                                                  : std::string();
  const auto text_of = [&](std::string_view name) {
    const std::optional<std::string_view> value = find_header(top, name);
    return value ? header_text(*value, fallback_charset) : std::string();
  };
  message.subject = decode_words(text_of("subject"));
  message.date = text_of("date");
  message.message_id = text_of("message-id");
  message.in_reply_to = collapse_spaces(text_of("in-reply-to"));
  message.references = collapse_spaces(text_of("references"));

  const std::vector<MailAddress> from = addresses(top, "from", fallback_charset);
  if (!from.empty()) message.from = from.front();
  message.to = addresses(top, "to", fallback_charset);
  message.cc = addresses(top, "cc", fallback_charset);
  message.reply_to = addresses(top, "reply-to", fallback_charset);
  if (from.empty()) {
    const bool present = find_header(top, "from").has_value();
    issues.push_back(issue_of(
        IssueCode::missing_from, at, "From", {},
        Message(present ? "issue.missing_from.no_address" : "issue.missing_from.no_header")));
  }

  if (chosen != nullptr) {
    std::string bytes;
    if (chosen->transfer_encoding == "quoted-printable") {
      bytes = quoted_printable_decode(chosen->body);
    } else if (chosen->transfer_encoding == "base64") {
      bytes = base64_decode(chosen->body);
    } else {
      bytes = std::string(chosen->body);  // 7bit, 8bit, binary, or a label we do not know
    }
    bool unknown_charset = false;
    std::string text = charset_to_utf8(bytes, chosen->charset, &unknown_charset);
    if (unknown_charset) {
      issues.push_back(issue_of(IssueCode::unsupported_encoding, at, "Content-Type",
                                cut_for_issue(chosen->charset),
                                Message("issue.unsupported_encoding.mail_charset")));
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    text = normalize_newlines(text);
    if (!found.plain) text = html_to_text(text);  // chosen is the html part
    message.body_text = tidy_lines(text);
  }
  message.new_text_bytes = new_text_end(message.body_text);

  if (!found.fault.empty()) {
    issues.push_back(issue_of(IssueCode::broken_mime, at, "Content-Type",
                              cut_for_issue(found.fault_value), Message(found.fault)));
  }
  for (Issue& issue : issues) sink.on_issue(std::move(issue));
  sink.on_message(message);
}

}  // namespace

MailReader::MailReader(MailFormat format) : format_(format) {}

void MailReader::feed(std::span<const std::uint8_t> chunk, MailSink& sink) {
  const std::string_view text = as_text(chunk);
  if (format_ == MailFormat::eml) {
    message_.append(text);  // one message: nothing to split
    return;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    const void* hit = std::memchr(text.data() + pos, '\n', text.size() - pos);
    if (hit == nullptr) {
      partial_line_.append(text.substr(pos));
      return;
    }
    const std::size_t end =
        static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) + 1;
    if (partial_line_.empty()) {
      take_line(text.substr(pos, end - pos), sink);
    } else {
      partial_line_.append(text.substr(pos, end - pos));
      take_line(partial_line_, sink);
      partial_line_.clear();
    }
    pos = end;
  }
}

void MailReader::take_line(std::string_view line, MailSink& sink) {
  const std::uint64_t this_line = line_;
  if (line.ends_with('\n')) ++line_;
  // mboxo and mboxrd both open a message with "From "; writers escape such body lines.
  if (line.starts_with("From ")) {
    if (in_message_) emit(sink);
    in_message_ = true;
    message_line_ = this_line;
    return;
  }
  if (!in_message_) {
    if (trim(line).empty()) return;
    // The file does not open with "From ": read what is there as a message all the same.
    in_message_ = true;
    message_line_ = this_line;
  }
  // mboxrd: ">From ", ">>From ", … lose one '>' (mboxo's ">From " is the one-'>' case).
  const std::size_t arrows = line.find_first_not_of('>');
  if (arrows != 0 && arrows != std::string_view::npos && line.substr(arrows).starts_with("From ")) {
    line.remove_prefix(1);
  }
  message_.append(line);
}

void MailReader::emit(MailSink& sink) {
  std::string_view raw = message_;
  if (format_ == MailFormat::mbox) {
    // The blank line an mbox writer puts before the next "From " is not part of the message.
    if (raw.ends_with("\n\r\n")) {
      raw.remove_suffix(2);
    } else if (raw.ends_with("\n\n")) {
      raw.remove_suffix(1);
    }
  }
  ++row_;
  read_message(raw, {row_, message_line_}, sink);
  message_.clear();
  in_message_ = false;
}

void MailReader::finish(MailSink& sink) {
  if (format_ == MailFormat::eml) {
    // A saved message may still start with its mbox envelope line.
    if (message_.starts_with("From ")) {
      const std::size_t eol = message_.find('\n');
      message_.erase(0, eol == std::string::npos ? message_.size() : eol + 1);
    }
    if (!trim(message_).empty()) {
      message_line_ = 1;
      emit(sink);
    }
    message_.clear();
    return;
  }
  if (!partial_line_.empty()) {
    const std::string last = std::move(partial_line_);
    partial_line_.clear();
    take_line(last, sink);
  }
  if (in_message_) emit(sink);
}

}  // namespace cxs
