// MailReader: headers, RFC 2047 words, MIME bodies, Japanese charsets, replies, mbox chunking.
//
// Non-ASCII bytes that are not UTF-8 were made with Python 3.12's codecs and email modules:
//   ISO-2022-JP text:  '契約書の写しを送ってください。'.encode('iso-2022-jp'), printed as C escapes
//   encoded-words:     email.header.Header('契約書の', 'iso-2022-jp').encode()
//   Shift_JIS words:   '=?Shift_JIS?B?' + base64.b64encode('佐藤 花子'.encode('shift_jis')) + '?='
//   Shift_JIS QP body: quopri.encodestring(text.encode('shift_jis'))
//   base64 UTF-8 body: base64.b64encode('Plain version: …\r\n'.encode())
// UTF-8 text is written as is: this file is UTF-8.
#include "cxs/mail_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "support/feed_in_chunks.hpp"

namespace {

using cxs::MailFormat;

struct Collected : cxs::MailSink {
  std::vector<cxs::MailMessage> messages;
  std::vector<cxs::Issue> issues;
  void on_message(const cxs::MailMessage& message) override { messages.push_back(message); }
  void on_issue(cxs::Issue issue) override { issues.push_back(std::move(issue)); }
};

Collected read_in_chunks(std::string_view text, MailFormat format, std::size_t chunk_size) {
  cxs::MailReader reader(format);
  Collected sink;
  cxs::test::feed_in_chunks(reader, text, chunk_size, sink);
  return sink;
}

Collected read_eml(std::string_view text) {
  return read_in_chunks(text, MailFormat::eml, text.size() + 1);
}
Collected read_mbox(std::string_view text) {
  return read_in_chunks(text, MailFormat::mbox, text.size() + 1);
}

std::string new_text(const cxs::MailMessage& message) {
  return message.body_text.substr(0, message.new_text_bytes);
}

/// Every field on one line each, so two readings compare with one EXPECT_EQ.
std::string describe(const cxs::MailMessage& m) {
  std::string out = m.message_id + "\n" + m.in_reply_to + "\n" + m.references + "\n" + m.subject +
                    "\n" + m.date + "\n" + m.from.name + " <" + m.from.address + ">\n";
  for (const auto* list : {&m.to, &m.cc, &m.reply_to}) {
    for (const cxs::MailAddress& a : *list) out += a.name + " <" + a.address + ">, ";
    out += "\n";
  }
  out += m.body_text + "\n" + std::to_string(m.new_text_bytes) + " " + std::to_string(m.at.row) +
         ":" + std::to_string(m.at.line);
  return out;
}

constexpr std::string_view kPlainUtf8 =
    "Return-Path: <hanako@example.jp>\n"
    "From: \"Sato, Hanako\" <hanako@example.jp>\n"
    "To: support@example.com, =?UTF-8?Q?Caf=C3=A9_Owner?= <owner@example.com>\n"
    "Cc: Team: a@example.com, b@example.com (Bee Bop);, undisclosed-recipients:;\n"
    "Reply-To: Hanako <HANAKO+reply@Example.JP>\n"
    "Subject: Order #123 -\n"
    " refund please\n"
    "Message-ID: <abc.123@example.jp>\n"
    "In-Reply-To: <x1@example.com>\n"
    "References: <x0@example.com>\n"
    "\t<x1@example.com>\n"
    "Date: Wed, 10 Jan 2024 10:00:00 +0900\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Hello, the café ☕ was closed.\n"
    "Thanks,\n"
    "Hanako\n";

TEST(MailReaderTest, reads_a_plain_utf8_mail) {
  const Collected got = read_eml(kPlainUtf8);
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
  const cxs::MailMessage& m = got.messages[0];
  EXPECT_EQ(m.from.name, "Sato, Hanako");
  EXPECT_EQ(m.from.address, "hanako@example.jp");
  ASSERT_EQ(m.to.size(), 2u);
  EXPECT_EQ(m.to[0].address, "support@example.com");
  EXPECT_EQ(m.to[0].name, "");
  EXPECT_EQ(m.to[1].name, "Café Owner");  // =?UTF-8?Q?…?= in a display name
  EXPECT_EQ(m.to[1].address, "owner@example.com");
  // The group's name is not an address; an empty group adds nothing; a comment names b.
  ASSERT_EQ(m.cc.size(), 2u);
  EXPECT_EQ(m.cc[0].address, "a@example.com");
  EXPECT_EQ(m.cc[1].address, "b@example.com");
  EXPECT_EQ(m.cc[1].name, "Bee Bop");
  ASSERT_EQ(m.reply_to.size(), 1u);
  EXPECT_EQ(m.reply_to[0].address, "HANAKO+reply@Example.JP");  // as written
  EXPECT_EQ(m.subject, "Order #123 - refund please");           // unfolded
  EXPECT_EQ(m.message_id, "<abc.123@example.jp>");
  EXPECT_EQ(m.in_reply_to, "<x1@example.com>");
  EXPECT_EQ(m.references, "<x0@example.com> <x1@example.com>");
  EXPECT_EQ(m.date, "Wed, 10 Jan 2024 10:00:00 +0900");
  EXPECT_EQ(m.body_text, "Hello, the café ☕ was closed.\nThanks,\nHanako");
  EXPECT_EQ(m.new_text_bytes, m.body_text.size());
  EXPECT_EQ(m.at.row, 1u);
  EXPECT_EQ(m.at.line, 1u);
}

// The subject is two B-encoded ISO-2022-JP words on two folded lines: the whitespace between
// them goes (RFC 2047 §6.2). The body is raw 7-bit ISO-2022-JP, as Japanese companies send it.
constexpr std::string_view kIso2022Jp =
    "From: =?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEJCQE86GyhC?= <taro@example.co.jp>\r\n"
    "To: support@example.com\r\n"
    "Subject: =?ISO-2022-JP?B?GyRCN0BMcz1xJE4bKEI=?=\r\n"
    " =?ISO-2022-JP?B?GyRCPEwkNyRLJEQkJCRGGyhC?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
    "Content-Transfer-Encoding: 7bit\r\n"
    "\r\n"
    "\x1b$B7@Ls=q$N<L$7$rAw$C$F$/$@$5$$!#\x1b(B\r\n"
    "\x1b$B2rLs$r8!F$$7$F$$$^$9!#\x1b(B\r\n";

TEST(MailReaderTest, decodes_iso_2022_jp_subject_name_and_7bit_body) {
  const Collected got = read_eml(kIso2022Jp);
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
  const cxs::MailMessage& m = got.messages[0];
  EXPECT_EQ(m.subject, "契約書の写しについて");
  EXPECT_EQ(m.from.name, "山田 太郎");
  EXPECT_EQ(m.from.address, "taro@example.co.jp");
  EXPECT_EQ(m.body_text, "契約書の写しを送ってください。\n解約を検討しています。");
}

TEST(MailReaderTest, sniffs_iso_2022_jp_body_and_header_without_a_declared_charset) {
  // Raw ISO-2022-JP in a header: "写" is the JIS pair "<L", which must not open an address.
  const Collected got = read_eml(
      "From: \x1b$B<L$7C4Ev\x1b(B <copies@example.jp>\n"
      "Subject: =?iso-2022-jp?b?GyRCMnJMcyRLJEQkJCRGGyhC?=\n"
      "\n"
      "\x1b$B2rLs$r8!F$$7$F$$$^$9!#\x1b(B\n");
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_EQ(got.messages[0].from.name, "写し担当");
  EXPECT_EQ(got.messages[0].from.address, "copies@example.jp");
  EXPECT_EQ(got.messages[0].subject, "解約について");
  EXPECT_EQ(got.messages[0].body_text, "解約を検討しています。");
}

// A Shift_JIS quoted-printable part with soft line breaks, beside a PDF attachment. The
// subject's two Shift_JIS words split "請" between them: the bytes are joined before decoding.
constexpr std::string_view kShiftJisQp =
    "From: =?Shift_JIS?B?jbKToSCJ1I5x?= <hanako@example.jp>\n"
    "To: billing@example.com\n"
    "Subject: =?Shift_JIS?B?kL+L?= =?Shift_JIS?B?gY+RgsyMjw==?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"=_mixed 01\"\n"
    "\n"
    "This is a multi-part message in MIME format.\n"
    "\n"
    "--=_mixed 01\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "=82=A8=90=A2=98b=82=C9=82=C8=82=C1=82=C4=82=A8=82=E8=82=DC=82=B7=81B=8A=94=\n"
    "=8E=AE=89=EF=8E=D0=83T=83=93=83v=83=8B=82=CC=8D=B2=93=A1=82=C5=82=B7=81B=90=\n"
    "=BF=8B=81=8F=91=82=AA=82=DC=82=BE=93=CD=82=A2=82=C4=82=A2=82=DC=82=B9=82=F1=\n"
    "=81B=82=B2=8Am=94F=82=F0=82=A8=8A=E8=82=A2=82=B5=82=DC=82=B7=81B\n"
    "--=_mixed 01\n"
    "Content-Type: application/pdf; name=\"invoice.pdf\"\n"
    "Content-Disposition: attachment; filename=\"invoice.pdf\"\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "JVBERi0xLjQK\n"
    "--=_mixed 01--\n"
    "epilogue\n";

TEST(MailReaderTest, decodes_a_shift_jis_quoted_printable_part) {
  const Collected got = read_eml(kShiftJisQp);
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
  const cxs::MailMessage& m = got.messages[0];
  EXPECT_EQ(m.from.name, "佐藤 花子");
  EXPECT_EQ(m.subject, "請求書の件");
  EXPECT_EQ(m.body_text,
            "お世話になっております。株式会社サンプルの佐藤です。請求書がまだ届いていません。"
            "ご確認をお願いします。");
}

// multipart/mixed → a text attachment (first, to show it is skipped) and multipart/alternative
// → base64 UTF-8 text/plain with CRLF inside, and text/html.
constexpr std::string_view kAlternative =
    "From: Taro <taro@example.jp>\n"
    "To: support@example.com\n"
    "Subject: Refund\n"
    "Content-Type: multipart/mixed; boundary=outer\n"
    "\n"
    "--outer\n"
    "Content-Type: text/plain; charset=utf-8; name=notes.txt\n"
    "Content-Disposition: attachment; filename=notes.txt\n"
    "\n"
    "attached notes, not the message\n"
    "--outer\n"
    "Content-Type: multipart/alternative;\n"
    "\tboundary=\"inner\"\n"
    "\n"
    "--inner\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "UGxhaW4gdmVyc2lvbjog6L+U6YeR44KS44GK6aGY44GE44GX44G+44GZ44CCDQpUaGFuayB5b3UuDQo=\n"
    "--inner\n"
    "Content-Type: text/html; charset=UTF-8\n"
    "\n"
    "<p>HTML version</p>\n"
    "--inner--\n"
    "--outer--\n";

TEST(MailReaderTest, prefers_text_plain_in_nested_multipart_alternative) {
  const Collected got = read_eml(kAlternative);
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
  EXPECT_EQ(got.messages[0].body_text, "Plain version: 返金をお願いします。\nThank you.");
}

constexpr std::string_view kHtmlOnly =
    "From: Shop <news@shop.example>\n"
    "To: me@example.com\n"
    "Subject: Your order\n"
    "Content-Type: text/html; charset=\"utf-8\"\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "<html><head><title>Order</title><style>p {color: red}</style></head><body>\n"
    "<p>Thanks &amp; welcome!<br>Total: &yen;1,200 &lt;incl. tax&gt; =E2=9C=85</p>\n"
    "<div class=3D\"x\">Line&nbsp;two &#x1F600; &#169;</div>\n"
    "<!-- hidden --><script>alert(1)</script>\n"
    "<p>1 < 2 &unknown; c</p>\n"
    "</body></html>\n";

TEST(MailReaderTest, strips_tags_and_decodes_entities_of_an_html_only_mail) {
  const Collected got = read_eml(kHtmlOnly);
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_EQ(got.messages[0].body_text,
            "Thanks & welcome!\nTotal: ¥1,200 <incl. tax> ✅\nLine two 😀 ©\n1 < 2 &unknown; c");
}

TEST(MailReaderTest, html_blockquote_becomes_a_quoted_reply) {
  const Collected got = read_eml(
      "From: a@example.com\n"
      "Content-Type: text/html; charset=utf-8\n"
      "\n"
      "<div>Still broken.</div><div class=\"gmail_quote\"><div>On Tue, Jan 9, 2024, Support "
      "&lt;s@example.com&gt; wrote:<br></div><blockquote>Did a restart help?</blockquote></div>");
  ASSERT_EQ(got.messages.size(), 1u);
  const cxs::MailMessage& m = got.messages[0];
  EXPECT_EQ(m.body_text,
            "Still broken.\nOn Tue, Jan 9, 2024, Support <s@example.com> wrote:\n"
            "> Did a restart help?");
  EXPECT_EQ(new_text(m), "Still broken.");
}

std::string mail_with_body(std::string_view body) {
  return "From: c@example.com\nContent-Type: text/plain; charset=utf-8\n\n" + std::string(body);
}

TEST(MailReaderTest, new_text_ends_before_the_attribution_and_quote) {
  // Gmail wraps a long attribution onto two lines; both belong to the quote.
  const cxs::MailMessage en =
      read_eml(mail_with_body("Thanks, but I still want to cancel.\n"
                              "\n"
                              "Regards, Taro\n"
                              "\n"
                              "On Wed, Jan 10, 2024 at 10:00 AM Support Team <\n"
                              "support@example.com> wrote:\n"
                              "\n"
                              "> We are sorry to hear that.\n"
                              "> Could you tell us why?\n"))
          .messages.at(0);
  EXPECT_EQ(new_text(en), "Thanks, but I still want to cancel.\n\nRegards, Taro");
  EXPECT_NE(en.body_text.find("> Could you tell us why?"), std::string::npos);  // kept

  const cxs::MailMessage ja = read_eml(mail_with_body("ご回答ありがとうございます。\n"
                                                      "やはり解約します。\n"
                                                      "\n"
                                                      "山田 太郎 さんは書きました:\n"
                                                      "> 解約の理由を教えてください。\n"))
                                  .messages.at(0);
  EXPECT_EQ(new_text(ja), "ご回答ありがとうございます。\nやはり解約します。");

  const cxs::MailMessage gmail_ja =
      read_eml(mail_with_body("了解です。\n\n2024年1月10日(水) 10:00 サポート <s@example.com>:\n\n"
                              "> ご確認ください。\n"))
          .messages.at(0);
  EXPECT_EQ(new_text(gmail_ja), "了解です。");

  const cxs::MailMessage outlook =
      read_eml(mail_with_body("See below.\n\n-----Original Message-----\n"
                              "From: Support\nSent: Monday\n\nOld text\n"))
          .messages.at(0);
  EXPECT_EQ(new_text(outlook), "See below.");

  const cxs::MailMessage outlook_ja =
      read_eml(mail_with_body("承知しました。\n\n________________________________\n"
                              "差出人: サポート\n送信日時: 2024年1月10日\n\n以前の本文\n"))
          .messages.at(0);
  EXPECT_EQ(new_text(outlook_ja), "承知しました。");

  // A colon line that is no attribution stays new text.
  const cxs::MailMessage plain_colon =
      read_eml(mail_with_body("My answers:\n> quoted question\n")).messages.at(0);
  EXPECT_EQ(new_text(plain_colon), "My answers:");
}

TEST(MailReaderTest, a_message_without_from_is_reported_and_still_emitted) {
  const Collected got = read_eml("To: x@example.com\nSubject: anonymous\n\nbody\n");
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::missing_from);
  EXPECT_EQ(got.issues[0].at.row, 1u);
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_EQ(got.messages[0].subject, "anonymous");
  EXPECT_EQ(got.messages[0].body_text, "body");
}

