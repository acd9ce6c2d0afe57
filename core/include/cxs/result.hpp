// Result<T>: a value or an Error the caller cannot ignore; no exception leaves the core.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "cxs/message.hpp"

namespace cxs {

enum class ErrorCode {
  invalid_options,     ///< the options JSON could not be read or names an unknown key
  no_source,           ///< feed() was called before add_source()
  unsupported_format,  ///< the bytes are not a format this version reads
  too_few_rows,        ///< not enough valid data for this estimate
  invalid_input,       ///< the data break a precondition (a negative time, a count that rises)
  mixed_scales,        ///< answers on scales of different lengths (1–5 and 1–7) were combined
  no_variance,         ///< every answer in every group is the same, so a test has no spread
  not_a_probability,   ///< a value that must lie in [0, 1] (a p-value) did not, or was NaN
  infinite_mean,       ///< the fitted distribution has no finite mean, so no expected value
  already_finished,    ///< finish() was called a second time on the same Analysis
};

/// Spelling of an ErrorCode in the report and in thrown JS errors.
const char* to_string(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;  ///< what happened and what to try
  /// The same as a message (message.hpp) where the core words it for the report (a model that
  /// could not be fitted); empty elsewhere.
  Message message_msg;

  Error(ErrorCode error_code, std::string text) : code(error_code), message(std::move(text)) {}
  /// An error worded by a message: its English text is the message rendered.
  Error(ErrorCode error_code, Message text);
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  explicit operator bool() const { return state_.index() == 0; }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace cxs
