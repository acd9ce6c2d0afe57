// Row events: a mapped row becomes an Event, and a mapped source gets its kind.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cxs/column_roles.hpp"
#include "cxs/date_cell.hpp"
#include "cxs/events.hpp"
#include "cxs/issue.hpp"

namespace cxs {

/// Turns the rows of one mapped table into Events. Score cells that do not fit their scale
/// become invalid_score issues (the rest of the row still counts); staff addresses found in
/// agent columns are collected so they are never taken for customers.
class RowInterpreter {
 public:
  RowInterpreter(SourceMapping mapping, SourceKind kind, std::uint32_t source, std::string scope,
                 std::span<const std::vector<std::string>> sample,
                 std::span<const std::string> header);

  struct Output {
    Event event;
    std::vector<Issue> issues;
    std::vector<std::string> staff_emails;
    bool rejected = false;  ///< one or more mapped cells were invalid
  };
  Output read(std::span<const std::string_view> fields, SourceRef at) const;

 private:
  std::string_view cell(std::span<const std::string_view> fields, Role role) const;
  std::optional<std::int64_t> time_of(std::span<const std::string_view> fields, Role role) const;
  /// Adds the customer-authored lines of part_body (by part_author_type) to event.texts.
  void read_customer_parts(std::span<const std::string_view> fields, Event& event) const;

  SourceMapping mapping_;
  SourceKind kind_;
  std::uint32_t source_;
  std::vector<std::pair<Role, std::size_t>> extra_key_columns_;  ///< 2nd+ id/phone columns
  const LabelScale* csat_scale_ = nullptr;  ///< the CSAT column's label scale, if labels
  const LabelScale* ces_scale_ = nullptr;   ///< the CES column's agreement scale, if labels
  std::string scope_;
  std::vector<std::string> header_;
  std::array<int, kRoleCount> column_of_{};  ///< role → column index, −1 when unmapped
  std::array<DateOptions, kRoleCount> date_options_{};
  /// Staff columns, each with the only domain whose addresses are staff (empty: all of them).
  std::vector<std::pair<std::size_t, std::string>> agent_columns_;
  std::vector<std::size_t> segment_columns_;  ///< segment and plan columns, in header order
  int staff_flag_column_ = -1;  ///< a "role"/"type" column whose value marks staff rows
};

}  // namespace cxs
