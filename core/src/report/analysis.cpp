// The pipeline for one run, per source: sniff encoding and format on the first bytes, then
// stream records → header rows → column roles → events → metrics and customers.
#include "cxs/analysis.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "cxs/activity_log.hpp"
#include "cxs/column_roles.hpp"
#include "cxs/contract.hpp"
#include "cxs/csv_reader.hpp"
#include "cxs/customer_graph.hpp"
#include "cxs/customer_keys.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/fnv1a.hpp"
#include "cxs/format_sniffer.hpp"
#include "cxs/json_reader.hpp"
#include "cxs/mail_reader.hpp"
#include "cxs/row_events.hpp"
#include "cxs/signal_detector.hpp"
#include "cxs/source_kind.hpp"
#include "cxs/text_decoder.hpp"

namespace cxs {
namespace {

constexpr auto lower = [](std::string_view text) { return detail::ascii_lower(text); };
constexpr auto trim = [](std::string_view text) { return detail::trim_blanks(text); };

constexpr std::size_t kSniffBytes = 64 << 10;

std::span<const std::uint8_t> bytes_of(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

/// "Summary" rows some tools append below the data: "Total", "Average", 合計.
bool is_summary_row(std::span<const std::string_view> fields) {
  std::string_view first;
  for (const auto field : fields) {
    if (!trim(field).empty()) {
      first = trim(field);
      break;
    }
  }
  if (first.size() > 11) return false;  // longer than "grand total": no lower-case copy per row
  const std::string word = lower(first);
  return word == "total" || word == "totals" || word == "average" || word == "summary" ||
         word == "grand total" || word == "count" || word == "mean" || word == "median" ||
         first == "合計" || first == "平均" || first == "総計";
}

/// Form tools that export answers as a list of typed objects (Typeform:
/// answers[] = {field: {ref}, type: "number", number: 9}) get one column per question,
/// "answers.<ref>", so the roles can be read from the question's ref like a CSV header.
/// The JSON reader keeps the elements of answers[].* line-aligned, which makes this a split.
void pivot_typed_answers(std::vector<FlatField>& fields) {
  std::vector<FlatField> added;
  for (const FlatField& field : fields) {
    if (!field.key.ends_with("[].field.ref")) continue;
    const std::string prefix = field.key.substr(0, field.key.size() - 12);  // "answers"
    const auto find = [&](const std::string& key) -> const FlatField* {
      for (const FlatField& f : fields) {
        if (f.key == key) return &f;
      }
      return nullptr;
    };
    const FlatField* types = find(prefix + "[].type");
    if (types == nullptr) continue;
    const auto refs = detail::split_lines(field.value);
    const auto type_of = detail::split_lines(types->value);
    for (std::size_t i = 0; i < refs.size() && i < type_of.size(); ++i) {
      for (const std::string suffix : {"", ".label", ".labels"}) {
        const FlatField* values = find(prefix + "[]." + std::string(type_of[i]) + suffix);
        if (values == nullptr) continue;
        const auto cells = detail::split_lines(values->value);
        if (i < cells.size())
          added.push_back({prefix + "." + std::string(refs[i]), std::string(cells[i])});
        break;
      }
    }
  }
  fields.insert(fields.end(), added.begin(), added.end());
}

/// Whether `row` is a second header row: it repeats the header's text in at least two columns
/// and in a fifth of the named ones, and differs elsewhere (a data row repeats no header).
bool repeats_fixed_columns(std::span<const std::string> header, std::span<const std::string> row) {
  std::size_t named = 0, same = 0, different = 0;
  for (std::size_t i = 0; i < header.size() && i < row.size(); ++i) {
    if (detail::trim_blanks(header[i]).empty()) continue;
    ++named;
    if (row[i] == header[i]) {
      ++same;
    } else if (!detail::trim_blanks(row[i]).empty()) {
      ++different;
    }
  }
  return same >= 2 && same * 5 >= named && different > 0;
}

/// A collection found one level inside a document's top object, split into its records.
struct NestedCollection {
  std::string name;  ///< the array's own key ("conversations")
  std::vector<std::vector<FlatField>> records;
};

/// The arrays of objects nested one object down in a single-record document ("_embedded.
/// conversations[].id", "data.tickets[].subject"), each element made a record again. The JSON
/// reader keeps the elements of `key[].sub` fields line-aligned (json_reader.hpp), so element
/// i is line i of every field under the same array. Arrays at the top of the record
/// ("answers[]") belong to that one record and are left alone.
std::vector<NestedCollection> nested_collections(std::span<const FlatField> fields) {
  std::vector<NestedCollection> out;
  std::map<std::string, std::vector<const FlatField*>> groups;
  for (const FlatField& field : fields) {
    const std::size_t array = field.key.find("[].");
    if (array == std::string::npos) continue;
    const std::string prefix = field.key.substr(0, array);
    if (prefix.find('.') == std::string::npos || prefix.find("[]") != std::string::npos) continue;
    groups[prefix].push_back(&field);
  }
  for (const auto& [prefix, members] : groups) {
    if (members.size() < 2) continue;  // one field is a list of values, not records
    NestedCollection collection;
    collection.name = prefix.substr(prefix.rfind('.') + 1);
    for (const FlatField* field : members) {
      const std::string key = field->key.substr(prefix.size() + 3);
      const auto lines = detail::split_lines(field->value);
      if (collection.records.size() < lines.size()) collection.records.resize(lines.size());
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].empty()) collection.records[i].push_back({key, std::string(lines[i])});
      }
    }
    out.push_back(std::move(collection));
  }
  return out;
}

