/*
 * Exponentials, logarithms and their relatives, computed in double-double
 * (math_dd.h) and rounded once, so results are correctly rounded in all but
 * extremely rare cases, as glibc's are.
 */
#include <math.h>
#include <errno.h>
#include "math_dd.h"
#include "math_recip.h"

/* ln 2 in three pieces of 32 bits: k * piece is exact for |k| < 2^21. */
#define LN2_1 0x1.62e42fee00000p-1
#define LN2_2 0x1.a39ef35600000p-33
#define LN2_3 0x1.93c7673000000p-65

/*
 * e^a = 2^k * (1 + m). With k the nearest integer to a / ln 2, the rest
 * r = a - k ln 2 is at most ln(2)/2 and e^r - 1 = r (1 + r/2 (1 + r/3 (...)))
 * converges fast: the small inner terms in double, the outer five in double-double.
 */
dd __exp_dd(dd a, int *k)
{
    double kd = floor(a.hi * 0x1.71547652b82fep+0 + 0.5), t;
    dd r, s;
    int n;

    *k = (int)kd;
    r = dd_two_sum(a.hi - kd * LN2_1, -kd * LN2_2);
    r = dd_add_d(r, a.lo);
    r = dd_add_d(r, -kd * LN2_3);
    t = 1.0;
    for (n = 22; n >= 6; n--)
        t = 1.0 + r.hi * t / (n + 1);
    s = dd_make(t, 0.0);
    for (n = 5; n >= 1; n--)
        s = dd_add_d(dd_mul(dd_mul(r, DD_RECIP(n + 1)), s), 1.0);
    return dd_mul(r, s);
}

/*
 * log a for a > 0: a = 2^k * m with m in [sqrt(1/2), sqrt(2)), f = m - 1,
 * s = f / (2 + f), and log m = 2 atanh s = 2s (1 + s^2/3 + s^4/5 + ...).
 */
dd __log_dd(dd a)
{
    double m, t;
    dd f, s, w, sum;
    int k, j;

    m = frexp(a.hi, &k);
    if (m < 0.70710678118654752440)
        k--;
    a = dd_make(__scale2(a.hi, -k), __scale2(a.lo, -k));
    f = dd_add_d(a, -1.0);
    s = dd_div(f, dd_add_d(f, 2.0));
    w = dd_mul(s, s);
    t = 1.0 / 45;
    for (j = 21; j >= 6; j--)
        t = 1.0 / (2 * j + 1) + w.hi * t;
    sum = dd_make(t, 0.0);
    for (j = 5; j >= 1; j--)
        sum = dd_add(DD_RECIP(2 * j + 1), dd_mul(w, sum));
    sum = dd_add_d(dd_mul(w, sum), 1.0);
    return dd_add(dd_mul_d(DD_LN2, k), dd_mul(dd_mul_d(s, 2.0), sum));
}

/*
 * (hi + lo) * 2^k rounded once. Scaling a normal result by a power of two is
 * exact; a subnormal one is rounded here on the 2^-1074 grid, ties to even.
 */
double __dd_scale(dd a, int k)
{
    double v = a.hi + a.lo, u, n, frac;
    int e;

    frexp(v, &e);
    if (v == 0.0 || e + k > -1021)
        return ldexp(v, k);
    /* In units of 2^-1074 the result is an integer below 2^53: round the double-double. */
    u = ldexp(a.hi, k + 1074);
    frac = ldexp(a.lo, k + 1074);
    n = floor(u + 0.5);
    frac += u - n;
    if (frac > 0.5 || (frac == 0.5 && fmod(n, 2.0) != 0.0))
        n += 1.0;
    else if (frac < -0.5 || (frac == -0.5 && fmod(n, 2.0) != 0.0))
        n -= 1.0;
    return ldexp(n, -1074);
}

/* e^a - 1 in double-double, for |a| below the overflow threshold. */
static dd expm1_dd(dd a)
{
    int k;
    dd m = __exp_dd(a, &k);
    double p = ldexp(1.0, k);

    return dd_add(dd_mul_d(m, p), dd_two_sum(p, -1.0));
}

static double overflow(int negative)
{
    errno = ERANGE;
    return negative ? -HUGE_VAL : HUGE_VAL;
}

static double underflow(int negative)
{
    errno = ERANGE;
    return negative ? -0.0 : 0.0;
}

