// Fuzzes encoding detection and decoding (text_decoder.hpp) and format sniffing
// (format_sniffer.hpp). The first byte picks the encoding to decode from (or the detected one),
// the chunk splits and the file name for the sniffer; the rest is the file. Asserts: the guess's
// confidence lies in 0..1 and is 1 for a BOM; the transcoder's output and invalid count are the
// same whether the bytes arrive whole or split anywhere, and equal decode_to_utf8's; the output
// is well-formed UTF-8; valid UTF-8 without a BOM passes through unchanged; a csv/tsv guess
// names one of , ; tab | and its confidence lies in 0..1.
#include <cstdint>
#include <span>
#include <string>

#include "cxs/format_sniffer.hpp"
#include "cxs/text_decoder.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;

struct Decoded {
  std::string text;
  std::uint64_t invalid = 0;
};

Decoded decode(std::span<const std::uint8_t> bytes, cxs::Encoding from,
               const std::vector<std::size_t>& lengths) {
  cxs::Utf8Transcoder transcoder(from);
  Decoded out;
  std::size_t at = 0;
  for (const std::size_t length : lengths) {
    transcoder.feed(bytes.subspan(at, length), out.text);
    at += length;
  }
  transcoder.finish(out.text);
  out.invalid = transcoder.invalid_sequences();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t seed = data[0];
  const std::span<const std::uint8_t> file(data + 1, size - 1);

  const cxs::EncodingGuess guess = cxs::detect_encoding(file);
  check(guess.confidence >= 0 && guess.confidence <= 1);
  check(!guess.bom || guess.confidence == 1);
  check(cxs::to_string(guess.encoding) != nullptr);

  // The first bytes read as a charset label, as a MIME header would carry one.
  const auto label = cxs::encoding_from_label(
      cxs::fuzz::as_text(file.first(std::min<std::size_t>(file.size(), 24))));
  if (label) check(cxs::to_string(*label) != nullptr);

  constexpr cxs::Encoding kEncodings[] = {cxs::Encoding::utf8,        cxs::Encoding::utf16le,
                                          cxs::Encoding::utf16be,     cxs::Encoding::shift_jis,
                                          cxs::Encoding::iso_2022_jp, cxs::Encoding::euc_jp,
                                          cxs::Encoding::windows_1252};
  const cxs::Encoding from = (seed & 7) == 7 ? guess.encoding : kEncodings[seed & 7];
  const auto split_seed = static_cast<std::uint8_t>((seed >> 3) | (seed << 5));

  const Decoded whole = decode(file, from, {file.size()});
  const Decoded split = decode(file, from, cxs::fuzz::chunk_lengths(split_seed, file.size()));
  check(split.text == whole.text && split.invalid == whole.invalid);
  check(cxs::decode_to_utf8(file, from) == whole.text);
  check(cxs::fuzz::is_valid_utf8(whole.text));
  const std::string_view raw = cxs::fuzz::as_text(file);
  if (from == cxs::Encoding::utf8 && !raw.starts_with("\xEF\xBB\xBF") &&
      cxs::fuzz::is_valid_utf8(raw)) {
    check(whole.text == raw && whole.invalid == 0);
  }

  constexpr const char* kNames[] = {"export.csv",   "export.tsv", "export.json", "export.ndjson",
                                    "export.jsonl", "inbox.mbox", "message.eml", "export.txt"};
  const cxs::FormatGuess format = cxs::sniff_format(whole.text, kNames[(seed >> 3) & 7]);
  check(format.confidence >= 0 && format.confidence <= 1);
  check(cxs::to_string(format.format) != nullptr);
  if (format.format == cxs::SourceFormat::csv || format.format == cxs::SourceFormat::tsv) {
    const char d = format.delimiter;
    check(d == ',' || d == ';' || d == '\t' || d == '|');
  }
  return 0;
}