TEST(MailReaderTest, broken_mime_is_reported_and_read_as_far_as_possible) {
  const Collected unclosed = read_eml(
      "From: a@example.com\n"
      "Content-Type: multipart/alternative; boundary=b1\n"
      "\n"
      "--b1\n"
      "Content-Type: text/plain\n"
      "\n"
      "truncated mail\n");
  ASSERT_EQ(unclosed.issues.size(), 1u);
  EXPECT_EQ(unclosed.issues[0].code, cxs::IssueCode::broken_mime);
  EXPECT_EQ(unclosed.issues[0].at.row, 1u);
  ASSERT_EQ(unclosed.messages.size(), 1u);
  EXPECT_EQ(unclosed.messages[0].body_text, "truncated mail");

  const Collected no_boundary =
      read_eml("From: a@example.com\nContent-Type: multipart/mixed\n\njust text\n");
  ASSERT_EQ(no_boundary.issues.size(), 1u);
  EXPECT_EQ(no_boundary.issues[0].code, cxs::IssueCode::broken_mime);
  EXPECT_EQ(no_boundary.messages.at(0).body_text, "just text");
}

TEST(MailReaderTest, eml_skips_an_envelope_line_and_has_no_quoted_from_unescaping) {
  const Collected got = read_eml(
      "From someone@example.com Mon Jan  8 09:00:00 2024\n"
      "From: someone@example.com\n"
      "\n"
      ">From here\n");
  ASSERT_EQ(got.messages.size(), 1u);
  EXPECT_EQ(got.messages[0].from.address, "someone@example.com");
  EXPECT_EQ(got.messages[0].body_text, ">From here");
}

