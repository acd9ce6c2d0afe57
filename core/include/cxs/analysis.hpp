// Analysis: the streaming entry point shared by the CLI, the wasm module and the page.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/report.hpp"
#include "cxs/result.hpp"

namespace cxs {

/// What the user fixed for one source (the `mapping` option, keyed by file name).
struct SourceOverride {
  std::string kind;       ///< a SourceKind spelling, or empty to detect
  std::string encoding;   ///< a charset label ("shift_jis"), or empty to detect
  std::string delimiter;  ///< one character, or empty to detect
  std::map<std::string, std::string> columns;  ///< header text → role spelling or "ignore"
};

struct AnalysisOptions {
  std::string as_of;  ///< ISO date (YYYY-MM-DD); the caller's clock, not ours
  std::size_t max_issues_per_source = 1000;  ///< issues listed per source; all are counted
  std::size_t mapping_sample_rows = 200;     ///< data rows read before column roles are decided
  std::size_t max_profiles = 5000;           ///< customer profiles listed; all are counted
  std::size_t max_timeline = 50;             ///< newest events kept per customer profile
  /// Data records read per source; the rest are counted and reported (too_many_records), not
  /// analysed. Memory grows with records (about 0.6 KB each natively, more in wasm, whose
  /// heap stops at 4 GB): the default keeps one large file within a browser tab.
  std::uint64_t max_records_per_source = 2'000'000;
  std::vector<std::string> company_domains;  ///< the company's own mail domains: never customers
  std::map<std::string, SourceOverride> mapping;
  /// Customer-value models fit on orders up to this ISO date and are checked on the orders
  /// after it; empty: fit on everything up to as_of, no holdout check.
  std::string calibration_end;
  int horizon_weeks = 52;                ///< weeks ahead for expected purchases and value
  std::vector<std::string> competitors;  ///< names, "Name|alias|alias" for aliases
  std::string lexicon_edits;             ///< JSON text: phrases to add or remove (cxs/lexicon.hpp)
  std::string routes;                    ///< JSON text: routing rules (cxs/routing.hpp)
  /// JSON text: an intent model trained on the user's labels (cxs/intent_model.hpp); empty:
  /// the phrase rules decide the intent signals alone.
  std::string intent_model;
  /// The company's own social accounts: their posts are never influencer or competitor signals.
  std::vector<std::string> own_accounts;
  /// A mention is an influencer signal from this many followers of its author.
  double influencer_min_followers = 100000;
};

/// Reads options from JSON text in the report's spelling: {"as_of": "2026-11-25", ...},
/// validated first against the cxsignals.options/1 schema (contract.hpp), so an error names
/// the offending path. as_of is optional here (training reads no dates) but required by an
/// Analysis.
Result<AnalysisOptions> parse_analysis_options(std::string_view json_text);

struct SignalOptions;
/// The signal detector's part of an analysis's options (signal_detector.hpp): what the
/// analysis and the intent model's training (intent_training.hpp) both read texts with.
SignalOptions signal_options(const AnalysisOptions& options);

/// Feeds one or more sources, chunk by chunk, then produces the report. Each source is a
/// named byte stream; chunks may split it anywhere. Memory holds the aggregates, the
/// mapping sample and one open record, never a whole file.
class Analysis {
 public:
  explicit Analysis(AnalysisOptions options);
  /// From options JSON text; a bad text is kept and reported by finish_json().
  explicit Analysis(const std::string& options_json);
  ~Analysis();
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  /// Starts a new source; later feeds go to it.
  void add_source(const std::string& name);
  /// Feeds the next bytes of the current source.
  void feed_bytes(std::span<const std::uint8_t> chunk);

  /// A reusable buffer of at least `size` bytes for a caller that cannot hand over a span
  /// (JS copies a chunk into it, then calls feed(n)).
  std::span<std::uint8_t> input_buffer(std::size_t size);
  /// Feeds the first `size` bytes of input_buffer().
  void feed(std::size_t size);

  /// The report; once only: a second call is ErrorCode::already_finished. Options without
  /// as_of, or that failed to parse, are an ErrorCode::invalid_options error here.
  Result<Report> finish();
  /// finish() as JSON text: the report, or {"error": ...}.
  std::string finish_json();

 private:
  class SourceState;
  struct Shared;
  void start();
  void start_signals();
  AnalysisOptions options_;
  bool finished_ = false;
  std::unique_ptr<Shared> shared_;
  std::optional<Error> error_;
  std::vector<std::unique_ptr<SourceState>> sources_;
  std::vector<std::uint8_t> buffer_;
};

}  // namespace cxs
