// Enum spellings as the report writes them; the single place they are defined.
#include "cxs/estimate.hpp"
#include "cxs/issue.hpp"
#include "cxs/result.hpp"

namespace cxs {

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_options:
      return "invalid_options";
    case ErrorCode::no_source:
      return "no_source";
    case ErrorCode::unsupported_format:
      return "unsupported_format";
    case ErrorCode::too_few_rows:
      return "too_few_rows";
    case ErrorCode::infinite_mean:
      return "infinite_mean";
  }
  return "unknown";
}

const char* to_string(IssueCode code) {
  switch (code) {
    case IssueCode::invalid_score:
      return "invalid_score";
    case IssueCode::ragged_row:
      return "ragged_row";
    case IssueCode::unterminated_quote:
      return "unterminated_quote";
    case IssueCode::stray_quote:
      return "stray_quote";
    case IssueCode::invalid_utf8:
      return "invalid_utf8";
    case IssueCode::unsupported_encoding:
      return "unsupported_encoding";
    case IssueCode::empty_file:
      return "empty_file";
    case IssueCode::summary_row:
      return "summary_row";
    case IssueCode::unknown_kind:
      return "unknown_kind";
    case IssueCode::missing_from:
      return "missing_from";
    case IssueCode::broken_mime:
      return "broken_mime";
    case IssueCode::invalid_json:
      return "invalid_json";
    case IssueCode::not_an_object:
      return "not_an_object";
    case IssueCode::record_too_large:
      return "record_too_large";
  }
  return "unknown";
}

const char* to_string(Method method) {
  switch (method) {
    case Method::none:
      return "none";
    case Method::adjusted_wald:
      return "adjusted_wald";
    case Method::wilson:
      return "wilson";
  }
  return "unknown";
}

}  // namespace cxs
