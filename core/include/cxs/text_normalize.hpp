// Light Unicode folding of free text (tickets, chats, comments) so phrase rules match it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxs {

/// Normalised text plus the way back to the bytes it came from.
struct NormalizedText {
  std::string text;  ///< the folded UTF-8 (see normalize_for_matching)
  /// origin[i]: byte offset in the original text of the character that produced text[i];
  /// origin[text.size()] is the original length. Offsets are 32-bit: texts up to 4 GiB.
  std::vector<std::uint32_t> origin;
};

/// Folds `utf8` for matching, one character at a time, with no locale and no Unicode tables:
/// - ASCII A–Z to a–z (other scripts keep their case);
/// - full-width ASCII U+FF01–U+FF5E to ASCII (then lower-cased): "ＣＡＮＣＥＬ" → "cancel";
/// - half-width katakana U+FF61–U+FF9F to full-width, a base kana followed by ﾞ or ﾟ becoming
///   one voiced or semi-voiced kana ("ｶﾞ" → "ガ", "ﾊﾟ" → "パ", "ｳﾞ" → "ヴ"), as in JIS X 0201's
///   mapping to JIS X 0208 (NFKC alone would leave a combining mark);
/// - curly quotes to ASCII: ‘ ’ ‛ ′ to ' and “ ” „ ″ to " ("don’t" → "don't");
/// - whitespace runs (ASCII blanks, U+00A0, U+3000 ideographic space) to one space, or to one
///   "\n" when the run holds a line break, so a matcher still sees where a line ended.
/// Invalid UTF-8 bytes become U+FFFD. Nothing else changes (no NFKC, no hiragana/katakana fold).
std::string normalize_for_matching(std::string_view utf8);

/// normalize_for_matching with the byte-offset map back to `utf8`.
NormalizedText normalize_with_offsets(std::string_view utf8);

/// Byte span [begin, end) of the original text behind the normalised span [begin, end).
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};
TextSpan original_span(const NormalizedText& normalized, std::size_t begin, std::size_t end);

}  // namespace cxs
