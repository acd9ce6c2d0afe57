// Text decoding: detection, labels, every encoding against Python's codecs, chunk independence.
#include "cxs/text_decoder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using cxs::Encoding;
using Bytes = std::vector<std::uint8_t>;

// Byte samples made by Python 3.11 as the independent reference, printed as C++ lists:
//   ja = "タイムスタンプ,お名前,おすすめ度\r\n2024/01/05 10:00,山田 太郎,9\r\n"
//   ja.encode("cp932"), ja.encode("iso2022_jp"), ja.encode("euc_jp");
//   ("\ufeff" + ja + "😀 ok\r\n").encode("utf-16-le") and "utf-16-be" (BOM first),
//   (ja + "😀 ok\r\n").encode("utf-8"); "Café – 5 € “naïve” Straße\r\n".encode("cp1252").
constexpr std::string_view kJa =
    "タイムスタンプ,お名前,おすすめ度\r\n2024/01/05 10:00,山田 太郎,9\r\n";
constexpr std::string_view kJaEmoji =
    "タイムスタンプ,お名前,おすすめ度\r\n2024/01/05 10:00,山田 太郎,9\r\n😀 ok\r\n";
constexpr std::string_view kLatin = "Café – 5 € “naïve” Straße\r\n";

// 92 bytes
constexpr std::uint8_t kUtf8[] = {
    0xE3, 0x82, 0xBF, 0xE3, 0x82, 0xA4, 0xE3, 0x83, 0xA0, 0xE3, 0x82, 0xB9, 0xE3, 0x82, 0xBF, 0xE3,
    0x83, 0xB3, 0xE3, 0x83, 0x97, 0x2C, 0xE3, 0x81, 0x8A, 0xE5, 0x90, 0x8D, 0xE5, 0x89, 0x8D, 0x2C,
    0xE3, 0x81, 0x8A, 0xE3, 0x81, 0x99, 0xE3, 0x81, 0x99, 0xE3, 0x82, 0x81, 0xE5, 0xBA, 0xA6, 0x0D,
    0x0A, 0x32, 0x30, 0x32, 0x34, 0x2F, 0x30, 0x31, 0x2F, 0x30, 0x35, 0x20, 0x31, 0x30, 0x3A, 0x30,
    0x30, 0x2C, 0xE5, 0xB1, 0xB1, 0xE7, 0x94, 0xB0, 0x20, 0xE5, 0xA4, 0xAA, 0xE9, 0x83, 0x8E, 0x2C,
    0x39, 0x0D, 0x0A, 0xF0, 0x9F, 0x98, 0x80, 0x20, 0x6F, 0x6B, 0x0D, 0x0A,
};
// 106 bytes
constexpr std::uint8_t kUtf16le[] = {
    0xFF, 0xFE, 0xBF, 0x30, 0xA4, 0x30, 0xE0, 0x30, 0xB9, 0x30, 0xBF, 0x30, 0xF3, 0x30, 0xD7, 0x30,
    0x2C, 0x00, 0x4A, 0x30, 0x0D, 0x54, 0x4D, 0x52, 0x2C, 0x00, 0x4A, 0x30, 0x59, 0x30, 0x59, 0x30,
    0x81, 0x30, 0xA6, 0x5E, 0x0D, 0x00, 0x0A, 0x00, 0x32, 0x00, 0x30, 0x00, 0x32, 0x00, 0x34, 0x00,
    0x2F, 0x00, 0x30, 0x00, 0x31, 0x00, 0x2F, 0x00, 0x30, 0x00, 0x35, 0x00, 0x20, 0x00, 0x31, 0x00,
    0x30, 0x00, 0x3A, 0x00, 0x30, 0x00, 0x30, 0x00, 0x2C, 0x00, 0x71, 0x5C, 0x30, 0x75, 0x20, 0x00,
    0x2A, 0x59, 0xCE, 0x90, 0x2C, 0x00, 0x39, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x3D, 0xD8, 0x00, 0xDE,
    0x20, 0x00, 0x6F, 0x00, 0x6B, 0x00, 0x0D, 0x00, 0x0A, 0x00,
};
// 106 bytes
constexpr std::uint8_t kUtf16be[] = {
    0xFE, 0xFF, 0x30, 0xBF, 0x30, 0xA4, 0x30, 0xE0, 0x30, 0xB9, 0x30, 0xBF, 0x30, 0xF3, 0x30, 0xD7,
    0x00, 0x2C, 0x30, 0x4A, 0x54, 0x0D, 0x52, 0x4D, 0x00, 0x2C, 0x30, 0x4A, 0x30, 0x59, 0x30, 0x59,
    0x30, 0x81, 0x5E, 0xA6, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x32, 0x00, 0x30, 0x00, 0x32, 0x00, 0x34,
    0x00, 0x2F, 0x00, 0x30, 0x00, 0x31, 0x00, 0x2F, 0x00, 0x30, 0x00, 0x35, 0x00, 0x20, 0x00, 0x31,
    0x00, 0x30, 0x00, 0x3A, 0x00, 0x30, 0x00, 0x30, 0x00, 0x2C, 0x5C, 0x71, 0x75, 0x30, 0x00, 0x20,
    0x59, 0x2A, 0x90, 0xCE, 0x00, 0x2C, 0x00, 0x39, 0x00, 0x0D, 0x00, 0x0A, 0xD8, 0x3D, 0xDE, 0x00,
    0x00, 0x20, 0x00, 0x6F, 0x00, 0x6B, 0x00, 0x0D, 0x00, 0x0A,
};
// 64 bytes
constexpr std::uint8_t kShiftJis[] = {
    0x83, 0x5E, 0x83, 0x43, 0x83, 0x80, 0x83, 0x58, 0x83, 0x5E, 0x83, 0x93, 0x83, 0x76, 0x2C, 0x82,
    0xA8, 0x96, 0xBC, 0x91, 0x4F, 0x2C, 0x82, 0xA8, 0x82, 0xB7, 0x82, 0xB7, 0x82, 0xDF, 0x93, 0x78,
    0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34, 0x2F, 0x30, 0x31, 0x2F, 0x30, 0x35, 0x20, 0x31, 0x30, 0x3A,
    0x30, 0x30, 0x2C, 0x8E, 0x52, 0x93, 0x63, 0x20, 0x91, 0xBE, 0x98, 0x59, 0x2C, 0x39, 0x0D, 0x0A,
};
// 94 bytes
constexpr std::uint8_t kIso2022Jp[] = {
    0x1B, 0x24, 0x42, 0x25, 0x3F, 0x25, 0x24, 0x25, 0x60, 0x25, 0x39, 0x25, 0x3F, 0x25, 0x73, 0x25,
    0x57, 0x1B, 0x28, 0x42, 0x2C, 0x1B, 0x24, 0x42, 0x24, 0x2A, 0x4C, 0x3E, 0x41, 0x30, 0x1B, 0x28,
    0x42, 0x2C, 0x1B, 0x24, 0x42, 0x24, 0x2A, 0x24, 0x39, 0x24, 0x39, 0x24, 0x61, 0x45, 0x59, 0x1B,
    0x28, 0x42, 0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34, 0x2F, 0x30, 0x31, 0x2F, 0x30, 0x35, 0x20, 0x31,
    0x30, 0x3A, 0x30, 0x30, 0x2C, 0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x1B, 0x28, 0x42, 0x20,
    0x1B, 0x24, 0x42, 0x42, 0x40, 0x4F, 0x3A, 0x1B, 0x28, 0x42, 0x2C, 0x39, 0x0D, 0x0A,
};
// 64 bytes
constexpr std::uint8_t kEucJp[] = {
    0xA5, 0xBF, 0xA5, 0xA4, 0xA5, 0xE0, 0xA5, 0xB9, 0xA5, 0xBF, 0xA5, 0xF3, 0xA5, 0xD7, 0x2C, 0xA4,
    0xAA, 0xCC, 0xBE, 0xC1, 0xB0, 0x2C, 0xA4, 0xAA, 0xA4, 0xB9, 0xA4, 0xB9, 0xA4, 0xE1, 0xC5, 0xD9,
    0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34, 0x2F, 0x30, 0x31, 0x2F, 0x30, 0x35, 0x20, 0x31, 0x30, 0x3A,
    0x30, 0x30, 0x2C, 0xBB, 0xB3, 0xC5, 0xC4, 0x20, 0xC2, 0xC0, 0xCF, 0xBA, 0x2C, 0x39, 0x0D, 0x0A,
};
// 27 bytes
constexpr std::uint8_t kWindows1252[] = {
    0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x93, 0x6E, 0x61,
    0xEF, 0x76, 0x65, 0x94, 0x20, 0x53, 0x74, 0x72, 0x61, 0xDF, 0x65, 0x0D, 0x0A,
};

