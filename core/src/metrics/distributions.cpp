// Normal, Student t and chi-squared functions; see distributions.hpp.
#include "cxs/distributions.hpp"

#include <cmath>
#include <limits>

#include "cxs/detail/portable_math.hpp"

namespace cxs {
namespace {

constexpr double kEpsilon = 1e-15;
constexpr double kTiny = 1e-300;
constexpr int kMaxIterations = 10000;

// P(a, x) by its power series, for x < a + 1 (NR 3rd ed., eq. 6.2.5).
double gamma_series(double a, double x) {
  double term = 1 / a, sum = term;
  for (int n = 1; n < kMaxIterations; ++n) {
    term *= x / (a + n);
    sum += term;
    if (std::fabs(term) < std::fabs(sum) * kEpsilon) break;
  }
  return sum * pmath::exp(-x + a * pmath::log(x) - pmath::lgamma(a));
}

// Q(a, x) by Lentz's continued fraction, for x ≥ a + 1 (NR 3rd ed., eq. 6.2.7).
double gamma_continued_fraction(double a, double x) {
  double b = x + 1 - a, c = 1 / kTiny, d = 1 / b, h = d;
  for (int i = 1; i < kMaxIterations; ++i) {
    const double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = b + an / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1) < kEpsilon) break;
  }
  return pmath::exp(-x + a * pmath::log(x) - pmath::lgamma(a)) * h;
}

// The continued fraction of I_x(a, b) (NR 3rd ed., eq. 6.4.5, modified Lentz).
double beta_continued_fraction(double x, double a, double b) {
  const double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m < kMaxIterations; ++m) {
    const int m2 = 2 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1) < kEpsilon) break;
  }
  return h;
}

}  // namespace

double normal_cdf(double x) { return 0.5 * pmath::erfc(-x / std::sqrt(2.0)); }

double normal_two_sided_p(double z) { return pmath::erfc(std::fabs(z) / std::sqrt(2.0)); }

double normal_quantile(double p) {
  if (p <= 0) return -std::numeric_limits<double>::infinity();
  if (p >= 1) return std::numeric_limits<double>::infinity();
  // Wichura MJ (1988), "Algorithm AS 241: The percentage points of the normal distribution",
  // Applied Statistics 37(3):477-484, PPND16 coefficients.
  const double q = p - 0.5;
  if (std::fabs(q) <= 0.425) {
    const double r = 0.180625 - q * q;
    return q *
           (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) *
                    r +
                45921.953931549871457) *
                   r +
               13731.693765509461125) *
                  r +
              1971.5909503065514427) *
                 r +
             133.14166789178437745) *
                r +
            3.387132872796366608) /
           (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) *
                    r +
                21213.794301586595867) *
                   r +
               5394.1960214247511077) *
                  r +
              687.1870074920579083) *
                 r +
             42.313330701600911252) *
                r +
            1.0);
  }
  double r = q < 0 ? p : 1 - p;
  r = std::sqrt(-pmath::log(r));
  double value;
  if (r <= 5) {
    r -= 1.6;
    value = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r +
                  0.24178072517745061177) *
                     r +
                 1.27045825245236838258) *
                    r +
                3.64784832476320460504) *
                   r +
               5.7694972214606914055) *
                  r +
              4.6303378461565452959) *
                 r +
             1.42343711074968357734) /
            (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r +
                  0.0151986665636164571966) *
                     r +
                 0.14810397642748007459) *
                    r +
                0.68976733498510000455) *
                   r +
               1.6763848301838038494) *
                  r +
              2.05319162663775882187) *
                 r +
             1.0);
  } else {
    r -= 5;
    value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r +
                  0.0012426609473880784386) *
                     r +
                 0.026532189526576123093) *
                    r +
                0.29656057182850489123) *
                   r +
               1.7848265399172913358) *
                  r +
              5.4637849111641143699) *
                 r +
             6.6579046435011037772) /
            (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r +
                  1.8463183175100546818e-5) *
                     r +
                 7.868691311456132591e-4) *
                    r +
                0.0148753612908506148525) *
                   r +
               0.13692988092273580531) *
                  r +
              0.59983220655588793769) *
                 r +
             1.0);
  }
  return q < 0 ? -value : value;
}

double regularized_gamma_p(double a, double x) {
  if (x <= 0) return 0;
  return x < a + 1 ? gamma_series(a, x) : 1 - gamma_continued_fraction(a, x);
}

double regularized_gamma_q(double a, double x) {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gamma_series(a, x) : gamma_continued_fraction(a, x);
}

double regularized_beta(double x, double a, double b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double log_front = pmath::lgamma(a + b) - pmath::lgamma(a) - pmath::lgamma(b) +
                           a * pmath::log(x) + b * pmath::log1p(-x);
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry
  // I_x(a, b) = 1 − I_{1−x}(b, a) on the other side.
  if (x < (a + 1) / (a + b + 2))
    return pmath::exp(log_front) * beta_continued_fraction(x, a, b) / a;
  return 1 - pmath::exp(log_front) * beta_continued_fraction(1 - x, b, a) / b;
}

double chi_squared_upper_tail(double x, double df) { return regularized_gamma_q(df / 2, x / 2); }

double student_t_cdf(double t, double df) {
  const double tail = 0.5 * regularized_beta(df / (df + t * t), df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}

double student_t_quantile(double p, double df) {
  if (p <= 0) return -std::numeric_limits<double>::infinity();
  if (p >= 1) return std::numeric_limits<double>::infinity();
  // Bracket, then Newton on the cdf with the t density as derivative, falling back to
  // bisection whenever a step leaves the bracket.
  double lo = -1, hi = 1;
  while (student_t_cdf(lo, df) > p) lo *= 2;
  while (student_t_cdf(hi, df) < p) hi *= 2;
  double t = std::fmin(std::fmax(normal_quantile(p), lo), hi);
  const double log_norm = pmath::lgamma((df + 1) / 2) - pmath::lgamma(df / 2) -
                          0.5 * pmath::log(df * 3.14159265358979323846);
  for (int i = 0; i < 200; ++i) {
    const double f = student_t_cdf(t, df) - p;
    if (f == 0) return t;
    if (f < 0)
      lo = t;
    else
      hi = t;
    const double density = pmath::exp(log_norm - (df + 1) / 2 * pmath::log1p(t * t / df));
    double next = t - f / density;
    if (!(next >= lo && next <= hi)) next = (lo + hi) / 2;
    if (std::fabs(next - t) < 1e-13 * std::fmax(1.0, std::fabs(t))) return next;
    t = next;
  }
  return t;
}

}  // namespace cxs
