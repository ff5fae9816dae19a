#ifndef _MATH_H
#define _MATH_H

/* gcc and tcc-lite both fold these to constants (0.0/0.0 would be a negative NaN on x86). */
#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#define HUGE_VALL ((long double)HUGE_VAL)

#define M_E         2.7182818284590452354
#define M_LOG2E     1.4426950408889634074
#define M_LOG10E    0.43429448190325182765
#define M_LN2       0.69314718055994530942
#define M_LN10      2.30258509299404568402
#define M_PI        3.14159265358979323846
#define M_PI_2      1.57079632679489661923
#define M_PI_4      0.78539816339744830962
#define M_1_PI      0.31830988618379067154
#define M_2_PI      0.63661977236758134308
#define M_2_SQRTPI  1.12837916709551257390
#define M_SQRT2     1.41421356237309504880
#define M_SQRT1_2   0.70710678118654752440

#define FP_NAN       0
#define FP_INFINITE  1
#define FP_ZERO      2
#define FP_SUBNORMAL 3
#define FP_NORMAL    4

#define FP_ILOGB0   (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERRNO

typedef float float_t;
typedef double double_t;

/* The classification macros work on any floating type, as C99 requires. */
int __fpclassify(double x);
int __fpclassifyf(float x);
int __fpclassifyl(long double x);
int __signbit(double x);
int __signbitf(float x);
int __signbitl(long double x);
int __isinf(double x);
int __isinff(float x);
int __isinfl(long double x);
#define __FP_DISPATCH(fn, x) (sizeof(x) == sizeof(float) ? fn##f(x) : \
    sizeof(x) == sizeof(double) ? fn((double)(x)) : fn##l(x))
#define fpclassify(x) __FP_DISPATCH(__fpclassify, x)
#define signbit(x) __FP_DISPATCH(__signbit, x)
/* Each argument is evaluated once, as C requires of these macros (`isnan(*p++)`): the
   compilers' built-ins (gcc's and ours) take care of it, and raise no invalid exception. */
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __FP_DISPATCH(__isinf, x)
#define isfinite(x) (fpclassify(x) > FP_INFINITE)
#define isnormal(x) (fpclassify(x) == FP_NORMAL)
#define isunordered(x, y) __builtin_isunordered(x, y)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#ifdef _GNU_SOURCE
/* The BSD functions behind the macros, for code that takes their address or #undefs
   them (configure scripts link against isnan); the parentheses keep the macros out. */
int (isnan)(double x);
int (isnanf)(float x);
int (isnanl)(long double x);
int (isinf)(double x);
int (isinff)(float x);
int (isinfl)(long double x);
int (finite)(double x);
int (finitef)(float x);
int (finitel)(long double x);
#endif

double fabs(double x);
double sqrt(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double rint(double x);
double nearbyint(double x);
long lround(double x);
long long llround(double x);
long lrint(double x);
long long llrint(double x);
double fmod(double x, double y);
double remainder(double x, double y);
double remquo(double x, double y, int *quo);
double copysign(double x, double y);
double nan(const char *tag);
double nextafter(double x, double y);
double nexttoward(double x, long double y);
double fmin(double x, double y);
double fmax(double x, double y);
double fdim(double x, double y);
double fma(double x, double y, double z);
double ldexp(double x, int e);
double scalbn(double x, int e);
double scalbln(double x, long e);
double frexp(double x, int *e);
double modf(double x, double *ip);
int ilogb(double x);
double logb(double x);

double exp(double x);
double exp2(double x);
#ifdef _GNU_SOURCE
double exp10(double x);
void sincos(double x, double *s, double *c);
void sincosf(float x, float *s, float *c);
void sincosl(long double x, long double *s, long double *c);
double drem(double x, double y);
float dremf(float x, float y);
double significand(double x);
float significandf(float x);
double gamma(double x);
float gammaf(float x);
#endif
double expm1(double x);
double log(double x);
double log10(double x);
double log2(double x);
double log1p(double x);
double pow(double x, double y);
double cbrt(double x);
double hypot(double x, double y);

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);

double erf(double x);
double erfc(double x);
double tgamma(double x);
/* Bessel functions of the first (j) and second (y) kind (math_bessel.c). */
double j0(double x);
double j1(double x);
double jn(int n, double x);
double y0(double x);
double y1(double x);
double yn(int n, double x);
double lgamma(double x);
double lgamma_r(double x, int *sign);
extern int signgam;

float fabsf(float x);
float sqrtf(float x);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float roundf(float x);
float rintf(float x);
float nearbyintf(float x);
float expf(float x);
float exp2f(float x);
#ifdef _GNU_SOURCE
float exp10f(float x);
#endif
float expm1f(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float log1pf(float x);
float logbf(float x);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float asinf(float x);
float acosf(float x);
float atanf(float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float asinhf(float x);
float acoshf(float x);
float atanhf(float x);
float cbrtf(float x);
float erff(float x);
float erfcf(float x);
float tgammaf(float x);
float lgammaf(float x);
float powf(float x, float y);
float fmodf(float x, float y);
float atan2f(float x, float y);
float copysignf(float x, float y);
float fminf(float x, float y);
float fmaxf(float x, float y);
float hypotf(float x, float y);
float remainderf(float x, float y);
float nextafterf(float x, float y);
float nexttowardf(float x, long double y);
float fdimf(float x, float y);
float ldexpf(float x, int e);
float scalbnf(float x, int e);
float frexpf(float x, int *e);
int ilogbf(float x);
long lroundf(float x);
long long llroundf(float x);
long lrintf(float x);
long long llrintf(float x);
float nanf(const char *tag);
float fmaf(float x, float y, float z);
float modff(float x, float *ip);
float remquof(float x, float y, int *quo);

long double fabsl(long double x);
long double sqrtl(long double x);
long double floorl(long double x);
long double ceill(long double x);
long double truncl(long double x);
long double roundl(long double x);
long double rintl(long double x);
long double nearbyintl(long double x);
long double expl(long double x);
long double exp2l(long double x);
#ifdef _GNU_SOURCE
long double exp10l(long double x);
#endif
long double expm1l(long double x);
long double logl(long double x);
long double log2l(long double x);
long double log10l(long double x);
long double log1pl(long double x);
long double logbl(long double x);
long double sinl(long double x);
long double cosl(long double x);
long double tanl(long double x);
long double asinl(long double x);
long double acosl(long double x);
long double atanl(long double x);
long double sinhl(long double x);
long double coshl(long double x);
long double tanhl(long double x);
long double asinhl(long double x);
long double acoshl(long double x);
long double atanhl(long double x);
long double cbrtl(long double x);
long double erfl(long double x);
long double erfcl(long double x);
long double tgammal(long double x);
long double lgammal(long double x);
long double powl(long double x, long double y);
long double fmodl(long double x, long double y);
long double atan2l(long double x, long double y);
long double copysignl(long double x, long double y);
long double fminl(long double x, long double y);
long double fmaxl(long double x, long double y);
long double hypotl(long double x, long double y);
long double remainderl(long double x, long double y);
long double nextafterl(long double x, long double y);
long double nexttowardl(long double x, long double y);
long double fdiml(long double x, long double y);
long double ldexpl(long double x, int e);
long double scalbnl(long double x, int e);
long double frexpl(long double x, int *e);
int ilogbl(long double x);
long lroundl(long double x);
long long llroundl(long double x);
long lrintl(long double x);
long long llrintl(long double x);
long double nanl(const char *tag);
long double fmal(long double x, long double y, long double z);
long double modfl(long double x, long double *ip);
long double remquol(long double x, long double y, int *quo);

#endif