// The same way: csv = "タイムスタンプ,お名前,おすすめ度,ご意見\r\n2024/01/05 10:00,山田 太郎,9,
// とても使いやすいです\r\n2024/01/06 11:30,佐藤 花子,6,配送が遅かった\r\n" as cp932 and euc_jp;
// mail = "山田様\r\n\r\nいつもお世話になっております。\r\nアンケートへのご回答、ありがとうござい
// ました。\r\n" as iso2022_jp; "ｶﾌﾞｼｷｶﾞｲｼｬ ﾔﾏﾀﾞ,ﾀﾛｳ,9\r\n" (half-width katakana) as cp932.
// 137 bytes
constexpr std::uint8_t kShiftJisCsv[] = {
    0x83, 0x5E, 0x83, 0x43, 0x83, 0x80, 0x83, 0x58, 0x83, 0x5E, 0x83, 0x93, 0x83, 0x76, 0x2C, 0x82,
    0xA8, 0x96, 0xBC, 0x91, 0x4F, 0x2C, 0x82, 0xA8, 0x82, 0xB7, 0x82, 0xB7, 0x82, 0xDF, 0x93, 0x78,
    0x2C, 0x82, 0xB2, 0x88, 0xD3, 0x8C, 0xA9, 0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34, 0x2F, 0x30, 0x31,
    0x2F, 0x30, 0x35, 0x20, 0x31, 0x30, 0x3A, 0x30, 0x30, 0x2C, 0x8E, 0x52, 0x93, 0x63, 0x20, 0x91,
    0xBE, 0x98, 0x59, 0x2C, 0x39, 0x2C, 0x82, 0xC6, 0x82, 0xC4, 0x82, 0xE0, 0x8E, 0x67, 0x82, 0xA2,
    0x82, 0xE2, 0x82, 0xB7, 0x82, 0xA2, 0x82, 0xC5, 0x82, 0xB7, 0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34,
    0x2F, 0x30, 0x31, 0x2F, 0x30, 0x36, 0x20, 0x31, 0x31, 0x3A, 0x33, 0x30, 0x2C, 0x8D, 0xB2, 0x93,
    0xA1, 0x20, 0x89, 0xD4, 0x8E, 0x71, 0x2C, 0x36, 0x2C, 0x94, 0x7A, 0x91, 0x97, 0x82, 0xAA, 0x92,
    0x78, 0x82, 0xA9, 0x82, 0xC1, 0x82, 0xBD, 0x0D, 0x0A,
};
// 137 bytes
constexpr std::uint8_t kEucJpCsv[] = {
    0xA5, 0xBF, 0xA5, 0xA4, 0xA5, 0xE0, 0xA5, 0xB9, 0xA5, 0xBF, 0xA5, 0xF3, 0xA5, 0xD7, 0x2C, 0xA4,
    0xAA, 0xCC, 0xBE, 0xC1, 0xB0, 0x2C, 0xA4, 0xAA, 0xA4, 0xB9, 0xA4, 0xB9, 0xA4, 0xE1, 0xC5, 0xD9,
    0x2C, 0xA4, 0xB4, 0xB0, 0xD5, 0xB8, 0xAB, 0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34, 0x2F, 0x30, 0x31,
    0x2F, 0x30, 0x35, 0x20, 0x31, 0x30, 0x3A, 0x30, 0x30, 0x2C, 0xBB, 0xB3, 0xC5, 0xC4, 0x20, 0xC2,
    0xC0, 0xCF, 0xBA, 0x2C, 0x39, 0x2C, 0xA4, 0xC8, 0xA4, 0xC6, 0xA4, 0xE2, 0xBB, 0xC8, 0xA4, 0xA4,
    0xA4, 0xE4, 0xA4, 0xB9, 0xA4, 0xA4, 0xA4, 0xC7, 0xA4, 0xB9, 0x0D, 0x0A, 0x32, 0x30, 0x32, 0x34,
    0x2F, 0x30, 0x31, 0x2F, 0x30, 0x36, 0x20, 0x31, 0x31, 0x3A, 0x33, 0x30, 0x2C, 0xBA, 0xB4, 0xC6,
    0xA3, 0x20, 0xB2, 0xD6, 0xBB, 0xD2, 0x2C, 0x36, 0x2C, 0xC7, 0xDB, 0xC1, 0xF7, 0xA4, 0xAC, 0xC3,
    0xD9, 0xA4, 0xAB, 0xA4, 0xC3, 0xA4, 0xBF, 0x0D, 0x0A,
};
// 108 bytes
constexpr std::uint8_t kIso2022JpMail[] = {
    0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x4D, 0x4D, 0x1B, 0x28, 0x42, 0x0D, 0x0A, 0x0D, 0x0A,
    0x1B, 0x24, 0x42, 0x24, 0x24, 0x24, 0x44, 0x24, 0x62, 0x24, 0x2A, 0x40, 0x24, 0x4F, 0x43, 0x24,
    0x4B, 0x24, 0x4A, 0x24, 0x43, 0x24, 0x46, 0x24, 0x2A, 0x24, 0x6A, 0x24, 0x5E, 0x24, 0x39, 0x21,
    0x23, 0x1B, 0x28, 0x42, 0x0D, 0x0A, 0x1B, 0x24, 0x42, 0x25, 0x22, 0x25, 0x73, 0x25, 0x31, 0x21,
    0x3C, 0x25, 0x48, 0x24, 0x58, 0x24, 0x4E, 0x24, 0x34, 0x32, 0x73, 0x45, 0x7A, 0x21, 0x22, 0x24,
    0x22, 0x24, 0x6A, 0x24, 0x2C, 0x24, 0x48, 0x24, 0x26, 0x24, 0x34, 0x24, 0x36, 0x24, 0x24, 0x24,
    0x5E, 0x24, 0x37, 0x24, 0x3F, 0x21, 0x23, 0x1B, 0x28, 0x42, 0x0D, 0x0A,
};
// 23 bytes
constexpr std::uint8_t kShiftJisHalfWidth[] = {
    0xB6, 0xCC, 0xDE, 0xBC, 0xB7, 0xB6, 0xDE, 0xB2, 0xBC, 0xAC, 0x20, 0xD4,
    0xCF, 0xC0, 0xDE, 0x2C, 0xC0, 0xDB, 0xB3, 0x2C, 0x39, 0x0D, 0x0A,
};

