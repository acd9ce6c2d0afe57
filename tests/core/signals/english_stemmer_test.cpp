// The Snowball English stemmer against the sample vocabulary published with the algorithm
// (snowballstem.org/algorithms/english/stemmer.html: the "consign…" and "knack…" columns).
#include "cxs/english_stemmer.hpp"

#include <gtest/gtest.h>

#include <utility>

namespace {

TEST(EnglishStemmerTest, the_published_sample_vocabulary) {
  const std::pair<const char*, const char*> samples[] = {{"consign", "consign"},
                                                         {"consigned", "consign"},
                                                         {"consigning", "consign"},
                                                         {"consignment", "consign"},
                                                         {"consist", "consist"},
                                                         {"consisted", "consist"},
                                                         {"consistency", "consist"},
                                                         {"consistent", "consist"},
                                                         {"consistently", "consist"},
                                                         {"consisting", "consist"},
                                                         {"consists", "consist"},
                                                         {"consolation", "consol"},
                                                         {"consolations", "consol"},
                                                         {"consolatory", "consolatori"},
                                                         {"console", "consol"},
                                                         {"consoled", "consol"},
                                                         {"consoles", "consol"},
                                                         {"consolidate", "consolid"},
                                                         {"consolidated", "consolid"},
                                                         {"consolidating", "consolid"},
                                                         {"consoling", "consol"},
                                                         {"consolingly", "consol"},
                                                         {"consols", "consol"},
                                                         {"consonant", "conson"},
                                                         {"consort", "consort"},
                                                         {"consorted", "consort"},
                                                         {"consorting", "consort"},
                                                         {"conspicuous", "conspicu"},
                                                         {"conspicuously", "conspicu"},
                                                         {"conspiracy", "conspiraci"},
                                                         {"conspirator", "conspir"},
                                                         {"conspirators", "conspir"},
                                                         {"conspire", "conspir"},
                                                         {"conspired", "conspir"},
                                                         {"conspiring", "conspir"},
                                                         {"constable", "constabl"},
                                                         {"constables", "constabl"},
                                                         {"constance", "constanc"},
                                                         {"constancy", "constanc"},
                                                         {"constant", "constant"},
                                                         {"knack", "knack"},
                                                         {"knackeries", "knackeri"},
                                                         {"knacks", "knack"},
                                                         {"knag", "knag"},
                                                         {"knave", "knave"},
                                                         {"knaves", "knave"},
                                                         {"knavish", "knavish"},
                                                         {"kneaded", "knead"},
                                                         {"kneading", "knead"},
                                                         {"knee", "knee"},
                                                         {"kneel", "kneel"},
                                                         {"kneeled", "kneel"},
                                                         {"kneeling", "kneel"},
                                                         {"kneels", "kneel"},
                                                         {"knees", "knee"},
                                                         {"knell", "knell"},
                                                         {"knelt", "knelt"},
                                                         {"knew", "knew"},
                                                         {"knick", "knick"},
                                                         {"knif", "knif"},
                                                         {"knife", "knife"},
                                                         {"knight", "knight"},
                                                         {"knightly", "knight"},
                                                         {"knights", "knight"},
                                                         {"knit", "knit"},
                                                         {"knits", "knit"},
                                                         {"knitted", "knit"},
                                                         {"knitting", "knit"},
                                                         {"knives", "knive"},
                                                         {"knob", "knob"},
                                                         {"knobs", "knob"},
                                                         {"knock", "knock"},
                                                         {"knocked", "knock"},
                                                         {"knocker", "knocker"},
                                                         {"knockers", "knocker"},
                                                         {"knocking", "knock"},
                                                         {"knocks", "knock"},
                                                         {"knopp", "knopp"},
                                                         {"knot", "knot"},
                                                         {"knots", "knot"}};
  for (const auto& [word, stem] : samples) EXPECT_EQ(cxs::english_stem(word), stem) << word;
}

TEST(EnglishStemmerTest, the_exceptions_and_what_is_left_alone) {
  EXPECT_EQ(cxs::english_stem("skies"), "sky");
  EXPECT_EQ(cxs::english_stem("dying"), "die");
  EXPECT_EQ(cxs::english_stem("news"), "news");
  EXPECT_EQ(cxs::english_stem("succeeding"), "succeed");   // after step 1a: "succeed" is kept
  EXPECT_EQ(cxs::english_stem("generously"), "generous");  // R1 after "gener"
  EXPECT_EQ(cxs::english_stem("at"), "at");
  EXPECT_EQ(cxs::english_stem("解約"), "解約");
  EXPECT_EQ(cxs::english_stem("v4.2"), "v4.2");
}

TEST(EnglishStemmerTest, the_inflections_of_leaving_meet) {
  for (const char* word : {"cancel", "cancels", "cancelled", "cancelling"})
    EXPECT_EQ(cxs::english_stem(word), "cancel") << word;
  for (const char* word : {"terminate", "terminated", "terminating", "termination"})
    EXPECT_EQ(cxs::english_stem(word), "termin") << word;
  for (const char* word : {"renew", "renewal", "renewed", "renewing", "renews"})
    EXPECT_EQ(cxs::english_stem(word), "renew") << word;
}

}  // namespace
