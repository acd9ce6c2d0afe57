// The "naive C++ parse + NPS loop" the native build is compared with: what a competent
// programmer writes in an afternoon. No SIMD, no mmap, no threads: fread the whole file, walk it
// byte by byte with a four-state CSV machine, copy each field into a std::string, and tally the
// same rule as tests/bench/tally.mjs. Prints one JSON object.
//
//   g++ -O2 -std=c++20 -o naive_cpp naive_cpp.cpp && ./naive_cpp FILE.csv
// (tests/bench/survey_1m/naive_cpp.mjs does this and times the run.)
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace {

// tally.mjs's scoreOf: the cell trimmed must be 1-2 ASCII digits within [low, high], else -1.
int score_of(const std::string& cell, int low, int high) {
  size_t begin = 0, end = cell.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(cell[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(cell[end - 1]))) --end;
  size_t length = end - begin;
  if (length < 1 || length > 2) return -1;
  int value = 0;
  for (size_t i = begin; i < end; ++i) {
    if (cell[i] < '0' || cell[i] > '9') return -1;
    value = value * 10 + (cell[i] - '0');
  }
  return value >= low && value <= high ? value : -1;
}

bool contains_ci(const std::string& text, const char* word) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find(word) != std::string::npos;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE.csv\n", argv[0]);
    return 2;
  }
  std::FILE* file = std::fopen(argv[1], "rb");
  if (!file) {
    std::perror(argv[1]);
    return 1;
  }
  std::fseek(file, 0, SEEK_END);
  long size = std::ftell(file);
  std::fseek(file, 0, SEEK_SET);
  std::vector<char> data(static_cast<size_t>(size));
  if (std::fread(data.data(), 1, data.size(), file) != data.size()) {
    std::perror(argv[1]);
    return 1;
  }
  std::fclose(file);

  const char* p = data.data();
  const char* const end = p + data.size();
  if (end - p >= 3 && p[0] == '\xEF' && p[1] == '\xBB' && p[2] == '\xBF') p += 3;  // UTF-8 BOM

  long long promoters = 0, passives = 0, detractors = 0, rows = 0;
  long long csat_sum = 0, csat_n = 0, satisfied = 0;
  int nps_at = -1, csat_at = -1;
  bool header = true;
  std::string field;
  int column = 0;
  int nps = -1, csat = -1;
  bool row_has_content = false;  // a blank line is skipped, as PapaParse's skipEmptyLines does

  // Called at each field end; the header row picks the columns as the JS peers do (by word).
  auto end_field = [&] {
    if (header) {
      if (nps_at < 0 && contains_ci(field, "recommend")) nps_at = column;
      if (csat_at < 0 && contains_ci(field, "satisf")) csat_at = column;
    } else if (column == nps_at) {
      nps = score_of(field, 0, 10);
    } else if (column == csat_at) {
      csat = score_of(field, 1, 5);
    }
    if (!field.empty() || column > 0) row_has_content = true;
    field.clear();
    ++column;
  };
  auto end_row = [&] {
    end_field();
    if (row_has_content && !header) {
      ++rows;
      if (nps >= 9)
        ++promoters;
      else if (nps >= 7)
        ++passives;
      else if (nps >= 0)
        ++detractors;
      if (csat >= 0) {
        csat_sum += csat;
        ++csat_n;
        if (csat >= 4) ++satisfied;
      }
    }
    if (row_has_content) header = false;
    column = 0;
    nps = csat = -1;
    row_has_content = false;
  };

  // States: at the start of a field, inside an unquoted one, inside quotes, or just after a
  // quote inside quotes (either the closing one or the first of a doubled "").
  enum { kStart, kUnquoted, kQuoted, kQuoteInQuoted } state = kStart;
  while (p < end) {
    char c = *p++;
    switch (state) {
      case kQuoted:
        if (c == '"')
          state = kQuoteInQuoted;
        else
          field += c;  // commas and line breaks inside quotes are text
        break;
      case kQuoteInQuoted:
        if (c == '"') {  // doubled quote: one literal quote, still inside
          field += '"';
          state = kQuoted;
          break;
        }
        state = kUnquoted;  // closed; anything but , or a line break is kept as text
        [[fallthrough]];
      case kStart:
      case kUnquoted:
        if (c == '"' && state == kStart) {
          state = kQuoted;
        } else if (c == ',') {
          end_field();
          state = kStart;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && p < end && *p == '\n') ++p;  // CRLF is one line break
          end_row();
          state = kStart;
        } else {
          field += c;
          state = kUnquoted;
        }
        break;
    }
  }
  if (state != kStart || column > 0) end_row();  // last row without a final line break

  long long n = promoters + passives + detractors;
  // Same arithmetic as tally.mjs, printed with 17 digits so JSON.parse gets the same double.
  std::printf(
      "{\"rows\":%lld,\"n\":%lld,\"promoters\":%lld,\"passives\":%lld,\"detractors\":%lld,"
      "\"nps\":%.17g,\"csat_n\":%lld,\"csat_mean\":%.17g,\"csat_top2\":%.17g}\n",
      rows, n, promoters, passives, detractors,
      n ? 100.0 * static_cast<double>(promoters - detractors) / n : 0.0, csat_n,
      csat_n ? static_cast<double>(csat_sum) / csat_n : 0.0,
      csat_n ? 100.0 * static_cast<double>(satisfied) / csat_n : 0.0);
  return 0;
}
