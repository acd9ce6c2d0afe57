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

/// One scales file (core/data/scales/*.json): its scales and its "asked, not answered" wordings.
struct ScaleFile {
  std::vector<LabelScale> scales;
  std::vector<std::string> unanswered;
};

ScaleFile parse_scale_file(std::string_view text) {
  ScaleFile out;
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
    out.scales.push_back(std::move(scale));
  }
  for (const auto& wording : doc.value("unanswered", nlohmann::json::array()))
    out.unanswered.push_back(label_key(wording.get<std::string>()));
  return out;
}

// Immutable data parsed once; no state that a caller could change or observe.
const ScaleFile& satisfaction_file() {
  static const ScaleFile file = parse_scale_file(kSatisfactionJson);
  return file;
}

/// 1-based point of an already normalised key (label_key), or nullopt.
std::optional<int> point_of_key(const LabelScale& scale, std::string_view key) {
  if (key.empty()) return std::nullopt;
  for (std::size_t i = 0; i < scale.points.size(); ++i) {
    if (std::find(scale.points[i].begin(), scale.points[i].end(), key) != scale.points[i].end())
      return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> LabelScale::point_of(std::string_view cell) const {
  return point_of_key(*this, label_key(cell));
}

bool is_unanswered_rating(std::string_view cell) {
  const std::vector<std::string>& wordings = satisfaction_file().unanswered;
  return std::find(wordings.begin(), wordings.end(), label_key(cell)) != wordings.end();
}

std::span<const LabelScale> satisfaction_scales() { return satisfaction_file().scales; }

std::span<const LabelScale> agreement_scales() {
  static const ScaleFile file = parse_scale_file(kAgreementJson);
  return file.scales;
}

std::optional<ScaleChoice> choose_scale(std::span<const std::string_view> cells,
                                        std::span<const LabelScale> scales) {
  std::optional<ScaleChoice> best;
  // Each cell's key once, not once per scale.
  std::vector<std::string> keys;
  keys.reserve(cells.size());
  for (const std::string_view cell : cells) keys.push_back(label_key(cell));
  const auto filled = static_cast<std::size_t>(
      std::count_if(keys.begin(), keys.end(), [](const std::string& k) { return !k.empty(); }));
  for (const LabelScale& scale : scales) {
    ScaleChoice choice{&scale, 0, 0, filled};
    std::set<int> points;
    for (const std::string& key : keys) {
      if (const auto point = point_of_key(scale, key)) {
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
