// HTML fragments to the text a reader sees; see html_text.hpp.
#include "cxs/html_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "cxs/detail/ascii.hpp"
#include "cxs/detail/utf8.hpp"

namespace cxs {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) {
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), s.begin() + static_cast<std::ptrdiff_t>(i),
                   [](char x, char y) { return to_lower(x) == to_lower(y); }))
      return i;
  }
  return std::string_view::npos;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  detail::append_utf8(out, cp == 0 ? 0xFFFD : static_cast<char32_t>(cp));  // NUL is no text
}

struct NamedEntity {
  std::string_view name;
  std::string_view text;
};

// The entities mail HTML actually uses; others stay as written.
constexpr std::array<NamedEntity, 32> kEntities{{
    {"amp", "&"},         {"lt", "<"},         {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},        {"nbsp", " "},       {"ensp", " "},        {"emsp", " "},
    {"thinsp", " "},      {"copy", "\u00a9"},  {"reg", "\u00ae"},    {"trade", "\u2122"},
    {"hellip", "\u2026"}, {"mdash", "\u2014"}, {"ndash", "\u2013"},  {"lsquo", "\u2018"},
    {"rsquo", "\u2019"},  {"ldquo", "\u201c"}, {"rdquo", "\u201d"},  {"yen", "\u00a5"},
    {"euro", "\u20ac"},   {"pound", "\u00a3"}, {"middot", "\u00b7"}, {"bull", "\u2022"},
    {"laquo", "\u00ab"},  {"raquo", "\u00bb"}, {"times", "\u00d7"},  {"divide", "\u00f7"},
    {"deg", "\u00b0"},    {"zwnj", ""},        {"zwj", ""},          {"shy", ""},
}};

bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 24> kBlocks{
      "p",  "div", "tr", "li",     "ul",     "ol",      "table",   "h1",
      "h2", "h3",  "h4", "h5",     "h6",     "hr",      "pre",     "section",
      "dl", "dt",  "dd", "header", "footer", "article", "address", "center"};
  return std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end();
}