/// The tool a file came from, when its columns say so: ids of one tool link across its
/// exports (a Zendesk CSV and a Zendesk JSON), never across tools.
std::string tool_scope(std::span<const std::string> header, const std::string& file_name) {
  bool requester = false, lineitem = false, lifecycle = false, record_id = false, parts = false,
       hidden = false;
  for (const std::string& raw : header) {
    const std::string h = lower(raw);
    requester |= h.find("requester") != std::string::npos;
    lineitem |= h.find("lineitem") != std::string::npos || h == "financial status";
    lifecycle |= h.find("lifecycle stage") != std::string::npos;
    record_id |= h == "record id";
    parts |= h.find("conversation_parts") != std::string::npos;
    hidden |= h.starts_with("hidden.");
  }
  if (requester) return "zendesk";
  if (lineitem) return "shopify";
  if (lifecycle && record_id) return "hubspot";
  if (parts) return "intercom";
  if (hidden) return "typeform";
  return file_name;
}

/// FNV-1a (64-bit) of the header cells joined by U+001F, as 16 hex digits: the same columns
/// in the same order give the same signature on every build and machine.
std::string header_signature(std::span<const std::string> header) {
  detail::Fnv1a fnv;
  for (const std::string& cell : header) {
    fnv.add(cell);
    fnv.add(0x1F);
  }
  std::uint64_t hash = fnv.hash;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return out;
}

}  // namespace

/// Shared by every source of one run: the customer graph and the company's own addresses.
struct Analysis::Shared {
  explicit Shared(std::size_t max_timeline) : customers(max_timeline) {}
  CustomerGraph customers;
  ActivityLog activity;
  std::optional<SignalDetector> signals;
};

/// One table of a source: a CSV file, one JSON collection, or a mailbox.
struct Table {
  std::string collection;
  bool header_read = false;
  bool mapped = false;
  bool fixed_header = false;        ///< JSON keys or mail fields: no header row in the data
  std::vector<std::string> header;  ///< display text per column
  std::unordered_map<std::string, std::size_t> key_columns;  ///< JSON key → column
  std::vector<std::vector<std::string>> sample;
  std::vector<SourceRef> sample_at;
  std::optional<RowInterpreter> interpreter;
  SourceKind kind = SourceKind::unknown;
  KindDecision kind_decision;
  bool kind_forced = false;  ///< set by the mapping option
  std::string signature;     ///< header_signature() of the display header
  SourceMapping mapping;
  std::uint64_t rows = 0;
  std::uint64_t rows_rejected = 0;
  std::set<std::string> order_ids;
  NpsCounts nps;
  CsatCounts csat;
  CesAnswers ces{};
};

class Analysis::SourceState final : public RecordSink, public JsonRecordSink, public MailSink {
 public:
  SourceState(std::string name, std::uint32_t index, const AnalysisOptions& options, Shared& shared)
      : options_(options), shared_(shared), index_(index) {
    report_.name = std::move(name);
    const auto it = options.mapping.find(report_.name);
    if (it != options.mapping.end()) {
      override_ = it->second;
      has_name_override_ = true;
    }
  }

  void feed(std::span<const std::uint8_t> chunk) {
    report_.bytes += chunk.size();
    if (!started_) {
      sniff_buffer_.insert(sniff_buffer_.end(), chunk.begin(), chunk.end());
      if (sniff_buffer_.size() >= kSniffBytes) start();
      return;
    }
    push(chunk);
  }

  SourceReport finish() {
    if (!started_) start();
    if (transcoder_) {
      text_.clear();
      transcoder_->finish(text_);
      to_reader(bytes_of(text_));
    }
    if (csv_) csv_->finish(*this);
    if (json_) json_->finish(*this);
    if (mail_) mail_->finish(*this);
    if (transcoder_ && transcoder_->invalid_sequences() > 0) {
      add_issue(issue_of(IssueCode::invalid_utf8, {}, {}, {},
                         Message("issue.invalid_utf8.replaced")
                             .count("sequences", transcoder_->invalid_sequences())
                             .text("encoding", report_.encoding)));
    }
    // The count of records left out is known only now.
    if (records_over_limit_ > 0 && limit_issue_ < report_.issues.size()) {
      Issue& issue = report_.issues[limit_issue_];
      issue.message_msg = Message("issue.too_many_records.left_out")
                              .nested("first", std::move(issue.message_msg))
                              .count("left_out", records_over_limit_);
      issue.message = english(issue.message_msg);
    }
    if (mail_) find_mailbox();
    for (auto& [collection, table] : tables_) {
      if (!table.mapped) decide(table);
    }
    summarise_tables();
    return std::move(report_);
  }

