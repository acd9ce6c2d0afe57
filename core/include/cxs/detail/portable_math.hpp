#pragma once
// Transcendental functions that give the same bits on every target.
//
// The design contract says the report JSON is bit-for-bit identical from the native build
// (glibc) and the wasm build (emscripten's musl). The system libms disagree in the last ulp
// for exp, log, lgamma, erfc, log1p, expm1, ...: glibc has its own implementations and even
// picks FMA variants at run time depending on the CPU, and maximum-likelihood fits amplify a
// one-ulp difference into a different printed estimate. So the core never calls std::exp and
// friends: it calls these, which forward to one copy of musl's code (vendored, unmodified but
// renamed to cxs_*, in src/third_party/musl_math) compiled into cxs_core in both builds.
// sqrt, fabs, floor, ceil, round, fmin/fmax are exact IEEE operations: std:: is fine for them.

extern "C" {
double cxs_exp(double);
double cxs_log(double);
double cxs_log1p(double);
double cxs_log2(double);
double cxs_log10(double);
double cxs_expm1(double);
double cxs_pow(double, double);
double cxs_tanh(double);
double cxs_atanh(double);
double cxs_hypot(double, double);
double cxs_erf(double);
double cxs_erfc(double);
double cxs___lgamma_r(double, int*);
}

namespace cxs::pmath {

inline double exp(double x) { return cxs_exp(x); }
inline double log(double x) { return cxs_log(x); }
inline double log1p(double x) { return cxs_log1p(x); }
inline double log2(double x) { return cxs_log2(x); }
inline double log10(double x) { return cxs_log10(x); }
inline double expm1(double x) { return cxs_expm1(x); }
inline double pow(double x, double y) { return cxs_pow(x, y); }
inline double tanh(double x) { return cxs_tanh(x); }
inline double atanh(double x) { return cxs_atanh(x); }
inline double hypot(double x, double y) { return cxs_hypot(x, y); }
inline double erf(double x) { return cxs_erf(x); }
inline double erfc(double x) { return cxs_erfc(x); }
// lgamma through the reentrant form: plain lgamma writes the global signgam.
inline double lgamma(double x) {
  int sign = 0;
  return cxs___lgamma_r(x, &sign);
}

}  // namespace cxs::pmath
