// Test support: feeds text to a streaming reader in chunks of one size, then finishes it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cxs::test {

/// Reader has feed(span, sink) and finish(sink), as CsvReader, JsonReader and MailReader do.
template <typename Reader, typename Sink>
void feed_in_chunks(Reader& reader, std::string_view text, std::size_t chunk_size, Sink& sink) {
  for (std::size_t at = 0; at < text.size(); at += chunk_size) {
    const std::string_view part = text.substr(at, chunk_size);
    reader.feed({reinterpret_cast<const std::uint8_t*>(part.data()), part.size()}, sink);
  }
  reader.finish(sink);
}

}  // namespace cxs::test