  // CSV
  void on_record(const CsvRecord& record) override {
    add_row(tables_[""], record.fields, record.at);
  }
  void on_issue(Issue issue) override { add_issue(std::move(issue)); }

  // JSON
  void on_record(const JsonRecord& record) override {
    // A whole document that is one object: its collections may sit one level down
    // (HAL's {"_embedded": {"conversations": [...]}}, {"data": {"tickets": [...]}}).
    if (record.collection.empty() && json_ && json_->layout() == JsonLayout::array) {
      std::vector<NestedCollection> nested = nested_collections(record.fields);
      if (!nested.empty()) {
        for (NestedCollection& collection : nested) {
          for (std::size_t i = 0; i < collection.records.size(); ++i) {
            take_json_record(collection.name, collection.records[i],
                             {static_cast<std::uint64_t>(i + 1), record.at.line});
          }
        }
        return;
      }
    }
    take_json_record(record.collection, record.fields, record.at);
  }

  void take_json_record(std::string_view collection, std::span<const FlatField> fields,
                        SourceRef at) {
    Table& table = tables_[std::string(collection)];
    table.collection = std::string(collection);
    table.fixed_header = true;
    table.header_read = true;
    views_.clear();
    json_fields_.assign(fields.begin(), fields.end());
    pivot_typed_answers(json_fields_);
    for (const FlatField& field : json_fields_) {
      auto [it, inserted] = table.key_columns.try_emplace(field.key, table.header.size());
      if (inserted) table.header.push_back(field.key);
      if (views_.size() <= it->second) views_.resize(it->second + 1);
      views_[it->second] = field.value;
    }
    add_row(table, views_, at);
  }

  // Mail: every message is a row of a fixed table; the customer is the sender, or for the
  // company's own replies nobody (the reply is staff text).
  void on_message(const MailMessage& message) override {
    Table& table = tables_[""];
    if (!table.header_read) {
      table.header = {"From", "From name", "To", "Subject", "Date", "Message-ID", "Body"};
      table.header_read = table.fixed_header = true;
    }
    ++mailbox_to_[lower(message.to.empty() ? std::string() : message.to.front().address)];
    mail_fields_ = {
        message.from.address,
        message.from.name,
        message.to.empty() ? std::string() : message.to.front().address,
        message.subject,
        message.date,
        message.message_id,
        message.body_text.substr(0, std::min<std::size_t>(message.new_text_bytes, 2000))};
    views_.assign(mail_fields_.begin(), mail_fields_.end());
    add_row(table, views_, message.at);
  }

 private:
  void start() {
    started_ = true;
    const std::span<const std::uint8_t> sample(sniff_buffer_.data(), sniff_buffer_.size());
    EncodingGuess encoding = detect_encoding(sample);
    if (!override_.encoding.empty()) {
      if (const auto forced = encoding_from_label(override_.encoding))
        encoding = {*forced, false, 1.0};
    }
    report_.encoding = to_string(encoding.encoding);
    report_.bom = encoding.bom;
    // Mail declares its charsets per part: it is read from the raw bytes.
    const FormatGuess raw_format =
        sniff_format(std::string_view(reinterpret_cast<const char*>(sample.data()), sample.size()),
                     report_.name);
    if (raw_format.format == SourceFormat::mbox || raw_format.format == SourceFormat::eml) {
      report_.format = to_string(raw_format.format);
      mail_.emplace(raw_format.format == SourceFormat::mbox ? MailFormat::mbox : MailFormat::eml);
      kind_hint_ = SourceKind::conversations;
    } else {
      if (encoding.encoding != Encoding::utf8) transcoder_.emplace(encoding.encoding);
      std::string utf8_sample;
      if (transcoder_) {
        Utf8Transcoder probe(encoding.encoding);
        probe.feed(sample, utf8_sample);
      } else {
        utf8_sample.assign(reinterpret_cast<const char*>(sample.data()), sample.size());
      }
      FormatGuess format = sniff_format(utf8_sample, report_.name);
      if (!override_.delimiter.empty()) {
        format.format = override_.delimiter == "\t" ? SourceFormat::tsv : SourceFormat::csv;
        format.delimiter = override_.delimiter[0];
      }
      report_.format = to_string(format.format);
      if (format.format == SourceFormat::json || format.format == SourceFormat::ndjson) {
        json_.emplace(JsonOptions{format.format == SourceFormat::ndjson ? JsonLayout::ndjson
                                                                        : JsonLayout::array});
        skip_bom_ = true;
      } else {
        csv_.emplace(CsvOptions{.delimiter = format.delimiter});
      }
    }
    std::vector<std::uint8_t> held = std::move(sniff_buffer_);
    sniff_buffer_ = {};
    push(held);
  }

  void push(std::span<const std::uint8_t> chunk) {
    if (!transcoder_) {
      to_reader(chunk);
      return;
    }
    text_.clear();
    transcoder_->feed(chunk, text_);
    to_reader(bytes_of(text_));
  }

