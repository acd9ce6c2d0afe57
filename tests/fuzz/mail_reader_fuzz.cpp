// Fuzzes MailReader (mail_reader.hpp): the first byte picks mbox or eml and the chunk splits,
// the rest is the file. Asserts that the messages and issues are the same whether the file
// arrives whole or split anywhere; that messages are numbered from 1 in file order, each one's
// issues before it; that new_text_bytes lies within body_text; and that the decoded texts
// (header values, display names, body) are well-formed UTF-8, as the header says they are.
#include <cstdint>
#include <span>
#include <string>

#include "cxs/mail_reader.hpp"
#include "fuzz_support.hpp"

namespace {

using cxs::fuzz::check;
using cxs::fuzz::is_valid_utf8;

struct Transcript : cxs::MailSink {
  void add(std::string_view name, std::string_view value) {
    text += "|" + std::string(name) + std::to_string(value.size()) + ":";
    text += value;
  }
  void add(std::string_view name, const cxs::MailAddress& address) {
    check(is_valid_utf8(address.name));
    add(name, address.name);
    add("<", address.address);
  }
  void on_message(const cxs::MailMessage& m) override {
    check(m.at.row == last_row + 1 && m.at.row >= last_issue_row && m.at.line >= 1);
    last_row = m.at.row;
    check(m.new_text_bytes <= m.body_text.size());
    for (const std::string* value :
         {&m.message_id, &m.in_reply_to, &m.references, &m.subject, &m.date, &m.body_text}) {
      check(is_valid_utf8(*value));
    }
    text += "M" + std::to_string(m.at.row) + ":" + std::to_string(m.at.line);
    add("id", m.message_id);
    add("irt", m.in_reply_to);
    add("refs", m.references);
    add("subject", m.subject);
    add("date", m.date);
    add("from", m.from);
    for (const auto& a : m.to) add("to", a);
    for (const auto& a : m.cc) add("cc", a);
    for (const auto& a : m.reply_to) add("reply_to", a);
    add("body", m.body_text);
    text += "|new" + std::to_string(m.new_text_bytes) + "\n";
  }
  void on_issue(cxs::Issue issue) override {
    check(issue.at.row > last_row && issue.at.row >= last_issue_row);  // before its message
    last_issue_row = issue.at.row;
    text += "I" + std::to_string(static_cast<int>(issue.code)) + ":" +
            std::to_string(issue.at.row) + ":" + std::to_string(issue.at.line) + ":" +
            issue.message + "\n";
  }

  std::uint64_t last_row = 0;
  std::uint64_t last_issue_row = 0;
  std::string text;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t seed = data[0];
  const std::span<const std::uint8_t> file(data + 1, size - 1);
  const cxs::MailFormat format = (seed & 0x80) ? cxs::MailFormat::eml : cxs::MailFormat::mbox;

  cxs::MailReader whole_reader(format);
  Transcript whole;
  cxs::fuzz::feed_split(whole_reader, file, {file.size()}, whole);

  cxs::MailReader split_reader(format);
  Transcript split;
  cxs::fuzz::feed_split(split_reader, file, cxs::fuzz::chunk_lengths(seed, file.size()), split);
  check(split.text == whole.text);
  return 0;
}
