// The native command-line tool: `cxsignals report FILE...` prints the report JSON.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "cxs/analysis.hpp"
#include "cxs/cli_args.hpp"
#include "cxs/contract.hpp"
#include "cxs/intent_training.hpp"
#include "cxs/version.hpp"

namespace {

constexpr std::size_t kChunkBytes = 4 << 20;  // the chunk size the JS wrapper uses too

std::string today_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
  return text;
}

/// The whole of `path` ("-": standard input) into `text`; false with errno set when unreadable.
bool read_file(const std::string& path, std::string& text) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  std::size_t got = 0;
  char buffer[4096];
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, got);
  const bool failed = std::ferror(file) != 0;
  if (file != stdin) std::fclose(file);
  return !failed;
}

std::string base_name(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const cxs::CliRequest request = cxs::parse_cli_args(args);
  switch (request.action) {
    case cxs::CliRequest::Action::help:
      std::fputs(cxs::cli_usage(), stdout);
      return cxs::exit_ok;
    case cxs::CliRequest::Action::version:
      std::printf("cxsignals %s\n", cxs::version);
      return cxs::exit_ok;
    case cxs::CliRequest::Action::schema: {
      const auto text = cxs::schema_text(request.schema_name).value_or("");
      std::fwrite(text.data(), 1, text.size(), stdout);
      return cxs::exit_ok;
    }
    case cxs::CliRequest::Action::usage_error:
      std::fprintf(stderr, "cxsignals: %s\n%s", request.message.c_str(), cxs::cli_usage());
      return cxs::exit_usage;
    case cxs::CliRequest::Action::report:
    case cxs::CliRequest::Action::train:
      break;
  }

  // Option files are read here (the core reads no files); what they hold is checked by the
  // one request -> options function both tools share.
  std::vector<std::string> texts;
  for (const cxs::CliOptionFile& file : cxs::cli_option_files(request)) {
    std::string text;
    if (!read_file(file.path, text)) {
      std::fprintf(stderr, "cxsignals: cannot read %s: %s\n", file.path.c_str(),
                   std::strerror(errno));
      return cxs::exit_no_input;
    }
    texts.push_back(std::move(text));
  }
  const cxs::CliOptions options = cxs::cli_options(request, texts, today_utc());
  if (options.exit_code != cxs::exit_ok) {
    std::fprintf(stderr, "cxsignals: %s\n", options.message.c_str());
    return options.exit_code;
  }
  if (request.action == cxs::CliRequest::Action::train) {
    std::string labels;
    if (!read_file(request.files.front(), labels)) {
      std::fprintf(stderr, "cxsignals: cannot read %s: %s\n", request.files.front().c_str(),
                   std::strerror(errno));
      return cxs::exit_no_input;
    }
    const auto model = cxs::train_intent_model_json(labels, options.options_json);
    if (!model) {
      std::fprintf(stderr, "cxsignals: %s: %s\n", cxs::to_string(model.error().code),
                   model.error().message.c_str());
      return cxs::cli_exit_code(cxs::to_string(model.error().code));
    }
    std::fwrite(model.value().data(), 1, model.value().size(), stdout);
    std::fputc('\n', stdout);
    return cxs::exit_ok;
  }
  cxs::Analysis analysis(options.options_json);
  std::vector<std::uint8_t> chunk(kChunkBytes);
  for (const std::string& path : request.files) {
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      std::fprintf(stderr, "cxsignals: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
      return cxs::exit_no_input;
    }
    // Sources are named by file name, as the page and the npm bin name them.
    analysis.add_source(path == "-" ? "stdin" : base_name(path));
    std::size_t got = 0;
    while ((got = std::fread(chunk.data(), 1, chunk.size(), file)) > 0) {
      analysis.feed_bytes({chunk.data(), got});
    }
    const bool failed = std::ferror(file) != 0;
    if (file != stdin) std::fclose(file);
    if (failed) {
      std::fprintf(stderr, "cxsignals: cannot read %s: read error\n", path.c_str());
      return cxs::exit_no_input;
    }
  }
  auto report = analysis.finish();
  if (!report) {
    std::fprintf(stderr, "cxsignals: %s: %s\n", cxs::to_string(report.error().code),
                 report.error().message.c_str());
    return cxs::cli_exit_code(cxs::to_string(report.error().code));
  }
  cxs::write_json(report.value(), [](std::string_view chunk) {
    std::fwrite(chunk.data(), 1, chunk.size(), stdout);
  });
  // Exit without running destructors: the analysis holds millions of small blocks on a large
  // input, and freeing them one by one costs about as long as writing the report, while the
  // system reclaims the whole address space at once. Output is flushed first.
  const bool written = std::fflush(stdout) == 0 && std::ferror(stdout) == 0;
  std::_Exit(written ? cxs::exit_ok : cxs::exit_failed);
}