/// Writes text with HTML whitespace rules (runs collapse to one space) and "> " prefixes for
/// lines inside <blockquote>, so quoted replies look as they do in plain-text mail.
class TextWriter {
 public:
  void text(std::string_view s) {
    if (line_start_) {
      if (quote_depth_ > 0) {
        out_.append(static_cast<std::size_t>(quote_depth_), '>');
        out_.push_back(' ');
      }
      line_start_ = false;
    } else if (space_) {
      out_.push_back(' ');
    }
    space_ = false;
    out_.append(s);
  }
  void space() { space_ = !line_start_; }
  void line_break() {
    out_.push_back('\n');
    line_start_ = true;
    space_ = false;
  }
  void block_break() {
    if (!line_start_) line_break();
  }
  void quote(int delta) { quote_depth_ = std::max(0, quote_depth_ + delta); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  int quote_depth_ = 0;
  bool line_start_ = true;
  bool space_ = false;
};

/// Decodes the entity at s[i] ('&'); returns false if it is not one.
bool decode_entity(std::string_view s, std::size_t& i, TextWriter& out) {
  const std::size_t semi = s.substr(0, std::min(s.size(), i + 12)).find(';', i + 1);
  if (semi == std::string_view::npos) return false;
  const std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name.starts_with('#') && name.size() > 1) {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return false;
    std::uint32_t cp = 0;
    for (const char c : digits) {
      const int v = hex ? hex_value(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
      if (v < 0) return false;
      cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v), 0x110000);
    }
    std::string utf8;
    append_utf8(utf8, cp);
    if (cp == 0x20 || cp == 0xA0) {
      out.space();
    } else {
      out.text(utf8);
    }
    i = semi + 1;
    return true;
  }
  for (const NamedEntity& entity : kEntities) {
    if (entity.name == name) {
      if (entity.text == " ") {
        out.space();
      } else if (!entity.text.empty()) {
        out.text(entity.text);
      }
      i = semi + 1;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string html_to_text(std::string_view s) {
  TextWriter out;
  bool unclosed_head = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '<') {
      if (s.substr(i).starts_with("<!--")) {
        const std::size_t end = s.find("-->", i + 4);
        i = end == std::string_view::npos ? s.size() : end + 3;
        continue;
      }
      std::size_t j = i + 1;
      const bool closing = j < s.size() && s[j] == '/';
      if (closing) ++j;
      const bool declaration = !closing && j < s.size() && (s[j] == '!' || s[j] == '?');
      if (!declaration && (j == s.size() || !is_alpha(s[j]))) {
        out.text("<");  // "a < b" in text, not a tag
        ++i;
        continue;
      }
      const std::size_t name_begin = j;
      while (j < s.size() && (is_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9'))) ++j;
      const std::string name = detail::ascii_lower(s.substr(name_begin, j - name_begin));
      char quote = 0;
      while (j < s.size() && (quote != 0 || s[j] != '>')) {
        if (quote != 0 && s[j] == quote) {
          quote = 0;
        } else if (quote == 0 && (s[j] == '"' || s[j] == '\'')) {
          quote = s[j];
        }
        ++j;
      }
      i = std::min(j + 1, s.size());
      const bool runs_to_end = name == "script" || name == "style";
      if (!closing && (runs_to_end || ((name == "head" || name == "title") && !unclosed_head))) {
        const std::size_t end = ifind(s, "</" + name, i);
        if (end != std::string_view::npos) {
          const std::size_t gt = s.find('>', end);
          i = gt == std::string_view::npos ? s.size() : gt + 1;
        } else if (runs_to_end) {
          i = s.size();
        } else {
          unclosed_head = true;  // sloppy HTML: read on, and do not search again
        }
        continue;
      }
      if (name == "br") {
        out.line_break();
      } else if (name == "blockquote") {
        out.block_break();
        out.quote(closing ? -1 : 1);
      } else if (is_block_tag(name) || name == "td" || name == "th") {
        if (name == "td" || name == "th") {
          out.space();
        } else {
          out.block_break();
        }
      }
      continue;
    }
    if (c == '&' && decode_entity(s, i, out)) continue;
    if (is_space(c)) {
      out.space();
      ++i;
      continue;
    }
    // One UTF-8 sequence at a time keeps the writer's prefixes off continuation bytes.
    std::size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    out.text(s.substr(i, len));
    i += len;
  }
  return out.take();
}

bool looks_like_html(std::string_view text) {
  // The elements rich-text editors of chat and help-desk tools write. Another tag in a plain
  // cell ("<img onerror=…>", "the <title> element") is the customer's text, kept as written.
  static constexpr std::string_view kRichText[] = {
      "a",    "b",      "blockquote", "br", "code", "div", "em", "font", "h1",
      "h2",   "h3",     "h4",         "hr", "i",    "li",  "ol", "p",    "pre",
      "span", "strong", "table",      "td", "th",   "tr",  "u",  "ul"};
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '<') {
      if (text.compare(i, 4, "<!--") == 0 && text.find("-->", i + 4) != std::string_view::npos)
        return true;
      std::size_t j = i + 1 + (text[i + 1] == '/' ? 1 : 0);
      const std::size_t name_begin = j;
      while (j < text.size() &&
             (is_alpha(text[j]) || (j > name_begin && text[j] >= '1' && text[j] <= '6')))
        ++j;
      if (j == name_begin || j == text.size()) continue;
      if (text[j] != '>' && text[j] != ' ' && text[j] != '/') continue;
      const std::string name = detail::ascii_lower(text.substr(name_begin, j - name_begin));
      const bool rich =
          std::find(std::begin(kRichText), std::end(kRichText), name) != std::end(kRichText);
      if (rich && text.find('>', j) != std::string_view::npos) return true;
    } else if (text[i] == '&') {
      // A reference is '&', a name or '#' and digits, then ';' within a few bytes.
      std::size_t j = i + 1;
      if (text[j] == '#') ++j;
      const std::size_t begin = j;
      while (j < text.size() && j - begin < 10 &&
             (is_alpha(text[j]) || (text[j] >= '0' && text[j] <= '9')))
        ++j;
      if (j > begin && j < text.size() && text[j] == ';') return true;
    }
  }
  return false;
}

}  // namespace cxs