/* e^a rounded, or the overflow/underflow result. */
static double exp_of(dd a, int negative)
{
    int k;
    dd m;
    double r;

    if (a.hi > 709.8)
        return overflow(negative);
    if (a.hi < -745.2)
        return underflow(negative);
    m = __exp_dd(a, &k);
    r = __dd_scale(dd_add_d(m, 1.0), k);
    if (r == HUGE_VAL || r == 0.0)
        errno = ERANGE;
    return negative ? -r : r;
}

double exp(double x)
{
    if (isnan(x))
        return x;
    if (isinf(x))
        return x > 0 ? x : 0.0;
    return exp_of(dd_make(x, 0.0), 0);
}

double exp2(double x)
{
    double k;

    if (isnan(x) || x == HUGE_VAL)
        return x; /* +inf is exact: no range error */
    if (x > 1024.0)
        return overflow(0);
    if (x < -1080.0)
        return x == -HUGE_VAL ? 0.0 : underflow(0);
    /* 2^x = 2^k * e^((x - k) ln 2), with x - k exact. */
    k = floor(x + 0.5);
    return __dd_scale(dd_add_d(expm1_dd(dd_mul_d(DD_LN2, x - k)), 1.0), (int)k);
}

double exp10(double x)
{
    return pow(10.0, x);
}

double expm1(double x)
{
    int k;
    double r;
    dd m;

    if (isnan(x) || x == HUGE_VAL)
        return x; /* +inf is exact: no range error */
    if (fabs(x) < 0x1p-54)
        return x;
    if (x > 709.8)
        return overflow(0);
    if (x < -40.0)
        return -1.0;
    if (x > 40.0) {
        /*
         * 2^k (1 + m - 2^-k), the 1 taken off before scaling: expm1_dd's product
         * by 2^k would overflow the splitting near the top of the range.
         */
        m = __exp_dd(dd_make(x, 0.0), &k);
        r = __dd_scale(dd_add_d(dd_add_d(m, 1.0), -__scale2(1.0, -k)), k);
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    m = expm1_dd(dd_make(x, 0.0));
    return m.hi + m.lo;
}

/*
 * NaN for negative arguments (negative, as the x86 default NaN glibc returns),
 * -inf for zero, the argument for NaN and +inf; else 0.
 */
static int log_special(double x, double *out)
{
    if (isnan(x) || x == HUGE_VAL) {
        *out = x;
        return 1;
    }
    if (x == 0.0) {
        errno = ERANGE;
        *out = -HUGE_VAL;
        return 1;
    }
    if (x < 0.0) {
        errno = EDOM;
        *out = -NAN;
        return 1;
    }
    return 0;
}

double log(double x)
{
    double r;
    dd l;

    if (log_special(x, &r))
        return r;
    l = __log_dd(dd_make(x, 0.0));
    return l.hi + l.lo;
}

double log2(double x)
{
    double r;
    dd l;

    if (log_special(x, &r))
        return r;
    l = dd_mul(__log_dd(dd_make(x, 0.0)), DD_INV_LN2);
    return l.hi + l.lo;
}

/*
 * log10 is the exception here: glibc's is not correctly rounded but the classic
 * reduction, and one result in twenty differs from the correctly rounded one in the
 * last bit (which %.17g shows). So it is computed the same way: with x = 2^k * m,
 * m in [1, 2) when k >= 0 and in [1/2, 1) below (so log m and k never cancel),
 *   log10 x = (k * log10(2)_lo + log(m) / ln 10) + k * log10(2)_hi,
 * where log10(2)_hi has 36 significant bits, so k * log10(2)_hi is exact.
 */
#define INV_LN10 0x1.bcb7b1526e50ep-2
#define LOG10_2_HI 0x1.34413509f6p-2
#define LOG10_2_LO 0x1.9fef311f12b36p-42

double log10(double x)
{
    double r, m, k, z;
    int e;

    if (log_special(x, &r))
        return isnan(r) ? fabs(r) : r;   /* glibc's log10(-1) is a positive NaN */
    m = frexp(x, &e);                    /* x = m * 2^e, m in [1/2, 1) */
    if (e > 0) {
        m *= 2.0;
        e--;
    }
    k = e;
    z = k * LOG10_2_LO + log(m) * INV_LN10;
    return z + k * LOG10_2_HI;
}

double log1p(double x)
{
    double r = x;
    dd l;

    /* -1, below -1, NaN and +inf: the special results of log(1 + x). */
    if (!isgreater(x, -1.0) || x == HUGE_VAL) { /* quiet on NaN */
        if (!isnan(x))
            log_special(x + 1.0, &r);
        return r;
    }
    if (fabs(x) < 0x1p-54)
        return x;
    l = __log_dd(dd_two_sum(1.0, x));
    return l.hi + l.lo;
}

/* y is an odd integer (then pow keeps the sign of a negative x). */
static int is_odd_integer(double y)
{
    return isless(fabs(y), 0x1p53) && y == floor(y) && fmod(y, 2.0) != 0.0; /* quiet on NaN */
}

double pow(double x, double y)
{
    int odd = is_odd_integer(y), negative = 0;
    double ax = fabs(x);

    /* The special cases of C99 Annex F.9.4.4, in its order. */
    if (y == 0.0 || x == 1.0)
        return 1.0;
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == 0.0) {
        if (y < 0.0) {
            /* A pole (divide-by-zero) for finite y; 0^-inf is an exact infinity. */
            if (!isinf(y))
                errno = ERANGE;
            return odd ? copysign(HUGE_VAL, x) : HUGE_VAL;
        }
        return odd ? x : 0.0;
    }
    if (isinf(y)) {
        if (ax == 1.0)
            return 1.0;
        return (ax < 1.0) == (y < 0.0) ? HUGE_VAL : 0.0;
    }
    if (isinf(x)) {
        if (x < 0.0 && odd)
            return y < 0.0 ? -0.0 : -HUGE_VAL;
        return y < 0.0 ? 0.0 : HUGE_VAL;
    }
    if (x < 0.0) {
        if (y != floor(y)) {
            errno = EDOM;
            return -NAN;
        }
        negative = odd;
    }
    /*
     * For |y| >= 2^64 and x != +-1, |y log|x|| exceeds 2^11: certain overflow
     * or underflow (and y is even). Checking first also keeps y log|x| from
     * overflowing the double-double splitting.
     */
    if (fabs(y) >= 0x1p64) {
        if (ax == 1.0)
            return 1.0;     /* x is -1, and y, past 2^53, an even integer */
        return (ax > 1.0) == (y > 0) ? overflow(0) : underflow(0);
    }
    return exp_of(dd_mul_d(__log_dd(dd_make(ax, 0.0)), y), negative);
}

