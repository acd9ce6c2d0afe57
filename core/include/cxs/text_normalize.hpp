// Light Unicode folding of free text (tickets, chats, comments) so phrase rules match it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxs {

/// A point where normalised and original offsets are known to correspond. Between two anchors
/// both texts advance byte for byte (characters were copied unchanged); an anchor follows every
/// character or blank run whose length changed in folding.
struct OffsetAnchor {
  std::uint32_t normalized = 0;
  std::uint32_t original = 0;
};

/// Normalised text plus the way back to the bytes it came from. Offsets are 32-bit: texts up to
/// 4 GiB. The map is sparse, so ASCII or unfolded Japanese text costs no memory beyond the copy.
struct NormalizedText {
  std::string text;                   ///< the folded UTF-8 (see normalize_for_matching)
  std::vector<OffsetAnchor> anchors;  ///< ascending; the first is {0, 0}
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

/// Offset in the original text of the character that starts at `normalized_offset` (a
/// character boundary of normalized.text; text.size() maps to the original length).
std::size_t original_offset(const NormalizedText& normalized, std::size_t normalized_offset);

/// Byte span [begin, end) of the original text behind the normalised span [begin, end), both
/// on character boundaries. The end maps to where the next character starts in the original, so
/// a span covers a whole folded character ("ｶﾞ" behind "ガ") and no blanks collapsed after it.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};
TextSpan original_span(const NormalizedText& normalized, std::size_t begin, std::size_t end);

}  // namespace cxs