std::span<const std::uint8_t> bytes_of(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

struct Decoded {
  std::string text;
  std::uint64_t invalid = 0;
};

Decoded decode_in_chunks(std::span<const std::uint8_t> bytes, Encoding from,
                         std::size_t chunk_size) {
  cxs::Utf8Transcoder transcoder(from);
  Decoded got;
  for (std::size_t at = 0; at < bytes.size(); at += chunk_size) {
    transcoder.feed(bytes.subspan(at, std::min(chunk_size, bytes.size() - at)), got.text);
  }
  transcoder.finish(got.text);
  got.invalid = transcoder.invalid_sequences();
  return got;
}

Decoded decode_whole(std::span<const std::uint8_t> bytes, Encoding from) {
  return decode_in_chunks(bytes, from, bytes.size() + 1);
}

/// Code points of UTF-8 text, to compare decoded characters one by one.
std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : b & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

struct Sample {
  Encoding encoding;
  std::span<const std::uint8_t> bytes;
  std::string_view text;
};

const std::vector<Sample>& samples() {
  static const std::vector<Sample> all{
      {Encoding::utf8, kUtf8, kJaEmoji},
      {Encoding::utf16le, kUtf16le, kJaEmoji},
      {Encoding::utf16be, kUtf16be, kJaEmoji},
      {Encoding::shift_jis, kShiftJis, kJa},
      {Encoding::iso_2022_jp, kIso2022Jp, kJa},
      {Encoding::euc_jp, kEucJp, kJa},
      {Encoding::windows_1252, kWindows1252, kLatin},
  };
  return all;
}

TEST(TextDecoderTest, every_encoding_decodes_the_python_sample_exactly) {
  ASSERT_EQ(samples().size(), 7u);  // one per Encoding
  for (const Sample& sample : samples()) {
    const Decoded got = decode_whole(sample.bytes, sample.encoding);
    EXPECT_EQ(got.text, sample.text) << cxs::to_string(sample.encoding);
    EXPECT_EQ(got.invalid, 0u) << cxs::to_string(sample.encoding);
    EXPECT_EQ(cxs::decode_to_utf8(sample.bytes, sample.encoding), sample.text);
  }
}

TEST(TextDecoderTest, names_are_the_whatwg_names) {
  EXPECT_STREQ(cxs::to_string(Encoding::utf8), "utf-8");
  EXPECT_STREQ(cxs::to_string(Encoding::utf16le), "utf-16le");
  EXPECT_STREQ(cxs::to_string(Encoding::utf16be), "utf-16be");
  EXPECT_STREQ(cxs::to_string(Encoding::shift_jis), "shift_jis");
  EXPECT_STREQ(cxs::to_string(Encoding::iso_2022_jp), "iso-2022-jp");
  EXPECT_STREQ(cxs::to_string(Encoding::euc_jp), "euc-jp");
  EXPECT_STREQ(cxs::to_string(Encoding::windows_1252), "windows-1252");
}

// ---- CP932 and the JIS tables -----------------------------------------------------------

// Python: b"\x87\x40\x87\x8a\x81\x60\x81\x5f\xfb\xfc\xee\xe0\x81\x61\x81\x7c\x81\x91\x81\xca"
// .decode("cp932") == "①㈱～＼髙髙∥－￠￢": NEC row 13, the wave dash as U+FF5E (not U+301C),
// ＼ as U+FF3C, 髙 from the IBM extensions (FBFC) and from NEC's copy of them (EEE0), and the
// Microsoft forms of ‖ − ¢ ¬ (U+2225 U+FF0D U+FFE0 U+FFE2).
TEST(TextDecoderTest, cp932_specific_characters_decode_as_pythons_cp932) {
  const Bytes bytes{0x87, 0x40, 0x87, 0x8A, 0x81, 0x60, 0x81, 0x5F, 0xFB, 0xFC,
                    0xEE, 0xE0, 0x81, 0x61, 0x81, 0x7C, 0x81, 0x91, 0x81, 0xCA};
  EXPECT_EQ(code_points(cxs::decode_to_utf8(bytes, Encoding::shift_jis)),
            (std::u32string{0x2460, 0x3231, 0xFF5E, 0xFF3C, 0x9AD9, 0x9AD9, 0x2225, 0xFF0D, 0xFFE0,
                            0xFFE2}));
}

// Python: b"\xb1\xdf\xa1\x5c\x80\xf0\x40\xf9\xfc".decode("cp932") == "ｱﾟ｡\\\x80\ue000\ue757":
// half-width katakana A1..DF, 0x5C stays a backslash, and the user-defined area is Private Use.
TEST(TextDecoderTest, cp932_single_bytes_and_user_defined_area_decode_as_python) {
  const Bytes bytes{0xB1, 0xDF, 0xA1, 0x5C, 0x80, 0xF0, 0x40, 0xF9, 0xFC};
  EXPECT_EQ(code_points(cxs::decode_to_utf8(bytes, Encoding::shift_jis)),
            (std::u32string{0xFF71, 0xFF9F, 0xFF61, 0x5C, 0x80, 0xE000, 0xE757}));
}

struct Tally {
  std::uint64_t count = 0;
  std::uint64_t sum = 0;
  /// Counts output that is exactly one code point other than U+FFFD.
  void add(const std::string& utf8) {
    const std::u32string cps = code_points(utf8);
    if (cps.size() == 1 && cps[0] != 0xFFFD) {
      ++count;
      sum += cps[0];
    }
  }
};

// Every two-byte code (leads 81..9F, A0, E0..FC; trails 40..FC) against the checksums that
// scripts/gen-jis-tables.py computes from Python's cp932 codec alone: 9604 codes, their code
// points summing to 333558700.
TEST(TextDecoderTest, every_cp932_two_byte_code_matches_pythons_checksum) {
  Tally tally;
  for (unsigned lead = 0x81; lead <= 0xFC; ++lead) {
    if (lead >= 0xA1 && lead <= 0xDF) continue;  // single-byte katakana
    for (unsigned trail = 0x40; trail <= 0xFC; ++trail) {
      const Bytes bytes{static_cast<std::uint8_t>(lead), static_cast<std::uint8_t>(trail)};
      tally.add(cxs::decode_to_utf8(bytes, Encoding::shift_jis));
    }
  }
  EXPECT_EQ(tally.count, 9604u);
  EXPECT_EQ(tally.sum, 333558700u);
}

// JIS X 0208 rows 1..94 map through the CP932 table: the generator converts each row/cell to
// Shift_JIS with the standard arithmetic and decodes it with Python's cp932: 7336 codes,
// sum 211671756. EUC-JP (row + 0xA0, cell + 0xA0) and ISO-2022-JP (ESC $ B, row + 0x20,
// cell + 0x20) must both reproduce it.
TEST(TextDecoderTest, every_jis_x0208_code_matches_pythons_checksum_in_euc_jp_and_iso_2022_jp) {
  Tally euc;
  Tally iso;
  for (unsigned row = 1; row <= 94; ++row) {
    for (unsigned cell = 1; cell <= 94; ++cell) {
      const auto r = static_cast<std::uint8_t>(row);
      const auto c = static_cast<std::uint8_t>(cell);
      euc.add(cxs::decode_to_utf8(
          Bytes{static_cast<std::uint8_t>(r + 0xA0), static_cast<std::uint8_t>(c + 0xA0)},
          Encoding::euc_jp));
      iso.add(cxs::decode_to_utf8(Bytes{0x1B, '$', 'B', static_cast<std::uint8_t>(r + 0x20),
                                        static_cast<std::uint8_t>(c + 0x20), 0x1B, '(', 'B'},
                                  Encoding::iso_2022_jp));
    }
  }
  EXPECT_EQ(euc.count, 7336u);
  EXPECT_EQ(euc.sum, 211671756u);
  EXPECT_EQ(iso.count, 7336u);
  EXPECT_EQ(iso.sum, 211671756u);
}

// A deliberate difference from Python's euc_jp, which gives U+301C for A1C1: one table for all
// Japanese encodings, so a name typed with 〜 matches across a Shift_JIS CSV and an EUC-JP one.
TEST(TextDecoderTest, euc_jp_and_iso_2022_jp_wave_dash_is_cp932s_fullwidth_tilde) {
  EXPECT_EQ(code_points(cxs::decode_to_utf8(Bytes{0xA1, 0xC1}, Encoding::euc_jp)),
            std::u32string{0xFF5E});
  EXPECT_EQ(
      code_points(cxs::decode_to_utf8(Bytes{0x1B, '$', 'B', 0x21, 0x41}, Encoding::iso_2022_jp)),
      std::u32string{0xFF5E});
}

// NEC row 13 (① = 0x2D21) through ISO-2022-JP, as Windows mailers send it; half-width katakana
// through ESC ( I (Python's iso2022_jp_ext: b"\x1b(I12\x1b(B" -> "ｱｲ"); JIS-Roman's yen and
// overline; a line end inside a JIS run keeps the run, as Python's iso2022_jp does.
TEST(TextDecoderTest, iso_2022_jp_switches_sets_and_keeps_line_ends_inside_a_kanji_run) {
  const std::string_view text = "\x1b$B-!\x1b(I12\x1b(J\\~\x1b$B$\"\n$\"\x1b(B~";
  EXPECT_EQ(code_points(cxs::decode_to_utf8(bytes_of(text), Encoding::iso_2022_jp)),
            (std::u32string{0x2460, 0xFF71, 0xFF72, 0xA5, 0x203E, 0x3042, '\n', 0x3042, '~'}));
}

// Python: "ｱ".encode("euc_jp") == b"\x8e\xb1" (SS2). JIS X 0212 (SS3, here 丂 = 8F B0 A1 in
// Python's euc_jp) has no table here: one U+FFFD, counted.
TEST(TextDecoderTest, euc_jp_reads_ss2_katakana_and_replaces_ss3_characters) {
  const Decoded got = decode_whole(Bytes{0x8E, 0xB1, 0x8F, 0xB0, 0xA1, 'a'}, Encoding::euc_jp);
  EXPECT_EQ(got.text, "ｱ\uFFFDa");
  EXPECT_EQ(got.invalid, 1u);
}

// Python: bytes(0x80..0x9F without 81 8D 8F 90 9D).decode("cp1252"); the five Microsoft leaves
// undefined are WHATWG's C1 controls. 0xA0..0xFF are Latin-1, i.e. their own code points.
TEST(TextDecoderTest, windows_1252_decodes_every_byte_as_whatwg) {
  Bytes bytes;
  for (unsigned b = 0x80; b <= 0xFF; ++b) bytes.push_back(static_cast<std::uint8_t>(b));
  std::u32string expected{0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                          0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  for (char32_t cp = 0xA0; cp <= 0xFF; ++cp) expected.push_back(cp);
  const Decoded got = decode_whole(bytes, Encoding::windows_1252);
  EXPECT_EQ(code_points(got.text), expected);
  EXPECT_EQ(got.invalid, 0u);
}

// ---- invalid input --------------------------------------------------------------------

struct InvalidCase {
  Encoding encoding;
  Bytes bytes;
  std::string_view text;
  std::uint64_t invalid;
};

// One U+FFFD per maximal subpart (UTF-8 and UTF-16 agree with Python's errors="replace");
// for the legacy encodings WHATWG's rule: an ASCII byte after a bad lead is read again.
TEST(TextDecoderTest, invalid_sequences_become_replacement_characters_and_are_counted) {
  const std::vector<InvalidCase> cases{
      {Encoding::utf8, {'a', 0xE3, 0x81, 'b'}, "a\uFFFDb", 1},
      {Encoding::utf8, {0xED, 0xA0, 0x80}, "\uFFFD\uFFFD\uFFFD", 3},  // a surrogate
      {Encoding::utf8, {0xC0, 0xAF, 0xFF}, "\uFFFD\uFFFD\uFFFD", 3},  // overlong, never valid
      {Encoding::utf8, {0xF4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD", 4},
      {Encoding::utf8, {'o', 'k', 0xF0, 0x9F, 0x98}, "ok\uFFFD", 1},  // cut at the end
      {Encoding::utf16le, {0x00, 0xDC, 'A', 0x00}, "\uFFFDA", 1},     // lone low surrogate
      {Encoding::utf16le, {0x3D, 0xD8, 'A', 0x00}, "\uFFFDA", 1},     // lone high surrogate
      {Encoding::utf16le, {'A', 0x00, 'B'}, "A\uFFFD", 1},            // odd byte at the end
      {Encoding::utf16be, {0xD8, 0x3D, 0x00}, "\uFFFD", 1},           // cut surrogate pair
      {Encoding::shift_jis, {0x81, ' ', 'a'}, "\uFFFD a", 1},
      {Encoding::shift_jis, {0x85, 0x40}, "\uFFFD@", 1},  // unmapped, ASCII trail read again
      {Encoding::shift_jis, {0x85, 0xA0}, "\uFFFD", 1},   // unmapped, both bytes go
      {Encoding::shift_jis, {0xA0, 0xFD, 0xFF}, "\uFFFD\uFFFD\uFFFD", 3},
      {Encoding::shift_jis, {'x', 0x82}, "x\uFFFD", 1},  // lead cut at the end
      {Encoding::euc_jp, {0xA4, ' '}, "\uFFFD ", 1},
      {Encoding::euc_jp, {0x8E, 'A'}, "\uFFFDA", 1},
      {Encoding::euc_jp, {0xFF, 0xA4}, "\uFFFD\uFFFD", 2},
      {Encoding::iso_2022_jp, {0x1B, 'X', 'y'}, "\uFFFDXy", 1},                 // unknown escape
      {Encoding::iso_2022_jp, {'a', 0xA4, 0x0E}, "a\uFFFD\uFFFD", 2},           // 8-bit byte, SO
      {Encoding::iso_2022_jp, {0x1B, '$', 'B', 0x24}, "\uFFFD", 1},             // cut kanji
      {Encoding::iso_2022_jp, {0x1B, '$'}, "\uFFFD$", 1},                       // cut escape
      {Encoding::iso_2022_jp, {0x1B, '$', '(', 'D', 0x30, 0x21}, "\uFFFD", 1},  // JIS X 0212
  };
  for (const InvalidCase& c : cases) {
    const Decoded got = decode_whole(c.bytes, c.encoding);
    EXPECT_EQ(got.text, c.text) << cxs::to_string(c.encoding) << " case " << (&c - cases.data());
    EXPECT_EQ(got.invalid, c.invalid)
        << cxs::to_string(c.encoding) << " case " << (&c - cases.data());
  }
}

TEST(TextDecoderTest, a_bom_is_dropped_only_at_the_very_start) {
  const Bytes two_boms{0xEF, 0xBB, 0xBF, 'a', 0xEF, 0xBB, 0xBF};
  EXPECT_EQ(cxs::decode_to_utf8(two_boms, Encoding::utf8), "a\uFEFF");
  EXPECT_EQ(cxs::decode_to_utf8(Bytes{0xEF, 0xBB}, Encoding::utf8), "\uFFFD");
  EXPECT_EQ(cxs::decode_to_utf8(Bytes{0xFE, 0xFF, 0x00, 'a'}, Encoding::utf16be), "a");
  EXPECT_EQ(cxs::decode_to_utf8(Bytes{'a', 0x00, 0xFF, 0xFE}, Encoding::utf16le), "a\uFEFF");
}

// ---- chunking ---------------------------------------------------------------------------

/// Inputs for the chunking property: the clean samples plus invalid and cut sequences at every
/// kind of boundary (surrogate pairs, escapes, SS3, lone leads, a cut tail at the very end).
std::vector<std::pair<Encoding, Bytes>> chunking_inputs() {
  std::vector<std::pair<Encoding, Bytes>> inputs;
  for (const Sample& s : samples()) {
    inputs.emplace_back(s.encoding, Bytes(s.bytes.begin(), s.bytes.end()));
  }
  inputs.emplace_back(Encoding::utf8, Bytes{0xEF, 0xBB, 0xBF, 'a',  0xE3, 0x81, 'b',  0xF0,
                                            0x9F, 0x98, 0xED, 0xA0, 0x80, 0xC0, 0xAF, 0xFF,
                                            0xE3, 0x81, 0x82, 0xF0, 0x9F, 0x98, 0x80, 0xE3});
  inputs.emplace_back(Encoding::utf16le,
                      Bytes{0xFF, 0xFE, 0x00, 0xDC, 0x3D, 0xD8, 'A', 0x00, 0x3D, 0xD8, 0x00, 0xDE,
                            0x3D, 0xD8, 0x3D, 0xD8, 0x00, 0xDE, 'z'});
  inputs.emplace_back(Encoding::utf16be, Bytes{0xD8, 0x3D, 0xDE, 0x00, 0xDC, 0x00, 0xD8, 0x3D});
  inputs.emplace_back(Encoding::shift_jis, Bytes{0x82, 0xA0, 0x81, 'A', 0xA0, 0xFD, 0x85, 0x40,
                                                 0x85, 0xA0, 0xF0, 0x40, 0xB1, 0x81});
  inputs.emplace_back(Encoding::euc_jp, Bytes{0xA4, 0xA2, 0x8E, 0xB1, 0x8F, 0xB0, 0xA1, 0x8E, 'A',
                                              0xA4, 'A', 0xFF, 0x8F, 0xA1, 'B', 0x8F, 0xA1});
  inputs.emplace_back(
      Encoding::iso_2022_jp,
      Bytes{0x1B, '$',  'B',  0x24, 0x22, 0x1B, '(',  'I',  0x31, 0x1B, '(',  'J',  0x5C,
            0x7E, 0x1B, '$',  '(',  'D',  0x30, 0x21, 0x1B, 'X',  0x1B, '$',  'B',  0x24,
            '\n', 0x24, 0x22, 0x1B, '(',  'B',  0x1B, '$',  '(',  'B',  0x24, 0x22, 0x24});
  inputs.emplace_back(Encoding::iso_2022_jp, Bytes{'a', 0x1B, '$', '('});
  return inputs;
}

constexpr std::size_t kLongestInput = sizeof(kUtf16le);

class TextDecoderChunking : public ::testing::TestWithParam<std::size_t> {};

TEST_P(TextDecoderChunking, output_does_not_depend_on_chunk_size) {
  for (const auto& [encoding, bytes] : chunking_inputs()) {
    ASSERT_LE(bytes.size(), kLongestInput);
    const Decoded whole = decode_whole(bytes, encoding);
    const Decoded chunked = decode_in_chunks(bytes, encoding, GetParam());
    EXPECT_EQ(chunked.text, whole.text) << cxs::to_string(encoding);
    EXPECT_EQ(chunked.invalid, whole.invalid) << cxs::to_string(encoding);
  }
}

INSTANTIATE_TEST_SUITE_P(EverySize, TextDecoderChunking,
                         ::testing::Range<std::size_t>(1, kLongestInput + 2));

// ---- detection ------------------------------------------------------------------------------

Bytes with_utf8_bom(std::span<const std::uint8_t> bytes) {
  Bytes out{0xEF, 0xBB, 0xBF};
  out.insert(out.end(), bytes.begin(), bytes.end());
  return out;
}

TEST(EncodingDetectionTest, finds_utf8_with_and_without_bom) {
  const auto with_bom = cxs::detect_encoding(with_utf8_bom(kUtf8));
  EXPECT_EQ(with_bom.encoding, Encoding::utf8);
  EXPECT_TRUE(with_bom.bom);
  EXPECT_EQ(with_bom.confidence, 1.0);
  const auto without = cxs::detect_encoding(kUtf8);
  EXPECT_EQ(without.encoding, Encoding::utf8);
  EXPECT_FALSE(without.bom);
  EXPECT_GT(without.confidence, 0.9);
}

TEST(EncodingDetectionTest, finds_utf16_by_bom_and_without_one_by_zero_bytes) {
  EXPECT_EQ(cxs::detect_encoding(kUtf16le).encoding, Encoding::utf16le);
  EXPECT_TRUE(cxs::detect_encoding(kUtf16le).bom);
  EXPECT_EQ(cxs::detect_encoding(kUtf16be).encoding, Encoding::utf16be);
  EXPECT_TRUE(cxs::detect_encoding(kUtf16be).bom);
  const auto le = cxs::detect_encoding(std::span(kUtf16le).subspan(2));
  EXPECT_EQ(le.encoding, Encoding::utf16le);
  EXPECT_FALSE(le.bom);
  EXPECT_EQ(cxs::detect_encoding(std::span(kUtf16be).subspan(2)).encoding, Encoding::utf16be);
}

TEST(EncodingDetectionTest, finds_shift_jis_in_a_japanese_excel_csv) {
  const auto guess = cxs::detect_encoding(kShiftJisCsv);
  EXPECT_EQ(guess.encoding, Encoding::shift_jis);
  EXPECT_GT(guess.confidence, 0.9);
  EXPECT_EQ(cxs::detect_encoding(kShiftJis).encoding, Encoding::shift_jis);
}

TEST(EncodingDetectionTest, finds_shift_jis_written_in_half_width_katakana) {
  EXPECT_EQ(cxs::detect_encoding(kShiftJisHalfWidth).encoding, Encoding::shift_jis);
  // Python: "ｶﾌﾞｼｷｶﾞｲｼｬ".encode("cp932"). As EUC-JP these ten bytes are five valid kanji, three
  // of them common, so only the Shift_JIS prior decides.
  const Bytes kana{0xB6, 0xCC, 0xDE, 0xBC, 0xB7, 0xB6, 0xDE, 0xB2, 0xBC, 0xAC};
  EXPECT_EQ(cxs::detect_encoding(kana).encoding, Encoding::shift_jis);
}

TEST(EncodingDetectionTest, finds_euc_jp) {
  const auto guess = cxs::detect_encoding(kEucJpCsv);
  EXPECT_EQ(guess.encoding, Encoding::euc_jp);
  EXPECT_GT(guess.confidence, 0.9);
  EXPECT_EQ(cxs::detect_encoding(kEucJp).encoding, Encoding::euc_jp);
}

TEST(EncodingDetectionTest, finds_iso_2022_jp_in_a_mail_body) {
  const auto guess = cxs::detect_encoding(kIso2022JpMail);
  EXPECT_EQ(guess.encoding, Encoding::iso_2022_jp);
  EXPECT_GT(guess.confidence, 0.9);
}

TEST(EncodingDetectionTest, plain_ascii_counts_as_utf8_with_middling_confidence) {
  const auto guess = cxs::detect_encoding(bytes_of("id,score\r\n1,9\r\n"));
  EXPECT_EQ(guess.encoding, Encoding::utf8);
  EXPECT_FALSE(guess.bom);
  EXPECT_EQ(guess.confidence, 0.5);
  EXPECT_EQ(cxs::detect_encoding({}).encoding, Encoding::utf8);
}

TEST(EncodingDetectionTest, utf8_cut_inside_a_character_at_the_end_is_still_utf8) {
  // kUtf8[66..68] is 山 (E5 B1 B1): the sample ends after E5 B1.
  ASSERT_EQ(kUtf8[66], 0xE5);
  EXPECT_EQ(cxs::detect_encoding(std::span(kUtf8).first(68)).encoding, Encoding::utf8);
  EXPECT_EQ(cxs::detect_encoding(std::span(kUtf8).first(67)).encoding, Encoding::utf8);
  // The same cut in Shift_JIS: a lead byte at the end of the sample.
  EXPECT_EQ(cxs::detect_encoding(std::span(kShiftJisCsv).first(60)).encoding, Encoding::shift_jis);
}

TEST(EncodingDetectionTest, latin_text_falls_back_to_windows_1252) {
  EXPECT_EQ(cxs::detect_encoding(kWindows1252).encoding, Encoding::windows_1252);
  // Python: "Müller, Zoë; Ångström — naïve café, crème brûlée\r\n".encode("cp1252")
  const std::string_view latin =
      "M\xFCller, Zo\xEB; \xC5ngstr\xF6m \x97 na\xEFve caf\xE9, cr\xE8me br\xFBl\xE9"
      "e\r\n";
  EXPECT_EQ(cxs::detect_encoding(bytes_of(latin)).encoding, Encoding::windows_1252);
  // Ends like a UTF-8 sequence cut by the sample's end, but nothing before it is UTF-8.
  EXPECT_EQ(cxs::detect_encoding(bytes_of("Caf\xE9")).encoding, Encoding::windows_1252);
}

TEST(EncodingDetectionTest, utf8_with_a_stray_byte_among_many_good_sequences_is_still_utf8) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "caf\u00E9 ";
  text += "\xFF";
  EXPECT_EQ(cxs::detect_encoding(bytes_of(text)).encoding, Encoding::utf8);
}

// ---- labels -----------------------------------------------------------------------------------

TEST(EncodingLabelTest, maps_mime_and_meta_labels_case_insensitively) {
  for (const char* label :
       {"Shift_JIS", "shift-jis", "sjis", "windows-31j", "cp932", "MS932", "x-sjis", "MS_Kanji"}) {
    EXPECT_EQ(cxs::encoding_from_label(label), Encoding::shift_jis) << label;
  }
  EXPECT_EQ(cxs::encoding_from_label("ISO-2022-JP"), Encoding::iso_2022_jp);
  EXPECT_EQ(cxs::encoding_from_label("utf-8"), Encoding::utf8);
  EXPECT_EQ(cxs::encoding_from_label("UTF8"), Encoding::utf8);
  EXPECT_EQ(cxs::encoding_from_label("us-ascii"), Encoding::utf8);
  EXPECT_EQ(cxs::encoding_from_label("iso-8859-1"), Encoding::windows_1252);
  EXPECT_EQ(cxs::encoding_from_label("latin1"), Encoding::windows_1252);
  EXPECT_EQ(cxs::encoding_from_label("Windows-1252"), Encoding::windows_1252);
  EXPECT_EQ(cxs::encoding_from_label("EUC-JP"), Encoding::euc_jp);
  EXPECT_EQ(cxs::encoding_from_label("utf-16le"), Encoding::utf16le);
  EXPECT_EQ(cxs::encoding_from_label("UTF-16BE"), Encoding::utf16be);
  EXPECT_EQ(cxs::encoding_from_label(" utf-8\t"), Encoding::utf8);
}

TEST(EncodingLabelTest, unknown_labels_give_nullopt) {
  EXPECT_EQ(cxs::encoding_from_label("koi8-r"), std::nullopt);
  EXPECT_EQ(cxs::encoding_from_label("iso-8859-15"), std::nullopt);
  EXPECT_EQ(cxs::encoding_from_label(""), std::nullopt);
  EXPECT_EQ(cxs::encoding_from_label("utf-8 "), Encoding::utf8);
}

}  // namespace