  void to_reader(std::span<const std::uint8_t> chunk) {
    if (skip_bom_) {
      // JSON readers do not expect a BOM; drop it once, even if it arrives split.
      static constexpr std::uint8_t kBom[] = {0xEF, 0xBB, 0xBF};
      while (!chunk.empty() && bom_seen_ < 3 && chunk[0] == kBom[bom_seen_]) {
        chunk = chunk.subspan(1);
        ++bom_seen_;
      }
      if (!chunk.empty()) skip_bom_ = false;
    }
    if (chunk.empty()) return;
    if (csv_) csv_->feed(chunk, *this);
    if (json_) json_->feed(chunk, *this);
    if (mail_) mail_->feed(chunk, *this);
  }

  void add_row(Table& table, std::span<const std::string_view> fields, SourceRef at) {
    if (!table.header_read) {
      table.header.assign(fields.begin(), fields.end());
      table.header_read = true;
      return;
    }
    // Past the limit a record is only counted: the reader still runs to the end, so the issue
    // can say how many were left out, but nothing of the record is kept.
    if (records_taken_ >= options_.max_records_per_source) {
      if (records_over_limit_++ == 0) {
        limit_issue_ = report_.issues.size();
        add_issue(issue_of(
            IssueCode::too_many_records, at, {}, {},
            Message("issue.too_many_records").count("max", options_.max_records_per_source)));
      }
      return;
    }
    ++records_taken_;
    if (table.mapped) {
      take_row(table, fields, at);
      return;
    }
    table.sample.emplace_back(fields.begin(), fields.end());
    table.sample_at.push_back(at);
    // Mail waits for the whole mailbox: which address is the company's is learnt from it.
    if (!mail_ && table.sample.size() >= options_.mapping_sample_rows) decide(table);
  }

