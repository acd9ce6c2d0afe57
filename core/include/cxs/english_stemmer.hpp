// English stemming: the Snowball "English" (Porter2) algorithm.
#pragma once

#include <string>
#include <string_view>

namespace cxs {

/// The stem of one lower-case English word, by the Snowball English stemmer (M. F. Porter,
/// "The English (Porter2) stemming algorithm", snowballstem.org/algorithms/english/stemmer.html):
/// "cancelled", "cancelling" and "cancels" → "cancel"; "termination" → "termin"; "renewal" →
/// "renew". Words of other scripts, or with characters other than a–z and an apostrophe, are
/// returned as they are.
std::string english_stem(std::string_view word);

}  // namespace cxs