TEST(MailReaderTest, empty_input_gives_no_message) {
  EXPECT_TRUE(read_eml("").messages.empty());
  EXPECT_TRUE(read_mbox("\n\n").messages.empty());
}

// Three messages, CRLF line ends: an mboxrd-escaped body (">From " and ">>From "), an
// ISO-2022-JP message, and a quoted-printable message without a From header whose soft line
// break spans a chunk edge at some chunk size. No newline at the end of the file.
constexpr std::string_view kMbox =
    "From alice@example.com Mon Jan  8 09:00:00 2024\r\n"       // line 1
    "From: Alice <alice@example.com>\r\n"                       //
    "Subject: First\r\n"                                        //
    "\r\n"                                                      //
    "Hello.\r\n"                                                // line 5
    ">From the desk of Alice.\r\n"                              //
    ">>From two levels.\r\n"                                    //
    "\r\n"                                                      //
    "From bob@example.jp Tue Jan  9 09:00:00 2024\r\n"          // line 9
    "From: =?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEJCQE86GyhC?=\r\n"  //
    " <bob@example.jp>\r\n"                                     //
    "Subject: =?iso-2022-jp?b?GyRCMnJMcyRLJEQkJCRGGyhC?=\r\n"   //
    "Content-Type: text/plain; charset=iso-2022-jp\r\n"         //
    "\r\n"                                                      //
    "\x1b$B2rLs$r8!F$$7$F$$$^$9!#\x1b(B\r\n"                    // line 15
    "\r\n"                                                      //
    "From MAILER-DAEMON Wed Jan 10 09:00:00 2024\r\n"           // line 17
    "Subject: no sender\r\n"                                    //
    "Content-Type: text/plain; charset=utf-8\r\n"               //
    "Content-Transfer-Encoding: quoted-printable\r\n"           //
    "\r\n"                                                      //
    "caf=C3=A9 soft=\r\n"                                       //
    "break";