  /// Multi-row headers, then roles, kind and the interpreter; then the sample is replayed.
  void decide(Table& table) {
    if (!table.fixed_header) skip_preamble(table);
    const std::vector<std::string> raw_header = table.header;
    std::vector<std::string> detect_header = table.header;
    std::size_t header_rows_in_sample = 0;
    if (!table.fixed_header && !table.sample.empty()) {
      const auto& second = table.sample[0];
      const bool qualtrics =
          table.sample.size() >= 2 &&
          std::any_of(table.sample[1].begin(), table.sample[1].end(),
                      [](const std::string& cell) { return cell.starts_with("{\"ImportId\""); });
      // SurveyMonkey's second header row: "Response" over single answers, "Open-Ended
      // Response" over text ("回答" and "自由回答" when exported from the Japanese UI).
      const auto answer_marker = [](const std::string& c) {
        return c == "Response" || c == "Open-Ended Response" || c == "回答" || c == "自由回答";
      };
      const bool surveymonkey = std::any_of(second.begin(), second.end(), answer_marker);
      if (qualtrics) {
        // Row 1 column ids (Q1, Q1_NPS_GROUP), row 2 question texts, row 3 ImportIds.
        for (std::size_t i = 0; i < table.header.size(); ++i) {
          const std::string text = i < second.size() ? second[i] : std::string();
          detect_header[i] = table.header[i] + " | " + text;
          if (!text.empty()) table.header[i] = text + " [" + table.header[i] + "]";
        }
        header_rows_in_sample = 2;
      } else if (surveymonkey) {
        // Row 1 questions (blank where a question spans columns), row 2 options/"Response".
        std::string question;
        for (std::size_t i = 0; i < table.header.size(); ++i) {
          if (!table.header[i].empty()) question = table.header[i];
          const std::string option = i < second.size() ? second[i] : std::string();
          const bool plain = option.empty() || answer_marker(option);
          table.header[i] = plain ? question : question + " - " + option;
          detect_header[i] = table.header[i];
        }
        header_rows_in_sample = 1;
      } else if (repeats_fixed_columns(table.header, second)) {
        // A second header row that repeats the fixed columns' names and spells out the
        // others ("Q1" over its question text): both rows name the column.
        for (std::size_t i = 0; i < table.header.size(); ++i) {
          const std::string text = i < second.size() ? second[i] : std::string();
          if (text.empty() || text == table.header[i]) continue;
          detect_header[i] = table.header[i] + " | " + text;
          table.header[i] = text;
        }
        header_rows_in_sample = 1;
      }
    }
    table.sample.erase(table.sample.begin(),
                       table.sample.begin() + static_cast<std::ptrdiff_t>(header_rows_in_sample));
    table.sample_at.erase(
        table.sample_at.begin(),
        table.sample_at.begin() + static_cast<std::ptrdiff_t>(header_rows_in_sample));

    table.signature = header_signature(table.header);
    // The user's fix: by file name, else by header signature (the page remembers fixes so).
    SourceOverride fix = override_;
    if (!has_name_override_) {
      const auto by_signature = options_.mapping.find("sig:" + table.signature);
      if (by_signature != options_.mapping.end()) fix = by_signature->second;
    }
    // A fix names a column by the header the report shows, or by its first header row.
    MappingOverride forced;
    for (const auto& [name, role] : fix.columns) {
      for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (name == table.header[i] || name == detect_header[i] ||
            (i < raw_header.size() && name == raw_header[i]))
          forced.columns[detect_header[i]] = role;
      }
    }
    if (mail_) {
      // The customer is the sender, or the recipient of the company's own messages.
      for (auto& row : table.sample) {
        if (row.size() > 2 && is_company_address(row[0])) {
          row[0] = row[2];
          row[1].clear();
        }
      }
      table.mapping.columns = {
          {0, "From", Role::customer_email, 1.0, "mail sender", nullptr, {}},
          {1, "From name", Role::customer_name, 1.0, "mail sender's name", nullptr, {}},
          {3, "Subject", Role::subject, 1.0, "mail subject", nullptr, {}},
          {4, "Date", Role::created_at, 1.0, "mail date", nullptr, {}},
          {5, "Message-ID", Role::record_id, 1.0, "mail message id", nullptr, {}},
          {6, "Body", Role::body, 1.0, "mail body (new text, quotes removed)", nullptr, {}}};
    } else {
      table.mapping =
          detect_column_roles(detect_header, table.sample, forced, options_.company_domains);
      for (ColumnRole& column : table.mapping.columns) column.header = table.header[column.index];
      for (ColumnSummary& column : table.mapping.all) column.header = table.header[column.index];
    }
    if (kind_hint_ != SourceKind::unknown) {
      table.kind_decision = KindDecision{};
      table.kind_decision.kind = kind_hint_;
      table.kind_decision.confidence = 1.0;
      table.kind_decision.margin = 1.0;
      table.kind_decision.evidence_msg = Message("kind.evidence.mail");
      table.kind_decision.evidence = english(table.kind_decision.evidence_msg);
    } else {
      table.kind_decision = classify_source(table.mapping, table.collection, detect_header);
    }
    table.kind = table.kind_decision.kind;
    if (!fix.kind.empty()) {
      for (int k = 0; k <= static_cast<int>(SourceKind::mentions); ++k) {
        if (fix.kind == to_string(static_cast<SourceKind>(k))) {
          table.kind = static_cast<SourceKind>(k);
          table.kind_forced = true;
        }
      }
    }
    promote_contact_id(table);  // once the kind is final, the user's or the detector's
    table.interpreter.emplace(table.mapping, table.kind, index_, scope_for(table.header),
                              table.sample, table.header);
    table.mapped = true;
    std::vector<std::string_view> views;
    for (std::size_t i = 0; i < table.sample.size(); ++i) {
      views.assign(table.sample[i].begin(), table.sample[i].end());
      take_row(table, views, table.sample_at[i]);
    }
    table.sample.clear();
    table.sample.shrink_to_fit();
    table.sample_at.clear();
  }

  void take_row(Table& table, std::span<const std::string_view> fields, SourceRef at) {
    if (std::all_of(fields.begin(), fields.end(),
                    [](std::string_view f) { return trim(f).empty(); })) {
      return;  // a row of empty cells ("\t\t\t") is a blank line
    }
    // Report footers ("Generated By: ...", a copyright line) are one cell wide.
    const bool footer = !table.fixed_header && fields.size() == 1 && table.header.size() >= 3;
    if (footer || is_summary_row(fields)) {
      add_issue(issue_of(IssueCode::summary_row, at, {}, std::string(trim(fields[0])),
                         Message("issue.summary_row")));
      return;
    }
    ++table.rows;
    if (!table.fixed_header && fields.size() != table.header.size()) {
      add_issue(issue_of(IssueCode::ragged_row, at, {}, {},
                         Message("issue.ragged_row")
                             .count("fields", fields.size())
                             .count("header", table.header.size())));
    }
    RowInterpreter::Output out = table.interpreter->read(fields, at);
    for (Issue& issue : out.issues) add_issue(std::move(issue));
    for (const std::string& email : out.staff_emails) note_company_address(email);
    if (out.rejected) ++table.rows_rejected;
    if (!out.event.order_id.empty()) table.order_ids.insert(out.event.order_id);
    if (out.event.nps) table.nps.add(*out.event.nps);
    if (out.event.csat_satisfied) table.csat.add(*out.event.csat_satisfied);
    if (out.event.ces) ++table.ces[static_cast<std::size_t>(*out.event.ces)];
    if (table.kind != SourceKind::unknown) {
      const std::uint32_t node = shared_.customers.add(out.event);
      shared_.activity.add(out.event, node);
      if (shared_.signals) shared_.signals->observe(out.event, node);
    }
  }

  void summarise_tables() {
    // The main table names the source; side-loaded collections (Zendesk users) add rows.
    const Table* main = nullptr;
    NpsCounts nps;
    CsatCounts csat;
    CesAnswers ces{};
    for (const auto& [collection, table] : tables_) {
      for (std::size_t i = 0; i < ces.size(); ++i) ces[i] += table.ces[i];
      if (!main || (main->kind == SourceKind::contacts && table.kind != SourceKind::contacts) ||
          (table.kind == main->kind && table.rows > main->rows)) {
        main = &table;
      }
      nps += table.nps;
      csat += table.csat;
    }
    if (main) {
      report_.kind = to_string(main->kind);
      report_.header_signature = main->signature;
      report_.kind_confidence = main->kind_forced ? 1.0 : main->kind_decision.confidence;
      report_.kind_runner_up =
          main->kind_forced || main->kind_decision.runner_up == SourceKind::unknown
              ? std::string()
              : to_string(main->kind_decision.runner_up);
      report_.kind_evidence_msg = main->kind_forced ? Message("kind.evidence.set_by_mapping")
                                                    : main->kind_decision.evidence_msg;
      report_.kind_evidence =
          main->kind_forced ? english(report_.kind_evidence_msg) : main->kind_decision.evidence;
      const KindFeatures& features = main->kind_decision.features;
      for (std::size_t f = 0; f < features.names.size(); ++f)
        report_.kind_features.emplace_back(features.names[f], features.values[f]);
      report_uncertainty(*main);
      report_.rows = main->rows;
      report_.rows_rejected = main->rows_rejected;
      report_.orders = main->order_ids.size();
      report_.mapping = main->mapping;
      for (const auto& [collection, table] : tables_) {
        if (&table == main) continue;
        report_.collections.push_back(
            {collection, to_string(table.kind), table.rows, table.mapping});
      }
    }
    if (auto estimate = estimate_nps(nps)) report_.nps = std::move(estimate).value();
    if (auto estimate = estimate_csat(csat)) report_.csat = std::move(estimate).value();
    const CesCounts ces_counts = ces_counts_on_implied_scale(ces);
    if (auto estimate = estimate_ces(ces_counts)) {
      report_.ces = std::move(estimate).value();
      report_.ces_counts = ces_counts;
    }
    if (!main && report_.issue_counts.empty()) {
      add_issue(issue_of(IssueCode::empty_file, {1, 1}, {}, {}, Message("issue.empty_file")));
    } else if (main && main->kind == SourceKind::unknown) {
      add_issue(issue_of(IssueCode::unknown_kind, {1, 1}, {}, {}, Message("issue.unknown_kind")));
    }
  }

  /// Report tools write a title block above the header ("Report:", "Query:", "From:" lines of
  /// one or two cells, then a blank line). When the first row is far narrower than the rows
  /// below, the header is the first row about as wide as the data; the lines above it are a
  /// preamble, reported once, not rows.
  void skip_preamble(Table& table) {
    const auto filled = [](std::span<const std::string> row) {
      return static_cast<std::size_t>(std::count_if(
          row.begin(), row.end(), [](const std::string& c) { return !trim(c).empty(); }));
    };
    if (table.sample.size() < 3) return;
    std::map<std::size_t, std::size_t> widths;  // cells per row → rows, among table-like rows
    for (const auto& row : table.sample) {
      if (row.size() >= 4) ++widths[row.size()];
    }
    if (widths.empty()) return;
    const std::size_t modal = std::max_element(widths.begin(), widths.end(), [](auto& a, auto& b) {
                                return a.second < b.second;
                              })->first;
    if (modal < 4 || filled(table.header) * 2 > modal) return;
    for (std::size_t i = 0; i < table.sample.size(); ++i) {
      if (filled(table.sample[i]) * 5 < modal * 4) continue;
      const SourceRef at = table.sample_at[i];
      add_issue(issue_of(IssueCode::preamble, at, {}, {},
                         Message("issue.preamble").count("lines", at.row - 1)));
      table.header = std::move(table.sample[i]);
      table.sample.erase(table.sample.begin(),
                         table.sample.begin() + static_cast<std::ptrdiff_t>(i + 1));
      table.sample_at.erase(table.sample_at.begin(),
                            table.sample_at.begin() + static_cast<std::ptrdiff_t>(i + 1));
      return;
    }
  }

  /// In a list of contacts (a CRM export, side-loaded users) the record is the customer, so
  /// its own id is the customer's id in the tool: side-loaded users link to the tickets that
  /// name them (Zendesk requester_id → users[].id).
  static void promote_contact_id(Table& table) {
    if (table.kind != SourceKind::contacts) return;
    for (ColumnRole& column : table.mapping.columns) {
      if (column.role != Role::record_id) continue;
      column.role = Role::customer_id;
      set_evidence(
          column,
          Message("mapping.evidence.contact_own_id").nested("evidence", column.evidence_msg));
    }
    // Its external id is the same person's id in the company's own system.
    for (const ColumnSummary& summary : table.mapping.all) {
      const std::string h = lower(summary.header);
      const bool mapped =
          std::any_of(table.mapping.columns.begin(), table.mapping.columns.end(),
                      [&](const ColumnRole& c) { return c.index == summary.index; });
      if (mapped || !(h.ends_with("external_id") || h.ends_with("external id"))) continue;
      ColumnRole external{summary.index, summary.header, Role::customer_id, 0.6, "", nullptr, {}};
      set_evidence(external, Message("mapping.evidence.contact_external_id"));
      table.mapping.columns.push_back(std::move(external));
    }
    std::sort(table.mapping.columns.begin(), table.mapping.columns.end(),
              [](const ColumnRole& a, const ColumnRole& b) { return a.index < b.index; });
  }

  /// uncertain_kind and uncertain_role issues for the main table: what to check, and the
  /// alternatives, so the user can fix it in the mapping view.
  void report_uncertainty(const Table& table) {
    if (!table.kind_forced && table.kind_decision.uncertain()) {
      report_.uncertain = true;
      Message could_be("issue.uncertain_kind");
      could_be.text("kind", to_string(table.kind_decision.kind));
      if (table.kind_decision.runner_up == SourceKind::unknown) {
        could_be.nested("runner_up", Message("issue.uncertain_kind.something_else"));
      } else {
        could_be.text("runner_up", to_string(table.kind_decision.runner_up));
      }
      add_issue(issue_of(IssueCode::uncertain_kind, {}, {}, to_string(table.kind_decision.kind),
                         std::move(could_be)));
    }
    for (const RoleDoubt& doubt : table.mapping.doubts) {
      report_.uncertain = true;
      add_issue(issue_of(IssueCode::uncertain_role, {}, table.header[doubt.chosen],
                         to_string(doubt.role),
                         Message("issue.uncertain_role")
                             .text("chosen", table.header[doubt.chosen])
                             .text("role", to_string(doubt.role))
                             .text("rival", table.header[doubt.rival])));
    }
  }

  /// One scope for all tables of a file (Zendesk tickets and side-loaded users share ids).
  const std::string& scope_for(std::span<const std::string> header) {
    if (scope_.empty()) scope_ = tool_scope(header, report_.name);
    return scope_;
  }

  /// The mailbox is the address most messages were sent to; it and its domain (unless a
  /// webmail domain) are the company's.
  void find_mailbox() {
    std::uint64_t most = 1;
    for (const auto& [address, count] : mailbox_to_) {
      if (!address.empty() && count > most) {
        mailbox_ = address;
        most = count;
      }
    }
    if (auto email = normalise_email(mailbox_)) {
      mailbox_ = *email;
      note_company_address(*email);
    }
  }

  /// A staff or mailbox address is the company's, and so is its domain unless it is webmail.
  void note_company_address(const std::string& email) {
    shared_.customers.add_company_email(email);
    const std::string_view domain = email_domain(email);
    if (!is_webmail_domain(domain)) shared_.customers.add_company_domain(std::string(domain));
  }

  bool is_company_address(std::string_view address) const {
    const auto email = normalise_email(address);
    if (!email) return false;
    if (*email == mailbox_) return true;
    const std::string_view domain = email_domain(*email);
    if (!mailbox_.empty() && !is_webmail_domain(domain) && domain == email_domain(mailbox_))
      return true;
    return std::find(options_.company_domains.begin(), options_.company_domains.end(), domain) !=
           options_.company_domains.end();
  }

  void add_issue(Issue issue) {
    ++report_.issue_counts[issue.code];
    if (report_.issues.size() < options_.max_issues_per_source) {
      report_.issues.push_back(std::move(issue));
    }
  }

  const AnalysisOptions& options_;
  Shared& shared_;
  std::uint32_t index_;
  std::uint64_t records_taken_ = 0;       ///< data records admitted (max_records_per_source)
  std::uint64_t records_over_limit_ = 0;  ///< and those past the limit, only counted
  std::size_t limit_issue_ = 0;           ///< index of the too_many_records issue
  SourceOverride override_;
  bool has_name_override_ = false;
  SourceReport report_;
  bool started_ = false;
  std::vector<std::uint8_t> sniff_buffer_;
  std::optional<Utf8Transcoder> transcoder_;
  std::string text_;
  bool skip_bom_ = false;
  int bom_seen_ = 0;
  std::optional<CsvReader> csv_;
  std::optional<JsonReader> json_;
  std::optional<MailReader> mail_;
  SourceKind kind_hint_ = SourceKind::unknown;
  std::map<std::string, Table> tables_;
  std::vector<std::string_view> views_;
  std::vector<std::string> mail_fields_;
  std::vector<FlatField> json_fields_;
  std::string scope_;  ///< namespace of tool ids, decided with the first table's roles
  std::map<std::string, std::uint64_t> mailbox_to_;
  std::string mailbox_;
};

