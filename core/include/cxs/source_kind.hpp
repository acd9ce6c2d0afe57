// Source kind: what an export is (survey responses, tickets, orders, ...), scored from the
// whole file, with the runner-up and the margin kept.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "cxs/column_roles.hpp"
#include "cxs/events.hpp"

namespace cxs {

struct KindDecision {
  SourceKind kind = SourceKind::unknown;
  double confidence = 0;  ///< 0..1: the winner's share of the two best scores
  SourceKind runner_up = SourceKind::unknown;
  double margin = 0;     ///< (best − runner-up) / best: 1 when nothing else fits
  std::string evidence;  ///< the strongest reasons, in a few words
  /// A decision a user should check: little evidence, or a close runner-up.
  bool uncertain() const { return kind != SourceKind::unknown && margin < 0.25; }
};

/// Scores every kind from all the file's roles (weighted by their confidence), its JSON
/// collection name ("tickets", "users", ...) and its header vocabulary, so one column cannot
/// flip a file: a survey with a utm_campaign column is still a survey, tickets that carry a
/// satisfaction rating are still tickets. unknown when nothing identifies the file.
KindDecision classify_source(const SourceMapping& mapping, std::string_view collection,
                             std::span<const std::string> header);

}  // namespace cxs
