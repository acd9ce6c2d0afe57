// The native command-line tool: `cxsignals report FILE...` prints the report JSON.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "cxs/analysis.hpp"
#include "cxs/version.hpp"

namespace {

constexpr std::size_t kChunkBytes = 4 << 20;  // the same chunk size the JS wrapper uses

// Exit codes, shared with the npm bin (wasm/js/cli.js).
constexpr int kExitOk = 0;
constexpr int kExitUsage = 64;    // EX_USAGE
constexpr int kExitNoInput = 66;  // EX_NOINPUT: a file could not be read
constexpr int kExitFailed = 70;   // EX_SOFTWARE: the analysis returned an error

const char* const kUsage =
    "usage: cxsignals report [--as-of YYYY-MM-DD] FILE...\n"
    "  Analyses customer-data exports on this machine and prints a cxsignals.report/1\n"
    "  JSON document on standard output. Nothing is sent anywhere.\n"
    "  --as-of DATE   the date the report is 'as of' (default: today, UTC)\n"
    "  --version      print the version\n";

std::string today_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
  return text;
}

/// JSON string literal for an option value (the date is checked by the core).
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (static_cast<unsigned char>(c) >= 0x20) out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "--version" || args[0] == "-V")) {
    std::printf("cxsignals %s\n", cxs::version);
    return kExitOk;
  }
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] != "report") {
    std::fprintf(stderr, "cxsignals: unknown command '%s'\n%s", args[0].c_str(), kUsage);
    return kExitUsage;
  }
  std::string as_of = today_utc();
  std::vector<std::string> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--as-of" && i + 1 < args.size()) {
      as_of = args[++i];
    } else if (args[i].rfind("--as-of=", 0) == 0) {
      as_of = args[i].substr(8);
    } else if (args[i].rfind("--", 0) == 0) {
      std::fprintf(stderr, "cxsignals: unknown option '%s'\n%s", args[i].c_str(), kUsage);
      return kExitUsage;
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "cxsignals: no files given\n%s", kUsage);
    return kExitUsage;
  }

  cxs::Analysis analysis(std::string("{\"as_of\":") + quoted(as_of) + "}");
  std::vector<std::uint8_t> chunk(kChunkBytes);
  for (const std::string& path : files) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      std::fprintf(stderr, "cxsignals: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
      return kExitNoInput;
    }
    // Sources are named by their file name, as the page and the npm bin name them.
    const std::size_t slash = path.find_last_of('/');
    analysis.add_source(slash == std::string::npos ? path : path.substr(slash + 1));
    std::size_t got = 0;
    while ((got = std::fread(chunk.data(), 1, chunk.size(), file)) > 0) {
      analysis.feed_bytes({chunk.data(), got});
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) {
      std::fprintf(stderr, "cxsignals: error while reading %s\n", path.c_str());
      return kExitNoInput;
    }
  }
  auto report = analysis.finish();
  if (!report) {
    std::fprintf(stderr, "cxsignals: %s: %s\n", cxs::to_string(report.error().code),
                 report.error().message.c_str());
    return kExitFailed;
  }
  const std::string text = cxs::to_json_text(report.value());
  std::fwrite(text.data(), 1, text.size(), stdout);
  return kExitOk;
}
