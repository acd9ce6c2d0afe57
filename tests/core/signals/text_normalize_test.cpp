// Tests for cxs/text_normalize.hpp: hand-written foldings and the byte map back.
#include "cxs/text_normalize.hpp"

#include <gtest/gtest.h>

namespace {

using cxs::normalize_for_matching;
using cxs::normalize_with_offsets;
using cxs::original_span;

TEST(TextNormalizeTest, lowercases_ascii_only) {
  EXPECT_EQ(normalize_for_matching("Cancel OUR Subscription"), "cancel our subscription");
  EXPECT_EQ(normalize_for_matching("ÉCOLE Straße"), "École straße");  // no Unicode case table
}

TEST(TextNormalizeTest, folds_full_width_ascii_and_ideographic_space) {
  // U+FF23 Ｃ ... U+FF2C Ｌ, U+3000 between the words, U+FF01 ！ and U+FF11 １.
  EXPECT_EQ(normalize_for_matching("ＣＡＮＣＥＬ　ｏｕｒ　ＳＵＢＳＣＲＩＰＴＩＯＮ！"),
            "cancel our subscription!");
  EXPECT_EQ(normalize_for_matching("注文番号＃１２３４"), "注文番号#1234");
}

TEST(TextNormalizeTest, widens_half_width_katakana_and_joins_sound_marks) {
  EXPECT_EQ(normalize_for_matching("ｶｲﾔｸ"), "カイヤク");
  EXPECT_EQ(normalize_for_matching("ｴﾗｰ"), "エラー");
  EXPECT_EQ(normalize_for_matching("ﾊﾞｸﾞ"), "バグ");
  EXPECT_EQ(normalize_for_matching("ﾊﾟｽﾜｰﾄﾞ"), "パスワード");
  EXPECT_EQ(normalize_for_matching("ｳﾞｨ"), "ヴィ");
  EXPECT_EQ(normalize_for_matching("｢ｱ｣､ｯ｡"), "「ア」、ッ。");
  // A mark with nothing to voice stays a spacing mark (゛ U+309B), as NFKC's fallback reads it.
  EXPECT_EQ(normalize_for_matching("ｱﾞ"), "ア゛");
  EXPECT_EQ(normalize_for_matching("ﾟ"), "゜");
}

TEST(TextNormalizeTest, straightens_curly_quotes) {
  EXPECT_EQ(normalize_for_matching("don’t ‘quote’ “me”"), "don't 'quote' \"me\"");
}

TEST(TextNormalizeTest, collapses_blank_runs_keeping_line_breaks) {
  EXPECT_EQ(normalize_for_matching("a \t  b\u00A0\u3000c"), "a b c");
  EXPECT_EQ(normalize_for_matching("end.\r\n\r\n  Next"), "end.\nnext");
}

TEST(TextNormalizeTest, replaces_invalid_bytes) {
  EXPECT_EQ(normalize_for_matching(std::string("a\xFF"
                                               "b\xE3\x81",
                                               5)),
            "a\uFFFDb\uFFFD\uFFFD");
}

TEST(TextNormalizeTest, anchors_only_where_lengths_change) {
  const auto n = normalize_with_offsets("ｶﾞ  Ｘ ok");
  EXPECT_EQ(n.text, "ガ x ok");
  // ｶ (3 bytes) + ﾞ (3 bytes) → ガ (3 bytes); two blanks → one; Ｘ (3 bytes) → x; " ok" copied.
  ASSERT_EQ(n.anchors.size(), 4u);
  EXPECT_EQ(n.anchors[1].normalized, 3u);
  EXPECT_EQ(n.anchors[1].original, 6u);
  EXPECT_EQ(n.anchors[2].normalized, 4u);
  EXPECT_EQ(n.anchors[2].original, 8u);
  EXPECT_EQ(n.anchors[3].normalized, 5u);
  EXPECT_EQ(n.anchors[3].original, 11u);
  EXPECT_EQ(cxs::original_offset(n, 0), 0u);
  EXPECT_EQ(cxs::original_offset(n, 3), 6u);   // the blank run
  EXPECT_EQ(cxs::original_offset(n, 4), 8u);   // Ｘ
  EXPECT_EQ(cxs::original_offset(n, 6), 12u);  // o
  EXPECT_EQ(cxs::original_offset(n, n.text.size()), 14u);
  EXPECT_EQ(normalize_with_offsets("plain ascii, 日本語").anchors.size(), 1u);
}

TEST(TextNormalizeTest, spans_map_back_to_the_original_bytes) {
  const std::string original = "Please ＣＡＮＣＥＬ  it";
  const auto n = normalize_with_offsets(original);
  ASSERT_EQ(n.text, "please cancel it");
  const auto span = original_span(n, 7, 13);  // "cancel"
  EXPECT_EQ(original.substr(span.begin, span.end - span.begin), "ＣＡＮＣＥＬ");
  const auto all = original_span(n, 0, n.text.size());
  EXPECT_EQ(all.begin, 0u);
  EXPECT_EQ(all.end, original.size());
}

TEST(TextNormalizeTest, empty_text_maps_to_empty) {
  const auto n = normalize_with_offsets("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(cxs::original_offset(n, 0), 0u);
}

}  // namespace