TEST(MailReaderTest, mbox_splits_unescapes_and_numbers_messages) {
  const Collected got = read_mbox(kMbox);
  ASSERT_EQ(got.messages.size(), 3u);
  const auto& m = got.messages;
  EXPECT_EQ(m[0].from.address, "alice@example.com");
  EXPECT_EQ(m[0].body_text, "Hello.\nFrom the desk of Alice.\n>From two levels.");
  EXPECT_EQ(m[1].from.name, "山田 太郎");
  EXPECT_EQ(m[1].from.address, "bob@example.jp");
  EXPECT_EQ(m[1].subject, "解約について");
  EXPECT_EQ(m[1].body_text, "解約を検討しています。");
  EXPECT_EQ(m[2].subject, "no sender");
  EXPECT_EQ(m[2].body_text, "café softbreak");
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(m[i].at.row, i + 1);
  EXPECT_EQ(m[0].at.line, 1u);
  EXPECT_EQ(m[1].at.line, 9u);
  EXPECT_EQ(m[2].at.line, 17u);
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::missing_from);
  EXPECT_EQ(got.issues[0].at.row, 3u);
  EXPECT_EQ(got.issues[0].at.line, 17u);
}

// Property: messages and issues do not depend on where the chunks are cut, from 1 byte (inside
// CRLF, "From ", escape sequences and "=\r\n") up to the whole file.
class MailChunking : public ::testing::TestWithParam<std::size_t> {};

TEST_P(MailChunking, messages_do_not_depend_on_chunk_size) {
  const Collected whole = read_mbox(kMbox);
  const Collected chunked = read_in_chunks(kMbox, MailFormat::mbox, GetParam());
  ASSERT_EQ(chunked.messages.size(), whole.messages.size());
  for (std::size_t i = 0; i < whole.messages.size(); ++i) {
    EXPECT_EQ(describe(chunked.messages[i]), describe(whole.messages[i])) << "message " << i;
  }
  ASSERT_EQ(chunked.issues.size(), whole.issues.size());
  for (std::size_t i = 0; i < whole.issues.size(); ++i) {
    EXPECT_EQ(chunked.issues[i].code, whole.issues[i].code);
    EXPECT_EQ(chunked.issues[i].at.row, whole.issues[i].at.row);
    EXPECT_EQ(chunked.issues[i].at.line, whole.issues[i].at.line);
  }
}

INSTANTIATE_TEST_SUITE_P(EverySize, MailChunking,
                         ::testing::Range<std::size_t>(1, kMbox.size() + 2));

}  // namespace
