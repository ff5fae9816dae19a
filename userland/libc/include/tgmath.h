#ifndef _TGMATH_H
#define _TGMATH_H

#include <complex.h>
#include <math.h>

/*
 * Type-generic math (C99 7.22) with C11's _Generic, which gcc and tcc-lite
 * both accept: a float argument calls the f function, a long double the l one,
 * a complex one the c function of its type (csqrt, csqrtf...), anything else
 * the double one.
 */
#define __TG_1(fn, x) _Generic((x), float: fn##f, long double: fn##l, default: fn)(x)
#define __TG_C1(fn, x)                                                         \
    _Generic((x), float: fn##f, long double: fn##l, float _Complex: c##fn##f,  \
             double _Complex: c##fn, long double _Complex: c##fn##l, default: fn)(x)
/* Functions of complex numbers only (creal...): real arguments count as complex. */
#define __TG_CONLY(fn, x)                                                      \
    _Generic((x), float: fn##f, float _Complex: fn##f, long double: fn##l,     \
             long double _Complex: fn##l, default: fn)(x)
/* An integer argument counts as double (C99 7.22p3): its stand-in is (double)0. */
#define __TG_ZERO(x)                                                           \
    _Generic((x), float: (float)0, long double: (long double)0, float _Complex: (float _Complex)0, \
             double _Complex: (double _Complex)0, long double _Complex: (long double _Complex)0, default: (double)0)
#define __TG_2(fn, x, y) _Generic(__TG_ZERO(x) + __TG_ZERO(y), float: fn##f, long double: fn##l, default: fn)(x, y)
#define __TG_C2(fn, x, y)                                                      \
    _Generic(__TG_ZERO(x) + __TG_ZERO(y), float: fn##f, long double: fn##l, float _Complex: c##fn##f, \
             double _Complex: c##fn, long double _Complex: c##fn##l, default: fn)(x, y)

#define fabs(x)                                                                \
    _Generic((x), float: fabsf, long double: fabsl, float _Complex: cabsf, double _Complex: cabs, \
             long double _Complex: cabsl, default: fabs)(x)
#define sqrt(x) __TG_C1(sqrt, x)
#define floor(x) __TG_1(floor, x)
#define ceil(x) __TG_1(ceil, x)
#define trunc(x) __TG_1(trunc, x)
#define round(x) __TG_1(round, x)
#define rint(x) __TG_1(rint, x)
#define nearbyint(x) __TG_1(nearbyint, x)
#define exp(x) __TG_C1(exp, x)
#define exp2(x) __TG_1(exp2, x)
#define expm1(x) __TG_1(expm1, x)
#define log(x) __TG_C1(log, x)
#define log2(x) __TG_1(log2, x)
#define log10(x) __TG_1(log10, x)
#define log1p(x) __TG_1(log1p, x)
#define logb(x) __TG_1(logb, x)
#define sin(x) __TG_C1(sin, x)
#define cos(x) __TG_C1(cos, x)
#define tan(x) __TG_C1(tan, x)
#define asin(x) __TG_C1(asin, x)
#define acos(x) __TG_C1(acos, x)
#define atan(x) __TG_C1(atan, x)
#define sinh(x) __TG_C1(sinh, x)
#define cosh(x) __TG_C1(cosh, x)
#define tanh(x) __TG_C1(tanh, x)
#define asinh(x) __TG_C1(asinh, x)
#define acosh(x) __TG_C1(acosh, x)
#define atanh(x) __TG_C1(atanh, x)
#define cbrt(x) __TG_1(cbrt, x)
#define erf(x) __TG_1(erf, x)
#define erfc(x) __TG_1(erfc, x)
#define tgamma(x) __TG_1(tgamma, x)
#define lgamma(x) __TG_1(lgamma, x)
#define pow(x, y) __TG_C2(pow, x, y)
#define fmod(x, y) __TG_2(fmod, x, y)
#define atan2(x, y) __TG_2(atan2, x, y)
#define copysign(x, y) __TG_2(copysign, x, y)
#define fmin(x, y) __TG_2(fmin, x, y)
#define fmax(x, y) __TG_2(fmax, x, y)
#define hypot(x, y) __TG_2(hypot, x, y)
#define remainder(x, y) __TG_2(remainder, x, y)
#define nextafter(x, y) __TG_2(nextafter, x, y)
#define fdim(x, y) __TG_2(fdim, x, y)
#define ldexp(x, e) _Generic((x), float: ldexpf, long double: ldexpl, default: ldexp)(x, e)
#define frexp(x, e) _Generic((x), float: frexpf, long double: frexpl, default: frexp)(x, e)
#define fma(x, y, z) _Generic(__TG_ZERO(x) + __TG_ZERO(y) + __TG_ZERO(z), float: fmaf, long double: fmal, default: fma)(x, y, z)
#define lround(x) _Generic((x), float: lroundf, long double: lroundl, default: lround)(x)
#define lrint(x) _Generic((x), float: lrintf, long double: lrintl, default: lrint)(x)
#undef creal
#undef cimag
#define carg(x) __TG_CONLY(carg, x)
#define cimag(x) __TG_CONLY(cimag, x)
#define conj(x) __TG_CONLY(conj, x)
#define cproj(x) __TG_CONLY(cproj, x)
#define creal(x) __TG_CONLY(creal, x)

#endif
