// Satisfaction label scales from data; see label_scales.hpp.
#include "cxs/label_scales.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "cxs/detail/ascii.hpp"
#include "cxs/detail/utf8.hpp"

namespace cxs {
namespace {

constexpr std::string_view kSatisfactionJson =
#include "scales/satisfaction.inc"
    ;
constexpr std::string_view kAgreementJson =
#include "scales/agreement.inc"
    ;

/// Trims ASCII blanks and U+3000 (Japanese exports pad cells with it), lowercases ASCII and
/// reads '_' as a space ("rated_good").
std::string label_key(std::string_view cell) {
  std::string key = detail::ascii_lower(detail::trim_blanks_and_ideographic_spaces(cell));
  std::replace(key.begin(), key.end(), '_', ' ');
  return key;
}

std::vector<LabelScale> parse_scales(std::string_view text) {
  std::vector<LabelScale> out;
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.contains("scales")) return out;  // a build error, tested
  for (const auto& entry : doc["scales"]) {
    LabelScale scale;
    scale.name = entry.value("name", "");
    for (const auto& point : entry["points"]) {
      std::vector<std::string> wordings;
      for (const auto& wording : point) wordings.push_back(label_key(wording.get<std::string>()));
      scale.points.push_back(std::move(wordings));
    }
    out.push_back(std::move(scale));
  }
  return out;
}

}  // namespace

std::optional<int> LabelScale::point_of(std::string_view cell) const {
  const std::string key = label_key(cell);
  if (key.empty()) return std::nullopt;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (std::find(points[i].begin(), points[i].end(), key) != points[i].end())
      return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

std::vector<std::string> parse_unanswered(std::string_view text) {
  std::vector<std::string> out;
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.contains("unanswered")) return out;
  for (const auto& wording : doc["unanswered"])
    out.push_back(label_key(wording.get<std::string>()));
  return out;
}

bool is_unanswered_rating(std::string_view cell) {
  static const std::vector<std::string> wordings = parse_unanswered(kSatisfactionJson);
  const std::string key = label_key(cell);
  return std::find(wordings.begin(), wordings.end(), key) != wordings.end();
}

std::span<const LabelScale> satisfaction_scales() {
  // Immutable data parsed once; no state that a caller could change or observe.
  static const std::vector<LabelScale> scales = parse_scales(kSatisfactionJson);
  return scales;
}

std::span<const LabelScale> agreement_scales() {
  static const std::vector<LabelScale> scales = parse_scales(kAgreementJson);
  return scales;
}

std::optional<ScaleChoice> choose_scale(std::span<const std::string_view> cells,
                                        std::span<const LabelScale> scales) {
  std::optional<ScaleChoice> best;
  std::size_t filled = 0;
  for (const std::string_view cell : cells) filled += label_key(cell).empty() ? 0 : 1;
  for (const LabelScale& scale : scales) {
    ScaleChoice choice{&scale, 0, 0, filled};
    std::set<int> points;
    for (const std::string_view cell : cells) {
      if (const auto point = scale.point_of(cell)) {
        ++choice.matched;
        points.insert(*point);
      }
    }
    choice.distinct_points = points.size();
    if (choice.matched == 0) continue;
    const auto better = [&] {
      if (!best) return true;
      if (choice.matched != best->matched) return choice.matched > best->matched;
      if (choice.distinct_points != best->distinct_points)
        return choice.distinct_points > best->distinct_points;
      return scale.size() < best->scale->size();
    };
    if (better()) best = choice;
  }
  return best;
}

}  // namespace cxs