namespace {

std::vector<std::string> strings_of(const nlohmann::json& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace

Result<AnalysisOptions> parse_analysis_options(std::string_view json_text) {
  // The schema (core/data/schemas/options.schema.json) has checked every type, range and key
  // before this reads them, so the reads below cannot throw; what the schema cannot say
  // (which charset labels exist) is checked here, with the same path spelling.
  auto read = read_options_json(json_text);
  if (!read) return read.error();
  const nlohmann::json& json = read.value();
  AnalysisOptions options;
  for (const auto& [key, value] : json.items()) {
    if (key == "as_of") {
      options.as_of = value.get<std::string>();
    } else if (key == "calibration_end") {
      options.calibration_end = value.get<std::string>();
    } else if (key == "horizon_weeks") {
      options.horizon_weeks = value.get<int>();
    } else if (key == "competitors") {
      options.competitors = strings_of(value);
    } else if (key == "own_accounts") {
      options.own_accounts = strings_of(value);
    } else if (key == "influencer_min_followers") {
      options.influencer_min_followers = value.get<double>();
    } else if (key == "lexicon" || key == "routes" || key == "model") {
      (key == "lexicon"  ? options.lexicon_edits
       : key == "routes" ? options.routes
                         : options.intent_model) = value.dump();
    } else if (key == "max_records_per_source") {
      options.max_records_per_source = value.get<std::uint64_t>();
    } else if (key == "max_issues_per_source" || key == "mapping_sample_rows" ||
               key == "max_profiles") {
      (key == "max_issues_per_source" ? options.max_issues_per_source
       : key == "mapping_sample_rows" ? options.mapping_sample_rows
                                      : options.max_profiles) = value.get<std::size_t>();
    } else if (key == "company_domains") {
      for (const auto& domain : value)
        options.company_domains.push_back(lower(domain.get<std::string>()));
    } else if (key == "mapping") {
      for (const auto& [file, spec] : value.items()) {
        SourceOverride source;
        source.kind = spec.value("kind", "");
        source.encoding = spec.value("encoding", "");
        source.delimiter = spec.value("delimiter", "");
        if (!source.encoding.empty() && !encoding_from_label(source.encoding)) {
          std::string readable;  // the names of the Encoding enum, so the list cannot drift
          for (int e = 0; e <= static_cast<int>(Encoding::windows_1252); ++e)
            readable += std::string(e > 0 ? ", " : "") + to_string(static_cast<Encoding>(e));
          return Error{ErrorCode::invalid_options,
                       "mapping[" + nlohmann::json(file).dump() +
                           "].encoding: expected a charset this version reads (" + readable +
                           "), got " + nlohmann::json(source.encoding).dump()};
        }
        if (const auto columns = spec.find("columns"); columns != spec.end()) {
          for (const auto& [header, role] : columns->items())
            source.columns[header] = role.get<std::string>();
        }
        options.mapping[file] = std::move(source);
      }
    }
  }
  return options;
}

Analysis::Analysis(AnalysisOptions options)
    : options_(std::move(options)), shared_(std::make_unique<Shared>(options_.max_timeline)) {
  start();
}

void Analysis::start() {
  // as_of is resolved once, by the caller (the core reads no clock: the CLI and the npm API
  // pass today's date), and every stage reads this one value. Without it, recency windows
  // would count from 1970 and signals would silently vanish.
  if (!days_from_iso_date(options_.as_of)) {
    error_ = Error{
        ErrorCode::invalid_options,
        options_.as_of.empty()
            ? "as_of is required: the date the analysis is as of, written YYYY-MM-DD."
            : "as_of: expected a calendar date written YYYY-MM-DD, got \"" + options_.as_of + "\""};
    return;
  }
  for (const auto& domain : options_.company_domains) shared_->customers.add_company_domain(domain);
  start_signals();
}

SignalOptions signal_options(const AnalysisOptions& options) {
  return {.as_of = options.as_of,
          .competitors = options.competitors,
          .lexicon_edits = options.lexicon_edits,
          .routes = options.routes,
          .company_domains = options.company_domains,
          .own_accounts = options.own_accounts,
          .influencer_min_followers = options.influencer_min_followers,
          .intent_model = options.intent_model};
}

void Analysis::start_signals() {
  auto detector = SignalDetector::create(signal_options(options_));
  if (detector) {
    shared_->signals = std::move(detector).value();
  } else if (!error_) {
    error_ = detector.error();
  }
}

Analysis::Analysis(const std::string& options_json)
    : shared_(std::make_unique<Shared>(options_.max_timeline)) {
  auto parsed = parse_analysis_options(options_json);
  if (!parsed) {
    error_ = parsed.error();
    return;
  }
  options_ = std::move(parsed).value();
  start();
}

Analysis::~Analysis() = default;

void Analysis::add_source(const std::string& name) {
  if (error_ || finished_) return;
  sources_.push_back(std::make_unique<SourceState>(
      name, static_cast<std::uint32_t>(sources_.size()), options_, *shared_));
}

void Analysis::feed_bytes(std::span<const std::uint8_t> chunk) {
  if (error_ || finished_) return;  // finish() reports why; reading on would be wasted work
  if (sources_.empty()) {
    error_ = Error{ErrorCode::no_source, "feed() before add_source()."};
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
  if (finished_) {
    return Error{ErrorCode::already_finished,
                 "finish() was called twice: an Analysis gives one report; start a new one."};
  }
  finished_ = true;
  if (error_) return *error_;
  std::vector<SourceReport> reports;
  reports.reserve(sources_.size());
  for (const auto& source : sources_) reports.push_back(source->finish());
  sources_.clear();
  Report report = summarise(options_.as_of, std::move(reports));
  auto customers = shared_->customers.customers(options_.max_profiles);
  report.customer_count = customers.count;
  report.customers = std::move(customers.profiles);
  report.insights = compute_insights(shared_->activity, customers.customer_of_node, customers.count,
                                     {.as_of = options_.as_of,
                                      .calibration_end = options_.calibration_end,
                                      .horizon_weeks = options_.horizon_weeks});
  if (shared_->signals) {
    std::vector<std::string> names;
    for (const SourceReport& source : report.sources) names.push_back(source.name);
    report.signals = shared_->signals->finish(shared_->activity, customers.customer_of_node,
                                              customers.ids, report.insights, names, report.health);
  }
  return report;
}

std::string Analysis::finish_json() {
  const auto report = finish();
  return report ? to_json_text(report.value()) : error_json_text(report.error());
}

}  // namespace cxs
