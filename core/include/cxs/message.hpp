// Message: a sentence of the core's prose as a catalogue id and named arguments, so a page can
// say it in the user's language (core/data/messages/<lang>.json); the report's English text
// is rendered from the English table, the one source of that text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxs {

struct Message;
template <typename T>
class Result;  // result.hpp, which includes this header for Error's message

/// One named argument of a message: text (user data or a code such as a plan name), a number,
/// or a nested message (a composed sentence's parts).
struct MessageArg {
  enum class Kind { text, number, message };
  std::string name;
  Kind kind = Kind::text;
  /// The text; for a number, its English spelling (as the core has always printed it).
  std::string text;
  /// For a number: the value its spelling shows (the spelling read back, so the report holds
  /// the figure people read, not more digits than were printed).
  double number = 0;
  std::vector<Message> message;  ///< for a nested message: exactly one
};

struct Message {
  std::string id;  ///< a key of core/data/messages/en.json ("signal.churn_risk.title")
  std::vector<MessageArg> args;

  Message() = default;
  explicit Message(std::string message_id) : id(std::move(message_id)) {}

  bool empty() const { return id.empty(); }
  /// Adds a text argument: shown as it is, in every language.
  Message& text(std::string name, std::string value);
  /// Adds a number spelt in English by a printf format with one conversion ("%.1f", "%.2g",
  /// "%+.1f"); the value kept is that spelling read back. A spelling that is not a finite
  /// number ("nan") is kept as text.
  Message& number(std::string name, double value, const char* format);
  /// Adds a number with the English spelling given ("0.5"), for callers that spell their own.
  Message& spelt_number(std::string name, double value, std::string spelling);
  /// Adds a count, spelt without separators in English ("1234").
  Message& count(std::string name, std::uint64_t value);
  /// Adds a whole number that may be negative, spelt like count.
  Message& integer(std::string name, std::int64_t value);
  /// Adds a nested message, rendered in place of {name}.
  Message& nested(std::string name, Message value);
};

/// Fixed English words as the last part of a message id: "leaving the service" →
/// "leaving_the_service" (letters and digits kept, lower case; each run of anything else one
/// "_", none at either end: "values look like order numbers (#1001)" →
/// "values_look_like_order_numbers_1001"). For
/// phrases a stage already names in English, so each has one id without a table of them.
std::string message_key(std::string_view words);

/// The English template of a message id, or nullptr when the catalogue has no such id.
const std::string* english_template(std::string_view id);

/// Renders a message from the English catalogue (include result.hpp to call it): each {name}
/// is replaced by its argument (nested messages rendered the same way). Fails on an unknown
/// id, a placeholder with no argument, or an argument the template does not use.
Result<std::string> render_english(const Message& message);

/// render_english for the report's English fields: its text, or, should a message and the
/// catalogue ever disagree (a bug the tests catch), "[id]" so that it shows rather than
/// vanishes.
std::string english(const Message& message);

}  // namespace cxs
