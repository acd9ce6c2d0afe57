// Estimate: a number that never travels without its sample size, interval and method.
#pragma once

#include <array>
#include <cstdint>

namespace cxs {

enum class Method {
  none,           ///< no interval (n = 0)
  adjusted_wald,  ///< NPS: Rocks (2016) adjusted-Wald, +3/4 promoters and detractors, +3/2 passives
  wilson,         ///< a proportion: Wilson (1927) score interval
  student_t,      ///< a mean: mean ± t(0.975, n − 1) · s / √n
  newcombe_hybrid,  ///< difference of proportions: Newcombe (1998) method 10, from Wilson limits
  welch_t,          ///< difference of means: Welch (1947) t with Satterthwaite df
};

/// Spelling of a Method in the report.
const char* to_string(Method method);

struct Estimate {
  double value = 0;
  std::uint64_t n = 0;           ///< observations it rests on
  std::array<double, 2> ci95{};  ///< 95% interval, in the unit of value
  Method method = Method::none;  ///< how the interval was computed
};

}  // namespace cxs
