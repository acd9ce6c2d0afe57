// Text encodings: guess a file's encoding from its first bytes, and transcode a stream to UTF-8.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cxs {

/// The encodings customer exports and mail arrive in. Japanese ones decode through Microsoft's
/// CP932 table, so the same text gives the same code points whichever of them carried it.
enum class Encoding { utf8, utf16le, utf16be, shift_jis, iso_2022_jp, euc_jp, windows_1252 };

/// The WHATWG name: "utf-8", "utf-16le", "utf-16be", "shift_jis", "iso-2022-jp", "euc-jp",
/// "windows-1252".
const char* to_string(Encoding e);

struct EncodingGuess {
  Encoding encoding = Encoding::utf8;
  bool bom = false;       ///< the sample starts with this encoding's byte-order mark
  double confidence = 0;  ///< 0..1: 1 for a BOM, 0.5 for ASCII only (later bytes may differ)
};

/// Guesses from the first bytes of a file (a sample of up to ~64 KiB, possibly cut
/// mid-character at the end). In order: a BOM (EF BB BF, FF FE, FE FF); ISO-2022-JP escapes in
/// 7-bit text; UTF-16 without BOM from zero bytes piling up at odd or even offsets; valid UTF-8
/// (ASCII-only counts as utf8); Shift_JIS (CP932) against EUC-JP by validity and by how much of
/// the decoded text is kana, common kanji and Japanese punctuation; windows-1252 when neither
/// reads as Japanese.
EncodingGuess detect_encoding(std::span<const std::uint8_t> sample);

/// Maps a charset label from a MIME header or an HTML meta tag ("Shift_JIS", "windows-31j",
/// "cp932", "ISO-2022-JP", "UTF8", "latin1", ...) to an Encoding; case-insensitive, `_` and `-`
/// alike. nullopt for labels of encodings not supported here.
std::optional<Encoding> encoding_from_label(std::string_view label);

/// Streaming transcoder to UTF-8. Chunks may split a character anywhere (inside a UTF-16
/// surrogate pair or an ISO-2022-JP escape too): the cut tail is kept for the next feed, so the
/// output never depends on chunk size. A BOM at the very start is dropped. Invalid sequences
/// become U+FFFD and are counted; UTF-8 input is validated and passed through.
class Utf8Transcoder {
 public:
  explicit Utf8Transcoder(Encoding from);

  /// Appends the UTF-8 of every character completed by this chunk to `out`.
  void feed(std::span<const std::uint8_t> chunk, std::string& out);
  /// Flushes the kept tail: an incomplete character becomes U+FFFD.
  void finish(std::string& out);
  /// Sequences replaced by U+FFFD so far (JIS X 0212 characters included: no table here).
  std::uint64_t invalid_sequences() const { return invalid_; }

 private:
  /// ISO-2022-JP character set selected by the last escape sequence.
  enum class JisMode : std::uint8_t { ascii, roman, katakana, jis0208, jis0212 };

  /// Decodes whole characters from the front of `bytes`; unless `last`, stops before a tail
  /// that more bytes could still complete. Returns the number of bytes used.
  std::size_t decode(std::span<const std::uint8_t> bytes, bool last, std::string& out);
  std::size_t decode_utf8(std::span<const std::uint8_t> bytes, bool last, std::string& out);
  std::size_t decode_utf16(std::span<const std::uint8_t> bytes, bool last, std::string& out);
  std::size_t decode_shift_jis(std::span<const std::uint8_t> bytes, bool last, std::string& out);
  std::size_t decode_euc_jp(std::span<const std::uint8_t> bytes, bool last, std::string& out);
  std::size_t decode_iso_2022_jp(std::span<const std::uint8_t> bytes, bool last, std::string& out);
  void replace(std::string& out);

  Encoding from_;
  bool at_start_ = true;  ///< no character decoded yet: a BOM would still be dropped
  JisMode jis_mode_ = JisMode::ascii;
  std::array<std::uint8_t, 4> carry_{};  ///< a character cut at the chunk edge (at most 3 bytes)
  std::uint8_t carry_size_ = 0;
  std::uint64_t invalid_ = 0;
};

/// One-shot convenience for short texts (RFC 2047 encoded words, message bodies).
std::string decode_to_utf8(std::span<const std::uint8_t> bytes, Encoding from);

}  // namespace cxs
