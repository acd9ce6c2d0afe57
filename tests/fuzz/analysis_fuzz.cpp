// Fuzzes the whole pipeline (cxs::Analysis, analysis.hpp) on small inputs: the first byte picks
// the file name's extension and how the rest is cut into 1-3 chunks; then finish() and the
// report written as JSON text (report.hpp). Asserts only that nothing crashes and that the
// report holds no number JSON cannot spell (NaN, Infinity, nan, inf): every bare token outside
// strings is a JSON number, true, false or null; and that it validates against the report
// schema (contract.hpp), so no NaN slipped in as null.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "cxs/analysis.hpp"
#include "cxs/contract.hpp"
#include "cxs/json_schema.hpp"
#include "cxs/report.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;

bool is_json_number(std::string_view token) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < token.size() && token[i] >= '0' && token[i] <= '9') ++i;
    return i > from;
  };
  if (i < token.size() && token[i] == '-') ++i;
  if (i < token.size() && token[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < token.size() && token[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
    ++i;
    if (i < token.size() && (token[i] == '+' || token[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == token.size();
}

/// Every bare word outside strings is a number, true, false or null.
bool only_json_literals(std::string_view json) {
  for (std::size_t i = 0; i < json.size();) {
    const char c = json[i];
    if (c == '"') {
      for (++i; i < json.size() && json[i] != '"'; ++i) {
        if (json[i] == '\\') ++i;
      }
      ++i;
      continue;
    }
    const bool word = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' ||
                      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < json.size() &&
           ((json[end] >= '0' && json[end] <= '9') || json[end] == '-' || json[end] == '+' ||
            json[end] == '.' || (json[end] >= 'a' && json[end] <= 'z') ||
            (json[end] >= 'A' && json[end] <= 'Z'))) {
      ++end;
    }
    const std::string_view token = json.substr(i, end - i);
    if (token != "true" && token != "false" && token != "null" && !is_json_number(token)) {
      return false;
    }
    i = end;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t seed = data[0];
  const std::span<const std::uint8_t> file(data + 1, size - 1);
  constexpr const char* kNames[] = {"export.csv", "export.tsv",  "export.json", "export.ndjson",
                                    "inbox.mbox", "message.eml", "export.txt",  "export.jsonl"};

  cxs::AnalysisOptions options;
  options.as_of = "2026-11-25";
  cxs::Analysis analysis(options);
  analysis.add_source(kNames[seed & 7]);
  // 1-3 chunks; the cuts move with the top bits of the seed.
  const std::size_t chunks = 1 + (seed >> 3) % 3;
  const std::size_t shift = seed >> 5;  // 0..7
  std::size_t at = 0;
  for (std::size_t k = 1; k <= chunks; ++k) {
    const std::size_t end =
        k == chunks ? file.size()
                    : std::min(file.size(), file.size() * (8 * k + shift) / (8 * chunks + 8));
    analysis.feed_bytes(file.subspan(at, end - at));
    at = end;
  }
  const auto report = analysis.finish();
  if (!report) return 0;
  std::string json;
  cxs::write_json(report.value(), [&](std::string_view piece) { json += piece; });
  check(only_json_literals(json));
  // The report must keep its contract: nlohmann writes a NaN or an infinity as null, so a
  // non-finite number computed inside the pipeline shows as a null where the schema says
  // number; validating against cxsignals.report/1 catches that and any other drift.
  const auto parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  check(!parsed.is_discarded());
  const auto schema =
      nlohmann::json::parse(*cxs::schema_text("report"), nullptr, /*allow_exceptions=*/false);
  check(cxs::validate_json(schema, parsed, 1).empty());
  return 0;
}
