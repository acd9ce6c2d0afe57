// MailReader: a streaming mbox / .eml reader that turns raw mail bytes into decoded messages.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cxs/issue.hpp"

namespace cxs {

enum class MailFormat {
  mbox,  ///< many messages, each opened by a "From " line (mboxo or mboxrd)
  eml,   ///< one RFC 5322 message (an envelope "From " first line is skipped)
};

struct MailAddress {
  std::string name;     ///< display name (or the comment of `a@b (Name)`), decoded to UTF-8
  std::string address;  ///< addr-spec as written, without <>; the caller lowercases it
};

/// One message. Header values are unfolded, trimmed and RFC 2047-decoded to UTF-8; text uses
/// LF line ends whatever the file used.
struct MailMessage {
  std::string message_id, in_reply_to, references, subject, date;
  MailAddress from;  ///< the first mailbox of From:
  std::vector<MailAddress> to, cc, reply_to;
  /// The first text/plain part that is not an attachment, or else the first text/html part with
  /// tags stripped, entities decoded and <blockquote> lines prefixed "> "; transfer- and
  /// charset-decoded to UTF-8. Blanks at line ends, blank lines at either end and runs of blank
  /// lines are dropped. Quoted reply lines and their attribution line are kept.
  std::string body_text;
  /// body_text.substr(0, new_text_bytes) is what the sender wrote: it ends before the
  /// attribution ("On … wrote:", "… さんは書きました:") or the first "> " quote, "-----Original
  /// Message-----" or Outlook "____" + "From:" block, without the blank lines before it.
  std::size_t new_text_bytes = 0;
  /// row: 1-based message ordinal in the file; line: text line of the "From " separator (mbox)
  /// or 1 (eml).
  SourceRef at;
};

/// Receives messages and message-level issues in file order; a message's issues come first.
class MailSink {
 public:
  virtual ~MailSink() = default;
  virtual void on_message(const MailMessage& message) = 0;
  virtual void on_issue(Issue issue) = 0;
};

/// Reads mail fed in chunks of any size, split anywhere. mbox input is cut into messages at
/// lines that begin "From ", and ">From " lines (any number of '>') lose one '>' as mboxrd
/// asks, so only one message is buffered at a time. A message without a From header or with
/// a broken MIME structure raises an Issue and is still emitted with what could be read.
class MailReader {
 public:
  explicit MailReader(MailFormat format);

  void feed(std::span<const std::uint8_t> chunk, MailSink& sink);
  /// Emits the last message; the input need not end with a newline.
  void finish(MailSink& sink);

 private:
  void take_line(std::string_view line, MailSink& sink);  ///< one line with its '\n', if any
  void emit(MailSink& sink);

  MailFormat format_;
  std::string partial_line_;  ///< a line cut at the chunk edge
  std::string message_;       ///< raw bytes of the message being read
  bool in_message_ = false;
  std::uint64_t line_ = 1;          ///< text line of the next line to be taken
  std::uint64_t message_line_ = 1;  ///< text line where the current message starts
  std::uint64_t row_ = 0;           ///< ordinal of the last emitted message
};

}  // namespace cxs
