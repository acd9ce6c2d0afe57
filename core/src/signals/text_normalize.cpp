// Matching-oriented folding of free text, with a byte map back to the original.
#include "cxs/text_normalize.hpp"

#include <algorithm>
#include <array>

#include "cxs/detail/utf8.hpp"

namespace cxs {
namespace {

// Full-width forms of U+FF61..U+FF9F (JIS X 0201 katakana), in code-point order: punctuation
// ｡｢｣､･, ｦ, small ｧ..ｯ, ｰ, then the gojūon rows ｱ..ﾝ; ﾞ and ﾟ map to the spacing marks ゛ ゜
// when they follow nothing they can combine with. Source: Unicode's Halfwidth and Fullwidth
// Forms chart (decompositions <narrow>), U+FF61..U+FF9F.
constexpr std::array<char16_t, 63> kHalfwidthKatakana = {
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9,
    0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB,
    0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1,
    0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5,
    0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9,
    0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0x309B, 0x309C};

constexpr char32_t kDakuten = 0xFF9E;
constexpr char32_t kHandakuten = 0xFF9F;

// Voiced forms sit one code point after their base in the katakana block (カ U+30AB, ガ
// U+30AC), semi-voiced two after (ハ U+30CF, パ U+30D1); ウ+゛ is ヴ U+30F4.
char32_t voiced(char32_t half) {
  if (half >= 0xFF76 && half <= 0xFF84) return kHalfwidthKatakana[half - 0xFF61] + 1;  // ｶ..ﾄ
  if (half >= 0xFF8A && half <= 0xFF8E) return kHalfwidthKatakana[half - 0xFF61] + 1;  // ﾊ..ﾎ
  if (half == 0xFF73) return 0x30F4;                                                   // ｳ
  return 0;
}
char32_t semi_voiced(char32_t half) {
  if (half >= 0xFF8A && half <= 0xFF8E) return kHalfwidthKatakana[half - 0xFF61] + 2;
  return 0;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0x00A0 || cp == 0x3000;
}

char32_t fold(char32_t cp) {
  // Full-width ASCII sits at a fixed offset; its capitals are lower-cased with the rest.
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  switch (cp) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201B:  // ‛
    case 0x2032:  // ′
      return '\'';
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x2033:  // ″
      return '"';
    default:
      return cp;
  }
}

}  // namespace

NormalizedText normalize_with_offsets(std::string_view utf8) {
  NormalizedText out;
  std::string& text = out.text;
  text.reserve(utf8.size());
  out.anchors.push_back({0, 0});
  // Unchanged bytes are copied in runs (most text: ASCII, kanji, kana) and ASCII is lower-cased
  // in one pass at the end, which is safe because no UTF-8 multi-byte sequence holds an ASCII
  // byte. Only blanks, invalid bytes and the folded characters are handled one by one.
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t pos = 0;
  const auto replace = [&](std::size_t start, char32_t cp) {
    text.append(utf8.data() + run, start - run);
    const std::size_t before = text.size();
    detail::append_utf8(text, cp);
    run = pos;
    if (text.size() - before != pos - start) {
      out.anchors.push_back(
          {static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(pos)});
    }
  };
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    const auto c = static_cast<unsigned char>(utf8[pos]);
    detail::DecodedChar ch{c, 1};
    if (c >= 0x80) {
      ch = detail::decode_utf8_at(utf8, pos);
    } else if (!is_space(c)) {
      ++pos;
      continue;
    }
    pos += ch.length;
    if (is_space(ch.cp)) {
      bool line_break = ch.cp == '\n' || ch.cp == '\r';
      while (pos < utf8.size()) {
        const detail::DecodedChar next = detail::decode_utf8_at(utf8, pos);
        if (!is_space(next.cp)) break;
        line_break = line_break || next.cp == '\n' || next.cp == '\r';
        pos += next.length;
      }
      const char32_t blank = line_break ? U'\n' : U' ';
      if (pos - start != 1 || ch.cp != blank) replace(start, blank);
    } else if (ch.cp == 0xFFFD && ch.length == 1) {
      replace(start, 0xFFFD);  // an invalid byte
    } else if (ch.cp >= 0xFF61 && ch.cp <= 0xFF9F) {
      char32_t full = kHalfwidthKatakana[ch.cp - 0xFF61];
      if (pos < utf8.size()) {
        const detail::DecodedChar mark = detail::decode_utf8_at(utf8, pos);
        const char32_t combined = mark.cp == kDakuten      ? voiced(ch.cp)
                                  : mark.cp == kHandakuten ? semi_voiced(ch.cp)
                                                           : 0;
        if (combined != 0) {
          full = combined;
          pos += mark.length;
        }
      }
      replace(start, full);
    } else if (const char32_t folded = fold(ch.cp); folded != ch.cp) {
      replace(start, folded);
    }
  }
  text.append(utf8.data() + run, utf8.size() - run);
  for (char& b : text) b = (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b;
  return out;
}

std::string normalize_for_matching(std::string_view utf8) {
  return normalize_with_offsets(utf8).text;
}

std::size_t original_offset(const NormalizedText& normalized, std::size_t normalized_offset) {
  const auto after = std::upper_bound(
      normalized.anchors.begin(), normalized.anchors.end(), normalized_offset,
      [](std::size_t offset, const OffsetAnchor& a) { return offset < a.normalized; });
  const OffsetAnchor& anchor = *(after - 1);  // the first anchor is {0, 0}
  return anchor.original + (normalized_offset - anchor.normalized);
}

TextSpan original_span(const NormalizedText& normalized, std::size_t begin, std::size_t end) {
  return {original_offset(normalized, begin), original_offset(normalized, end)};
}

}  // namespace cxs
