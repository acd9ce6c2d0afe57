// Enum spellings as the report writes them; the single place they are defined.
#include "cxs/estimate.hpp"
#include "cxs/issue.hpp"
#include "cxs/result.hpp"
#include "cxs/rfm.hpp"

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
    case ErrorCode::invalid_input:
      return "invalid_input";
    case ErrorCode::mixed_scales:
      return "mixed_scales";
    case ErrorCode::no_variance:
      return "no_variance";
    case ErrorCode::not_a_probability:
      return "not_a_probability";
    case ErrorCode::infinite_mean:
      return "infinite_mean";
    case ErrorCode::already_finished:
      return "already_finished";
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
    case IssueCode::uncertain_kind:
      return "uncertain_kind";
    case IssueCode::uncertain_role:
      return "uncertain_role";
    case IssueCode::preamble:
      return "preamble";
    case IssueCode::field_too_large:
      return "field_too_large";
    case IssueCode::too_many_fields:
      return "too_many_fields";
    case IssueCode::too_many_records:
      return "too_many_records";
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
    case Method::student_t:
      return "student_t";
    case Method::newcombe_hybrid:
      return "newcombe_hybrid";
    case Method::welch_t:
      return "welch_t";
  }
  return "unknown";
}

const char* to_string(RfmSegment segment) {
  switch (segment) {
    case RfmSegment::champions:
      return "champions";
    case RfmSegment::loyal:
      return "loyal";
    case RfmSegment::potential_loyalist:
      return "potential_loyalist";
    case RfmSegment::new_customers:
      return "new_customers";
    case RfmSegment::promising:
      return "promising";
    case RfmSegment::need_attention:
      return "need_attention";
    case RfmSegment::about_to_sleep:
      return "about_to_sleep";
    case RfmSegment::at_risk:
      return "at_risk";
    case RfmSegment::cant_lose_them:
      return "cant_lose_them";
    case RfmSegment::hibernating:
      return "hibernating";
    case RfmSegment::lost:
      return "lost";
  }
  return "unknown";
}

}  // namespace cxs
