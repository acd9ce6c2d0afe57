// Distributions: the normal, Student t and chi-squared functions that intervals and tests
// need, from the regularized incomplete gamma and beta functions.
#pragma once

namespace cxs {

/// Φ⁻¹(0.975), the two-sided 95% normal quantile: qnorm(0.975) in R, to double precision.
inline constexpr double kZ95 = 1.959963984540054;

/// Standard normal cumulative distribution Φ(x).
double normal_cdf(double x);
/// Φ⁻¹(p) for 0 < p < 1, by Wichura (1988), algorithm AS 241 (PPND16), about 1e-16
/// relative accuracy. Returns ±infinity at p = 0 or 1.
double normal_quantile(double p);
/// Two-sided p-value of a standard normal statistic: 2 Φ(−|z|).
double normal_two_sided_p(double z);

/// Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), a > 0, x ≥ 0 (series for
/// x < a + 1, Lentz's continued fraction otherwise; Numerical Recipes 3rd ed., §6.2).
double regularized_gamma_p(double a, double x);
/// Q(a, x) = 1 − P(a, x), computed directly so small upper tails keep their precision.
double regularized_gamma_q(double a, double x);
/// Regularized incomplete beta I_x(a, b) by its continued fraction (NR 3rd ed., §6.4).
double regularized_beta(double x, double a, double b);

/// P(X > x) for X ~ χ²(df): Q(df/2, x/2).
double chi_squared_upper_tail(double x, double df);
/// P(T ≤ t) for T ~ Student t(df), df > 0: from I_{df/(df+t²)}(df/2, 1/2).
double student_t_cdf(double t, double df);
/// The p-quantile of Student t(df), 0 < p < 1, by Newton steps on student_t_cdf from the
/// normal quantile, with bisection as a safeguard; accurate to about 1e-12.
double student_t_quantile(double p, double df);

}  // namespace cxs
