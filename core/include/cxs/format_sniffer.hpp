// Format sniffing: which reader a source needs (CSV/TSV and its delimiter, JSON, NDJSON, mail).
#pragma once

#include <string_view>

namespace cxs {

enum class SourceFormat { csv, tsv, json, ndjson, mbox, eml };

/// Spelling of a SourceFormat in the report.
const char* to_string(SourceFormat format);

struct FormatGuess {
  SourceFormat format = SourceFormat::csv;
  char delimiter = ',';   ///< for csv/tsv: one of , ; \t |
  double confidence = 0;  ///< 0..1
};

/// Decides the format from the first bytes of the (UTF-8) text and the file name. The
/// content decides; the extension (.tsv, .json, .ndjson, .jsonl, .mbox, .eml) breaks ties.
/// A delimiter is the candidate whose per-line count outside quotes is the same, and above
/// zero, on the most sample lines (the idea of Python's csv.Sniffer, without its regexes).
FormatGuess sniff_format(std::string_view sample, std::string_view file_name);

}  // namespace cxs
