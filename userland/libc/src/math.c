/*
 * The exact part of <math.h>: rounding, remainders, scaling, classification.
 * Each result is exact or rounded once, as IEEE 754 specifies.
 * (Transcendental functions: math_exp.c and math_trig.c; float ones: math_float.c.)
 */
#include <math.h>
#include <errno.h>
#include <fenv.h>
#include <stdint.h>
#include "math_dd.h"

static uint64_t bits_of(double x)
{
    union { double d; uint64_t u; } v;
    v.d = x;
    return v.u;
}

static double double_of(uint64_t u)
{
    union { double d; uint64_t u; } v;
    v.u = u;
    return v.d;
}

int __fpclassify(double x)
{
    uint64_t u = bits_of(x);
    int e = (int)((u >> 52) & 0x7ff);
    uint64_t m = u & ((1UL << 52) - 1);

    if (e == 0x7ff)
        return m != 0 ? FP_NAN : FP_INFINITE;
    if (e == 0)
        return m != 0 ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

int __fpclassifyf(float x)
{
    union { float f; uint32_t u; } v;
    int e;

    v.f = x;
    e = (int)((v.u >> 23) & 0xff);
    if (e == 0xff)
        return (v.u & 0x7fffff) != 0 ? FP_NAN : FP_INFINITE;
    if (e == 0)
        return (v.u & 0x7fffff) != 0 ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

/*
 * By the x87's arithmetic rather than the bits, as gcc's __builtin_fpclassify:
 * the encodings the FPU rejects (unnormals, pseudo-infinities) compare as NaN,
 * and a pseudo-denormal is a normal-sized value. Converting to double would
 * call LDBL_MAX infinite and 1e-4940L zero.
 */
int __fpclassifyl(long double x)
{
    long double magnitude = x < 0 ? -x : x;

    if (x != x)
        return FP_NAN;
    if (magnitude == (long double)INFINITY)
        return FP_INFINITE;
    if (magnitude >= 0x1p-16382L)
        return FP_NORMAL;
    return x != 0 ? FP_SUBNORMAL : FP_ZERO;
}

/* The values glibc's out-of-line versions return (gcc -O0 calls them). */
int __signbit(double x)
{
    return (int)(bits_of(x) >> 63);
}

int __signbitf(float x)
{
    union { float f; uint32_t u; } v;

    v.f = x;
    return (int)(v.u & 0x80000000u);
}

/* From the bits: converting an unnormal to double would give the FPU's default NaN, negative. */
int __signbitl(long double x)
{
    union { long double ld; struct { uint64_t m; uint16_t se; } x; } bits;

    bits.ld = x;
    return bits.x.se & 0x8000 ? 512 : 0;
}

/* -1 for -inf, as glibc's. */
int __isinf(double x)
{
    if (__fpclassify(x) != FP_INFINITE)
        return 0;
    return x < 0 ? -1 : 1;
}

int __isinff(float x)
{
    return __isinf(x);
}

int __isinfl(long double x)
{
    if (__fpclassifyl(x) != FP_INFINITE)
        return 0;
    return x < 0 ? -1 : 1;
}

double fabs(double x)
{
    return double_of(bits_of(x) & ~(1UL << 63));
}

double copysign(double x, double y)
{
    return double_of((bits_of(x) & ~(1UL << 63)) | (bits_of(y) & (1UL << 63)));
}

double nan(const char *tag)
{
    (void)tag;
    return NAN;
}

double __sqrt_rounded(double x);

/* Below zero (not -0) a domain error: errno EDOM, as glibc; the instruction raises FE_INVALID. */
double sqrt(double x)
{
    if (isless(x, 0.0))
        errno = EDOM;
    return __sqrt_rounded(x);
}

double trunc(double x)
{
    /* From 2^52 up every double is an integer (and NaN/inf stay as they are). The
       comparisons on a possible NaN are the quiet ones: `<` would raise FE_INVALID. */
    if (!isless(fabs(x), 4503599627370496.0) || x == 0.0)
        return x;
    return copysign((double)(long)x, x);
}

double floor(double x)
{
    double t = trunc(x);
    return isgreater(t, x) ? t - 1.0 : t;
}

double ceil(double x)
{
    double t = trunc(x);
    return isless(t, x) ? copysign(t + 1.0, x) : t;
}

double round(double x)
{
    double t = trunc(x);

    if (isgreaterequal(fabs(x - t), 0.5))
        t += x < 0 ? -1.0 : 1.0;
    return t;
}

/*
 * In the current rounding mode: adding and removing 2^52 leaves no fraction
 * bits, and the addition rounds as the mode says. The shift goes away from zero
 * on x's side, so that the value rounded is x itself: rounding |x| would round a
 * negative x the wrong way upward and downward. copysign keeps the -0 of (-1, 0).
 */
double rint(double x)
{
    double r;

    if (!isless(fabs(x), 4503599627370496.0))
        return x;
    if (x > 0)
        r = (x + 4503599627370496.0) - 4503599627370496.0;
    else
        r = (x - 4503599627370496.0) + 4503599627370496.0;
    return copysign(r, x);
}

/* rint without the inexact flag, which C reserves to rint. */
double nearbyint(double x)
{
    int inexact = fetestexcept(FE_INEXACT);
    double r = rint(x);

    if (!inexact)
        feclearexcept(FE_INEXACT);
    return r;
}

long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }
long lrint(double x) { return (long)rint(x); }
long long llrint(double x) { return (long long)rint(x); }

double frexp(double x, int *e)
{
    uint64_t u = bits_of(x);
    int exp = (int)((u >> 52) & 0x7ff);

    if (exp == 0) {
        if (x == 0.0) {
            *e = 0;
            return x;
        }
        /* Subnormal: scale into the normal range first. */
        x = frexp(x * 18446744073709551616.0, e);
        *e -= 64;
        return x;
    }
    if (exp == 0x7ff) {
        *e = 0;
        return x;
    }
    *e = exp - 1022;
    return double_of((u & ~(0x7ffUL << 52)) | (1022UL << 52));
}

/*
 * x * 2^e rounded once: big steps are taken only while the result stays
 * normal (exact), so the last multiplication is the only one that rounds.
 * __scale2 is the library's own scaling; ldexp adds the caller's range errors:
 * overflow, or a nonzero x scaled to 0 (not a subnormal result), as glibc's.
 */
double __scale2(double x, int e)
{
    if (e > 1023) {
        x *= 0x1p1023;
        e -= 1023;
        if (e > 1023) {
            x *= 0x1p1023;
            e = e - 1023 > 1023 ? 1023 : e - 1023;
        }
    } else if (e < -1022) {
        /* 2^-969 = 2^-1022 * 2^53 keeps all 53 bits of a normal x. */
        x *= 0x1p-969;
        e += 969;
        if (e < -1022) {
            x *= 0x1p-969;
            e = e + 969 < -1022 ? -1022 : e + 969;
        }
    }
    return x * double_of((uint64_t)(e + 1023) << 52);
}

double ldexp(double x, int e)
{
    double r;

    if (!isfinite(x) || x == 0.0)
        return x + x;
    r = __scale2(x, e);
    if (isinf(r) || r == 0.0)
        errno = ERANGE;
    return r;
}

double scalbn(double x, int e) { return ldexp(x, e); }

double scalbln(double x, long e)
{
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    return ldexp(x, (int)e);
}

/* 0, NaN and the infinities are domain errors (EDOM), as glibc reports them. */
int ilogb(double x)
{
    int e;

    if (x == 0.0 || isnan(x) || isinf(x)) {
        errno = EDOM;
        return isinf(x) ? 2147483647 : -2147483647 - 1;
    }
    frexp(x, &e);
    return e - 1;
}

/* logb(0) raises divide-by-zero but is no range error: glibc leaves errno alone. */
double logb(double x)
{
    if (x == 0.0)
        return -1.0 / fabs(x);
    if (isinf(x))
        return HUGE_VAL;
    if (isnan(x))
        return x;
    return (double)ilogb(x);
}

double modf(double x, double *ip)
{
    *ip = trunc(x);
    if (isinf(x))
        return copysign(0.0, x);
    return copysign(x - *ip, x);
}

/* |x| = m * 2^e with m an integer of exactly 53 bits (x finite and nonzero). */
static uint64_t unpack(double x, int *e)
{
    double f = frexp(fabs(x), e);

    *e -= 53;
    return (uint64_t)__scale2(f, 53);
}

/* fmod by binary long division on the significands: always exact. */
double fmod(double x, double y)
{
    uint64_t mx, my;
    int ex, ey, i;

    if (isnan(x) || isnan(y) || isinf(x) || y == 0.0) {
        if (!isnan(x) && !isnan(y))
            errno = EDOM;
        return (x * y) / (x * y);
    }
    if (isinf(y) || fabs(x) < fabs(y) || x == 0.0)
        return x;
    mx = unpack(x, &ex);
    my = unpack(y, &ey);
    for (i = ex - ey; i > 0; i--) {
        if (mx >= my)
            mx -= my;
        mx <<= 1;
    }
    if (mx >= my)
        mx -= my;
    return copysign(__scale2((double)mx, ey), x);
}

/* x - n y with n the integer nearest x / y (ties to even). */
double remainder(double x, double y)
{
    double ax, ay, r;
    int odd = 0;

    if (isnan(x) || isnan(y))
        return x + y;
    if (isinf(x) || y == 0.0) {
        errno = EDOM;
        return -NAN;
    }
    ax = fabs(x);
    ay = fabs(y);
    r = ay <= 0x1p1022 ? fmod(ax, 2.0 * ay) : ax;
    if (r >= ay) {
        r -= ay;
        odd = 1;
    }
    if (r > ay - r || (r == ay - r && odd))
        r -= ay;
    return x < 0 ? -r : r;
}

/*
 * remquo: remainder's result, and the quotient it rounded to modulo 8 (8 itself
 * when the last step rounds 7 up, as glibc gives it), with the quotient's sign.
 * (x - r) / y in double loses those bits once the quotient passes 2^53; fmod by
 * 8|y| is exact and keeps them, and each step below is exact too.
 */
double remquo(double x, double y, int *quo)
{
    double ax = fabs(x), ay = fabs(y), r = remainder(x, y);
    int q = 0;

    if (isnan(r))
        return r;           /* glibc leaves *quo as it was */
    if (ay < 0x1p1021)
        ax = fmod(ax, 8 * ay);
    if (ay < 0x1p1022 && ax >= 4 * ay) {
        ax -= 4 * ay;
        q += 4;
    }
    if (ay < 0x1p1023 && ax >= 2 * ay) {
        ax -= 2 * ay;
        q += 2;
    }
    if (ax >= ay) {
        ax -= ay;
        q++;
    }
    /* Round to nearest, ties to even, as remainder does (2 ax is exact for a tiny y). */
    if (ay < 0x1p-1021 ? (ax + ax > ay || (ax + ax == ay && (q & 1)))
                       : (ax > 0.5 * ay || (ax == 0.5 * ay && (q & 1))))
        q++;
    *quo = q * ((x < 0) != (y < 0) ? -1 : 1);   /* 0 to 8, as glibc's */
    return r;
}

/*
 * A step to infinity or into the subnormals (0 included) is a range error, as
 * glibc reports it; the first step up from 0 is not.
 */
double nextafter(double x, double y)
{
    uint64_t u;
    double r;

    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;
    if (x == 0.0)
        return copysign(double_of(1), y);
    u = bits_of(x);
    if ((x < y) == (x > 0))
        u++;
    else
        u--;
    r = double_of(u);
    if (isinf(r) || fabs(r) < 0x1p-1022)
        errno = ERANGE;
    return r;
}

double fmin(double x, double y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? x : y;
    return x < y ? x : y;
}

double fmax(double x, double y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

double fdim(double x, double y)
{
    double r;

    if (isnan(x) || isnan(y))
        return x + y;
    if (!(x > y))
        return 0.0;
    r = x - y;
    if (isinf(r) && !isinf(x) && !isinf(y))
        errno = ERANGE;
    return r;
}

/* x * y + z with the product exact (double-double); rounded once in all but rare ties. */
double fma(double x, double y, double z)
{
    dd p;

    /* Outside the range where Dekker's splitting is exact, fall back to two roundings. */
    if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0.0 || y == 0.0 ||
        fabs(x) > 0x1p900 || fabs(y) > 0x1p900 || fabs(x * y) > 0x1p900 || fabs(x * y) < 0x1p-900)
        return x * y + z;
    p = dd_add_d(dd_two_prod(x, y), z);
    return p.hi + p.lo;
}
