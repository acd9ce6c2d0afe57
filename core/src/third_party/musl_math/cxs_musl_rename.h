/* Force-included (-include) before every vendored musl math source in this directory.
 * Not part of musl: it gives musl's public and internal libm names a cxs_ prefix so that
 * they never clash with (or get replaced by) the system libm, glibc natively or
 * emscripten's own musl in wasm. The vendored files themselves are unmodified.
 *
 * The system headers are included first, so that the renames below do not rewrite
 * their declarations; the vendored files' own #include <math.h> etc. are then no-ops. */
#ifndef CXS_MUSL_RENAME_H
#define CXS_MUSL_RENAME_H

#include <endian.h>
#include <float.h>
#include <math.h>
#include <stdint.h>

/* musl's build gets these from its src/include/features.h. */
#define hidden __attribute__((__visibility__("hidden")))
/* Only lgamma_r.c uses it (weak_alias(__lgamma_r, lgamma_r)); a plain declaration keeps the
 * renamed public alias out of the object instead of pointing it at an unrenamed symbol. */
#define weak_alias(old, new) extern __typeof(old) new

/* Same code path on every target: never take the fused multiply-add branches, even when a
 * native build is given -march flags that define __FP_FAST_FMA. */
#undef __FP_FAST_FMA
#undef __FP_FAST_FMAF

/* Public functions. */
#define exp cxs_exp
#define log cxs_log
#define log1p cxs_log1p
#define log2 cxs_log2
#define log10 cxs_log10
#define expm1 cxs_expm1
#define pow cxs_pow
#define tanh cxs_tanh
#define atanh cxs_atanh
#define hypot cxs_hypot
#define erf cxs_erf
#define erfc cxs_erfc
#define lgamma_r cxs_lgamma_r

/* Internal functions and tables. */
#define __lgamma_r cxs___lgamma_r
#define __sin cxs___sin
#define __cos cxs___cos
#define __tan cxs___tan
#define __rem_pio2 cxs___rem_pio2
#define __rem_pio2_large cxs___rem_pio2_large
#define __expo2 cxs___expo2
#define __math_xflow cxs___math_xflow
#define __math_uflow cxs___math_uflow
#define __math_oflow cxs___math_oflow
#define __math_divzero cxs___math_divzero
#define __math_invalid cxs___math_invalid
#define __signgam cxs___signgam
/* Declared by libm.h though unused here; glibc's <math.h> declares some of them too. */
#define __rem_pio2f cxs___rem_pio2f
#define __sindf cxs___sindf
#define __cosdf cxs___cosdf
#define __tandf cxs___tandf
#define __expo2f cxs___expo2f
#define __rem_pio2l cxs___rem_pio2l
#define __sinl cxs___sinl
#define __cosl cxs___cosl
#define __tanl cxs___tanl
#define __polevll cxs___polevll
#define __p1evll cxs___p1evll
#define __lgammaf_r cxs___lgammaf_r
#define __math_xflowf cxs___math_xflowf
#define __math_uflowf cxs___math_uflowf
#define __math_oflowf cxs___math_oflowf
#define __math_divzerof cxs___math_divzerof
#define __math_invalidf cxs___math_invalidf
#define __math_invalidl cxs___math_invalidl
#define __exp_data cxs___exp_data
#define __log_data cxs___log_data
#define __log2_data cxs___log2_data
#define __pow_log_data cxs___pow_log_data

/* The system <math.h> declared the unprefixed names; these calls between vendored files
 * (erfc -> exp, tanh -> expm1) need the prefixed ones. */
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

#endif
