// Label scales: ordered answer wordings ("Very dissatisfied" … "Very satisfied", 不満 … 満足)
// read as points, chosen per column from the answers it holds.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cxs {

/// One ordered scale, lowest point first; each point lists the wordings that mean it.
struct LabelScale {
  std::string name;
  std::vector<std::vector<std::string>> points;  ///< lower-cased (ASCII) wordings per point

  int size() const { return static_cast<int>(points.size()); }
  /// 1-based point of `cell` (ASCII case and blanks ignored), or nullopt.
  std::optional<int> point_of(std::string_view cell) const;
  /// CSAT's "satisfied": the top two points of a five- or seven-point scale (top-2-box), the
  /// top point of a two- or three-point one (good of bad/good, good of bad/okay/good).
  bool is_satisfied(int point) const { return size() <= 3 ? point == size() : point >= size() - 1; }
};

/// The satisfaction scales shipped in core/data/scales/satisfaction.json (compiled in).
std::span<const LabelScale> satisfaction_scales();
/// What a tool writes for a rating it asked for and did not get ("offered", "未提供"):
/// blank, not invalid (satisfaction.json's "unanswered").
bool is_unanswered_rating(std::string_view cell);

/// The agreement scales of core/data/scales/agreement.json (Strongly disagree … Strongly
/// agree): how effort statements are answered (CES 2.0).
std::span<const LabelScale> agreement_scales();

struct ScaleChoice {
  const LabelScale* scale = nullptr;
  std::size_t matched = 0;          ///< cells the scale reads
  std::size_t distinct_points = 0;  ///< different points those cells fall on
  std::size_t filled = 0;           ///< non-blank cells
};

/// The scale that reads the most cells; among equals, the one that keeps more of the column's
/// distinct answers apart, then the shorter scale, then the first listed. Why: "満足" is the
/// 4th point of 非常に不満…非常に満足 but the 5th of 不満…満足, and only the other answers in
/// the column (やや満足 or 非常に満足) tell which scale the survey used. nullopt when no cell
/// matches any scale.
std::optional<ScaleChoice> choose_scale(std::span<const std::string_view> cells,
                                        std::span<const LabelScale> scales);

}  // namespace cxs
