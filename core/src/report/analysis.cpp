// The pipeline for one run: CSV records → column roles → NPS answers and issues, per source.
#include "cxs/analysis.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cxs/column_roles.hpp"
#include "cxs/csv_reader.hpp"
#include "cxs/score_cell.hpp"

namespace cxs {
namespace {

constexpr std::size_t kIssueValueMaxBytes = 80;

/// Cuts text to at most `limit` bytes without splitting a UTF-8 sequence.
std::string cut_utf8(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "…";
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

}  // namespace

/// Everything known about one source while it streams in.
class Analysis::SourceState final : public RecordSink {
 public:
  SourceState(std::string name, const AnalysisOptions& options) : options_(options) {
    report_.name = std::move(name);
  }

  void feed(std::span<const std::uint8_t> chunk) { reader_.feed(chunk, *this); }

  SourceReport finish() {
    reader_.finish(*this);
    if (!header_read_) {
      add_issue({IssueCode::empty_file, {1, 1}, {}, {}, "The file has no header row."});
    } else if (!mapped_) {
      decide_mapping();
    }
    report_.bom = reader_.had_bom();
    report_.bytes = reader_.bytes_read();
    if (header_read_ && !nps_column_) {
      add_issue({IssueCode::no_nps_column,
                 {1, 1},
                 {},
                 {},
                 "No column reads like the NPS question (\"How likely are you to recommend "
                 "...\", \"NPS\") with 0-10 answers; add a mapping to name it."});
    }
    if (nps_column_) {
      report_.kind = "survey_responses";
      if (auto nps = estimate_nps(counts_)) report_.nps = std::move(nps).value();
    }
    return std::move(report_);
  }

  void on_record(const CsvRecord& record) override {
    if (!header_read_) {
      header_.assign(record.fields.begin(), record.fields.end());
      header_read_ = true;
      return;
    }
    if (mapped_) {
      take_row(record.fields, record.at);
      return;
    }
    sample_.emplace_back(record.fields.begin(), record.fields.end());
    sample_at_.push_back(record.at);
    if (sample_.size() >= options_.mapping_sample_rows) decide_mapping();
  }

  void on_issue(Issue issue) override { add_issue(std::move(issue)); }

 private:
  void decide_mapping() {
    report_.mapping = detect_column_roles(header_, sample_);
    if (const auto nps = report_.mapping.find(Role::score_nps)) nps_column_ = nps->index;
    mapped_ = true;
    // Replay the sample now that the roles are known.
    std::vector<std::string_view> views;
    for (std::size_t i = 0; i < sample_.size(); ++i) {
      views.assign(sample_[i].begin(), sample_[i].end());
      take_row(views, sample_at_[i]);
    }
    sample_.clear();
    sample_.shrink_to_fit();
    sample_at_.clear();
  }

  void take_row(std::span<const std::string_view> fields, SourceRef at) {
    ++report_.rows;
    if (fields.size() != header_.size()) {
      add_issue({IssueCode::ragged_row,
                 at,
                 {},
                 {},
                 "Row has " + std::to_string(fields.size()) + " fields; the header has " +
                     std::to_string(header_.size()) + ". Present fields were still read."});
    }
    if (!nps_column_) return;
    const std::size_t column = *nps_column_;
    if (column >= fields.size()) return;  // missing cell in a short row: already reported
    const ScoreCell cell = read_score_cell(fields[column], 0, 10);
    if (cell.kind == ScoreCell::Kind::valid) {
      counts_.add(cell.value);
    } else if (cell.kind == ScoreCell::Kind::invalid) {
      ++report_.rows_rejected;
      add_issue({IssueCode::invalid_score, at, header_[column],
                 cut_utf8(fields[column], kIssueValueMaxBytes),
                 "Not a 0-10 answer; this cell was left out of NPS."});
    }
  }

  void add_issue(Issue issue) {
    ++report_.issue_counts[issue.code];
    if (report_.issues.size() < options_.max_issues_per_source) {
      report_.issues.push_back(std::move(issue));
    }
  }

  const AnalysisOptions& options_;
  CsvReader reader_;
  SourceReport report_;
  bool header_read_ = false;
  bool mapped_ = false;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> sample_;
  std::vector<SourceRef> sample_at_;
  std::optional<std::size_t> nps_column_;
  NpsCounts counts_;
};

Result<AnalysisOptions> parse_analysis_options(std::string_view json_text) {
  AnalysisOptions options;
  if (json_text.find_first_not_of(" \t\r\n") == std::string_view::npos) return options;
  const auto json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_object()) {
    return Error{ErrorCode::invalid_options, "Options must be a JSON object."};
  }
  for (const auto& [key, value] : json.items()) {
    if (key == "as_of") {
      if (!value.is_string() || !is_iso_date(value.get_ref<const std::string&>())) {
        return Error{ErrorCode::invalid_options, "as_of must be a date written YYYY-MM-DD."};
      }
      options.as_of = value.get<std::string>();
    } else if (key == "max_issues_per_source" || key == "mapping_sample_rows") {
      if (!value.is_number_unsigned() || value.get<std::uint64_t>() == 0) {
        return Error{ErrorCode::invalid_options, key + " must be a whole number above 0."};
      }
      (key == "max_issues_per_source" ? options.max_issues_per_source
                                      : options.mapping_sample_rows) = value.get<std::size_t>();
    } else {
      return Error{ErrorCode::invalid_options, "Unknown option \"" + key + "\"."};
    }
  }
  return options;
}

Analysis::Analysis(AnalysisOptions options) : options_(std::move(options)) {}

Analysis::Analysis(const std::string& options_json) {
  auto parsed = parse_analysis_options(options_json);
  if (parsed) {
    options_ = std::move(parsed).value();
  } else {
    error_ = parsed.error();
  }
}

Analysis::~Analysis() = default;

void Analysis::add_source(const std::string& name) {
  sources_.push_back(std::make_unique<SourceState>(name, options_));
}

void Analysis::feed_bytes(std::span<const std::uint8_t> chunk) {
  if (sources_.empty()) {
    if (!error_) error_ = Error{ErrorCode::no_source, "feed() before add_source()."};
    return;
  }
  sources_.back()->feed(chunk);
}

std::span<std::uint8_t> Analysis::input_buffer(std::size_t size) {
  if (buffer_.size() < size) buffer_.resize(size);
  return {buffer_.data(), size};
}

void Analysis::feed(std::size_t size) {
  feed_bytes({buffer_.data(), std::min(size, buffer_.size())});
}

Result<Report> Analysis::finish() {
  if (error_) return *error_;
  std::vector<SourceReport> reports;
  reports.reserve(sources_.size());
  for (const auto& source : sources_) reports.push_back(source->finish());
  sources_.clear();
  return summarise(options_.as_of, std::move(reports));
}

std::string Analysis::finish_json() {
  const auto report = finish();
  return report ? to_json_text(report.value()) : error_json_text(report.error());
}

}  // namespace cxs