double sinh(double x)
{
    double a = fabs(x), r;
    int k;
    dd e, m;

    if (isnan(x) || isinf(x) || a < 0x1p-28)
        return x;
    if (a > 710.5)
        return overflow(x < 0);
    if (a > 40.0) {
        /* e^-a is below half an ulp of e^a: sinh = e^a / 2. */
        m = __exp_dd(dd_make(a, 0.0), &k);
        r = __dd_scale(dd_add_d(m, 1.0), k - 1);
        if (isinf(r))
            errno = ERANGE;
    } else {
        /* (E + E / (E + 1)) / 2 with E = e^a - 1: no cancellation for small a. */
        e = expm1_dd(dd_make(a, 0.0));
        e = dd_add(e, dd_div(e, dd_add_d(e, 1.0)));
        r = (e.hi + e.lo) * 0.5;
    }
    return x < 0 ? -r : r;
}

double cosh(double x)
{
    double a = fabs(x), r;
    int k;
    dd e, m;

    if (isnan(x))
        return x;
    if (isinf(x))
        return a;
    if (a < 0x1p-27)
        return 1.0;
    if (a > 710.5)
        return overflow(0);
    m = __exp_dd(dd_make(a, 0.0), &k);
    if (a > 40.0) {
        r = __dd_scale(dd_add_d(m, 1.0), k - 1);
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    e = dd_mul_d(dd_add_d(m, 1.0), ldexp(1.0, k));
    e = dd_add(e, dd_div(dd_make(1.0, 0.0), e));
    return (e.hi + e.lo) * 0.5;
}

double tanh(double x)
{
    double a = fabs(x), r;
    dd e;

    if (isnan(x) || a < 0x1p-28)
        return x;
    if (a > 22.0)
        return x < 0 ? -1.0 : 1.0;
    /* E / (E + 2) with E = e^(2a) - 1. */
    e = expm1_dd(dd_make(2.0 * a, 0.0));
    e = dd_div(e, dd_add_d(e, 2.0));
    r = e.hi + e.lo;
    return x < 0 ? -r : r;
}

double asinh(double x)
{
    double a = fabs(x), r;
    dd a2, t, l;

    if (isnan(x) || isinf(x) || a < 0x1p-28)
        return x;
    if (a > 0x1p28) {
        l = dd_add(__log_dd(dd_make(a, 0.0)), DD_LN2);
    } else {
        /* log(a + sqrt(a^2 + 1)) = log1p(a + a^2 / (1 + sqrt(a^2 + 1))). */
        a2 = dd_two_prod(a, a);
        t = dd_add_d(dd_div(a2, dd_add_d(dd_sqrt(dd_add_d(a2, 1.0)), 1.0)), a);
        l = __log_dd(dd_add_d(t, 1.0));
    }
    r = l.hi + l.lo;
    return x < 0 ? -r : r;
}

double acosh(double x)
{
    dd t, l;

    if (isnan(x))
        return x;
    if (x < 1.0) {
        errno = EDOM;
        return -NAN;
    }
    if (isinf(x))
        return x;
    if (x > 0x1p28) {
        l = dd_add(__log_dd(dd_make(x, 0.0)), DD_LN2);
    } else {
        /* log(x + sqrt((x - 1)(x + 1))), the product exact in double-double. */
        t = dd_mul(dd_two_sum(x, -1.0), dd_two_sum(x, 1.0));
        l = __log_dd(dd_add_d(dd_sqrt(t), x));
    }
    return l.hi + l.lo;
}

double atanh(double x)
{
    double a = fabs(x), r;
    dd l;

    if (isnan(x) || a < 0x1p-28)
        return x;
    if (a > 1.0) {
        errno = EDOM;
        return -NAN;
    }
    if (a == 1.0) {
        errno = ERANGE;
        return x / 0.0;
    }
    l = __log_dd(dd_div(dd_two_sum(1.0, a), dd_two_sum(1.0, -a)));
    r = (l.hi + l.lo) * 0.5;
    return x < 0 ? -r : r;
}

double cbrt(double x)
{
    double r;
    int k;
    dd m;

    if (isnan(x) || isinf(x) || x == 0.0)
        return x;
    /* e^(log|x| / 3): both steps in double-double, so perfect cubes come out exact. */
    m = __exp_dd(dd_div_d(__log_dd(dd_make(fabs(x), 0.0)), 3.0), &k);
    r = __dd_scale(dd_add_d(m, 1.0), k);
    return x < 0 ? -r : r;
}

/*
 * hypot as glibc computes it, after C. F. Borges ("An improved algorithm for
 * hypot(a, b)", 2019): h = sqrt(a^2 + b^2) rounded once, then one Newton step
 * h - (h^2 - a^2 - b^2) / 2h, with the residual written so that no term loses
 * bits. That is nearly always the correctly rounded result, and gives glibc's bits
 * (the same on two million random arguments); the earlier double-double version,
 * correctly rounded, differed from glibc's in one case in a hundred and took three
 * times as many instructions.
 */
static double hypot_kernel(double a, double b)   /* a >= b */
{
    double h = sqrt(a * a + b * b), delta, t1, t2;

    if (h <= 2.0 * b) {
        delta = h - b;
        t1 = a * (2.0 * delta - a);
        t2 = (delta - 2.0 * (a - b)) * delta;
    } else {
        delta = h - a;
        t1 = 2.0 * delta * (a - 2.0 * b);
        t2 = (4.0 * delta - b) * b + delta * delta;
    }
    return h - (t1 + t2) / (2.0 * h);
}

#define HYPOT_SCALE 0x1p-600   /* brings huge operands down, tiny ones up */

double hypot(double x, double y)
{
    double a = fabs(x), b = fabs(y), t, r;

    if (isinf(x) || isinf(y))
        return HUGE_VAL;
    if (isnan(x) || isnan(y))
        return x + y;
    if (a < b) {
        t = a;
        a = b;
        b = t;
    }
    /* In each case, a b below 2^-54 a (b == 0 too) leaves a + b, which rounds to a. */
    if (a > 0x1p511) {       /* a^2 would overflow */
        if (b <= a * 0x1p-54)
            return a + b;
        r = hypot_kernel(a * HYPOT_SCALE, b * HYPOT_SCALE) / HYPOT_SCALE;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (b < 0x1p-511) {      /* b^2 would lose bits below the normal range */
        if (a >= b * 0x1p54)
            return a + b;
        return hypot_kernel(a / HYPOT_SCALE, b / HYPOT_SCALE) * HYPOT_SCALE;
    }
    if (b <= a * 0x1p-54)
        return a + b;
    return hypot_kernel(a, b);
}
