// Source kind: what an export is (survey responses, tickets, orders, ...), scored from the
// whole file, with the runner-up and the margin kept.
//
// Two steps. kind_features() reads the file's evidence as numbers: the confidence of each
// column role, the JSON collection's name, the records' own type, the tool's vocabulary in
// the headers, id prefixes. classify_source() weighs them with a multinomial logistic model
// whose weights are data (core/data/models/source_kind.json): hand-set prior weights, refitted
// on labelled exports by scripts/models/train-kind-model.mjs, which also reports the model's
// leave-one-vendor-out accuracy.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cxs/column_roles.hpp"
#include "cxs/events.hpp"
#include "cxs/message.hpp"

namespace cxs {

/// The evidence features other than header words: "role:<role>" (that role's confidence),
/// "collection:<kind>", "type:<kind>", "vocab:<area>", ... as listed in source_kind.cpp.
/// Header words are features too, spelled "word:<word>" (lowercase, a plural's final s
/// dropped); the model weighs those it was fitted on and no others.
std::span<const std::string_view> kind_feature_names();

/// The evidence of one file: the features that are not 0, each with a few words so that a
/// decision can say why.
struct KindFeatures {
  std::vector<std::string> names;
  std::vector<double> values;
  std::vector<Message> reasons;  ///< message.hpp
};

KindFeatures kind_features(const SourceMapping& mapping, std::string_view collection,
                           std::span<const std::string> header);

/// Kinds the model scores, in SourceKind order from survey_responses (unknown is not a class).
inline constexpr std::size_t kScoredKinds = static_cast<std::size_t>(SourceKind::mentions);

struct KindDecision {
  SourceKind kind = SourceKind::unknown;
  double confidence = 0;  ///< 0..1: the model's probability of the kind
  SourceKind runner_up = SourceKind::unknown;
  double margin = 0;       ///< (best − runner-up) / best, of the probabilities
  std::string evidence;    ///< the features that weighed most for the kind, in a few words
  Message evidence_msg{};  ///< the same as a message (message.hpp)
  /// Every kind's probability, in SourceKind order from survey_responses.
  std::array<double, kScoredKinds> probabilities{};
  KindFeatures features;
  /// A decision a user should check: the model thinks the kind more likely wrong than right,
  /// or the runner-up is close.
  bool uncertain() const {
    return kind != SourceKind::unknown && (confidence < 0.5 || margin < 0.25);
  }
};

/// Scores every kind from all the file's evidence at once, so one column cannot flip a file:
/// a survey with a utm_campaign column is still a survey, tickets that carry a satisfaction
/// rating are still tickets. unknown when no evidence reaches half a unit (nothing identifies
/// the file).
KindDecision classify_source(const SourceMapping& mapping, std::string_view collection,
                             std::span<const std::string> header);

}  // namespace cxs
