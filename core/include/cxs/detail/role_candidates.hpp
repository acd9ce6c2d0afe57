// Role candidates: what one column's header and values say it could be, each with a strength
// and the values it needs. Private to the mapping stage (column_roles.cpp assigns the roles
// for the whole file from these).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/column_profile.hpp"
#include "cxs/column_roles.hpp"

namespace cxs::detail {

struct Fit {
  std::size_t seen = 0;
  double share = 1.0;  ///< of non-blank cells; 1 when the sample has none
};

/// What a candidate role asks of the column's values.
enum class Values {
  any,
  email,
  phone,
  text,       ///< words, not numbers
  person,     ///< a name: text, not a category, no addresses or digits
  id,         ///< one token per cell (letters, digits, _-:.), no free text
  unique_id,  ///< an id that differs on every row
  number,
  currency,
  handle,
  count,
  nps,
  csat,
  ces,
  dates,
  order_name,
  platform,
  interval,
  true_false,
  author_types,
  category,  ///< a few repeated values
};

struct Candidate {
  Role role;
  double strength;  ///< how surely the header (or the values alone) name the role, 0..1
  const char* reason;
  Values values = Values::any;
  double min_share = 0.5;  ///< below this share of fitting values the candidate is dropped
};

/// One column as the role rules see it: its header words, its profile, its cells.
struct ColumnFacts {
  std::string raw;        ///< the header as written
  std::string h;          ///< normalised header
  bool question = false;  ///< the header is a question put to the respondent, not a field name
  ColumnProfile profile;
  std::vector<std::string_view> cells;
};

/// Share of the column's non-blank cells that fit `values`, and how many there were.
Fit values_fit(Values values, const ColumnFacts& c);

/// Every role this column could hold, from its header and its values, strongest first.
std::vector<Candidate> candidates_for(const ColumnFacts& c);

/// A question put to the respondent, not a field name.
bool is_question(std::string_view raw, std::string_view h);
/// Header words of the NPS question, of customer effort, of a generic score field, of a
/// free-text follow-up, of a measure (a count or a time about someone).
bool is_nps_header(std::string_view h);
bool is_effort_header(std::string_view h);
bool is_score_word(std::string_view h);
bool is_follow_up(std::string_view h);
bool names_a_measure(std::string_view h);

}  // namespace cxs::detail
