// HTML text: chat and mail bodies as a reader sees them, written out by hand.
#include "cxs/html_text.hpp"

#include <gtest/gtest.h>

namespace {

// The shape Intercom's API gives a conversation part's body.
TEST(HtmlTextTest, paragraphs_and_breaks_become_lines_and_tags_go) {
  EXPECT_EQ(cxs::html_to_text("<p>Could you send us a copy of the contract?</p>"),
            "Could you send us a copy of the contract?\n");
  EXPECT_EQ(cxs::html_to_text("<p>Crash after update 4.2.<br>Reinstalling did not help.</p>"),
            "Crash after update 4.2.\nReinstalling did not help.\n");
  EXPECT_EQ(cxs::html_to_text("<p>We <b>will not</b>\n   renew</p>"), "We will not renew\n");
}

TEST(HtmlTextTest, entities_are_decoded_and_unknown_ones_kept) {
  EXPECT_EQ(cxs::html_to_text("Tom &amp; Jerry&#39;s &quot;plan&quot; &#x89E3;&#32004;"),
            "Tom & Jerry's \"plan\" \xE8\xA7\xA3\xE7\xB4\x84");  // 解約
  EXPECT_EQ(cxs::html_to_text("a&nbsp;b &unknown; c"), "a b &unknown; c");
}

TEST(HtmlTextTest, script_style_and_comments_are_not_text) {
  EXPECT_EQ(cxs::html_to_text("<style>p{}</style><!-- x --><script>cancel()</script>ok"), "ok");
}

TEST(HtmlTextTest, only_tags_and_references_make_text_html) {
  EXPECT_TRUE(cxs::looks_like_html("<p>hi</p>"));
  EXPECT_TRUE(cxs::looks_like_html("line<br/>line"));
  EXPECT_TRUE(cxs::looks_like_html("Tom &amp; Jerry"));
  EXPECT_TRUE(cxs::looks_like_html("it&#39;s"));
  EXPECT_FALSE(cxs::looks_like_html("a < b and c > d"));
  EXPECT_FALSE(cxs::looks_like_html("R&D team, 3 < 4"));
  EXPECT_FALSE(cxs::looks_like_html("plain text\nover two lines"));
  EXPECT_FALSE(cxs::looks_like_html("<"));
  EXPECT_TRUE(cxs::looks_like_html("<P CLASS=\"x\">Hi</P>"));
  EXPECT_TRUE(cxs::looks_like_html("<h2>Title</h2>"));
  EXPECT_FALSE(cxs::looks_like_html("<img src=x onerror=alert(1)> we will cancel our contract"));
  EXPECT_FALSE(cxs::looks_like_html("what does the <title> element do?"));
  EXPECT_FALSE(cxs::looks_like_html("a <paragraph> here"));
}

}  // namespace
