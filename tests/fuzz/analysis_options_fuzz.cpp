// Fuzzes parse_analysis_options (analysis.hpp) on any text: the options JSON the CLI, the npm
// package and the page pass in. Asserts nothing beyond not crashing (no sanitizer report, no
// exception escaping): a bad text must come back as an invalid_options Error.
#include <cstdint>
#include <string_view>

#include "cxs/analysis.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto options = cxs::parse_analysis_options(cxs::fuzz::as_text({data, size}));
  if (!options) cxs::fuzz::check(options.error().code == cxs::ErrorCode::invalid_options);
  return 0;
}
