/*
 * The error function and the gamma function, in double-double where the
 * formulas allow it.
 */
#include <math.h>
#include <errno.h>
#include "math_dd.h"

#define DD_2_SQRTPI dd_make(0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56)
#define DD_1_SQRTPI dd_make(0x1.20dd750429b6dp-1, 0x1.1ae3a914fed80p-57)
#define DD_HALF_LN_2PI dd_make(0x1.d67f1c864beb5p-1, -0x1.65b5a1b7ff5dfp-55)
#define DD_LN_PI dd_make(0x1.250d048e7a1bdp+0, 0x1.7abf2ad8d5088p-57)

int signgam;

/* e^a for a double-double a (no overflow checks: callers keep a in range). */
static dd exp_dd(dd a)
{
    int k;
    dd m = __exp_dd(a, &k);
    double p = ldexp(1.0, k);

    return dd_mul_d(dd_add_d(m, 1.0), p);
}

/*
 * erf x for 0 <= x <= 2.5, from the series with positive terms
 * erf x = 2/sqrt(pi) e^(-x^2) (x + 2x^3/3 + 4x^5/(3*5) + ...).
 */
static dd erf_series(double x)
{
    dd x2 = dd_two_prod(x, x), term = dd_make(x, 0.0), sum = dd_make(x, 0.0);
    int n;

    for (n = 1; n < 200 && term.hi > 0x1p-110 * sum.hi; n++) {
        term = dd_div_d(dd_mul(term, dd_mul_d(x2, 2.0)), 2.0 * n + 1.0);
        sum = dd_add(sum, term);
    }
    return dd_mul(dd_mul(sum, exp_dd(dd_neg(x2))), DD_2_SQRTPI);
}

/* erfc x for x > 2.5: e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))). */
static double erfc_fraction(double x)
{
    double t = x;
    dd x2 = dd_two_prod(x, x), r;
    int k;

    for (k = 120; k >= 1; k--)
        t = x + (k * 0.5) / t;
    r = dd_mul(exp_dd(dd_neg(x2)), DD_1_SQRTPI);
    return (r.hi + r.lo) / t;
}

double erf(double x)
{
    double a = fabs(x), r;
    dd v;

    if (isnan(x))
        return x;
    if (a > 6.0)
        return x > 0 ? 1.0 : -1.0;
    if (a < 0x1p-60)
        return x * DD_2_SQRTPI.hi;
    if (a <= 2.5) {
        v = erf_series(a);
        r = v.hi + v.lo;
    } else {
        r = 1.0 - erfc_fraction(a);
    }
    return x < 0 ? -r : r;
}

double erfc(double x)
{
    double a = fabs(x), r;
    dd v;

    if (isnan(x))
        return x;
    if (x > 27.3) {
        errno = ERANGE;     /* underflow, as glibc reports it */
        return 0.0;
    }
    if (x < -6.0)
        return 2.0;
    if (a <= 2.5) {
        v = erf_series(a);
        v = x < 0 ? dd_add_d(v, 1.0) : dd_add_d(dd_neg(v), 1.0);
        return v.hi + v.lo;
    }
    if (x < 0)
        return 2.0 - erfc_fraction(a);
    r = erfc_fraction(a);
    if (r == 0.0)
        errno = ERANGE;
    return r;
}

/*
 * log gamma(2 + z) for |z| <= 1/2, from its Taylor series
 *   (1 - euler_gamma) z + sum over k >= 2 of (-1)^k (zeta(k) - 1) / k z^k,
 * whose terms shrink by z/2 at each step. Near the zeros at 1 and 2 the result
 * is as small as z, which the shift and subtraction of lgamma_stirling cannot
 * give with a small relative error. The coefficients (computed to 300 bits
 * with mpmath, then rounded) are double-doubles where they weigh most.
 */
static const double lgamma2_head[][2] = {
    { 0x1.b0ee6072093cep-2, 0x1.6cb90701fbfabp-58 },
    { 0x1.4a34cc4a60fa6p-2, 0x1.1873d8912200cp-56 },
    { -0x1.13e001a557607p-4, 0x1.fb68be2f8821fp-58 },
    { 0x1.51322ac7d8483p-6, 0x1.afc89088cb729p-60 },
    { -0x1.e404fc218f5f2p-8, 0x1.e4a627cf1eb34p-62 },
    { 0x1.7add6eadb6c30p-9, -0x1.5b7828c7fd7f4p-64 },
    { -0x1.38ac5c2bf8e08p-10, 0x1.8a4c1cfd9cec8p-65 },
    { 0x1.0b36af86396e9p-11, -0x1.0698d6c892967p-65 },
};

static const double lgamma2_tail[] = {   /* from z^9 to z^28 */
    -0x1.d3fd4c76d2fc8p-13, 0x1.a127b0f17d65ap-14, -0x1.78de5bd7c81efp-15, 0x1.580dcee66eb02p-16,
    -0x1.3cbc963ce2243p-17, 0x1.2597a39f34aacp-18, -0x1.11b2eb7679541p-19, 0x1.0064cdeb22f0fp-20,
    -0x1.e2600d93cfd2fp-22, 0x1.c76bbb3f07a4dp-23, -0x1.af5a6cbbf8a97p-24, 0x1.99b93c2070b0fp-25,
    -0x1.862c734df3eacp-26, 0x1.7469daccfadcdp-27, -0x1.6434a8447aeadp-28, 0x1.555a877ffd2c3p-29,
    -0x1.47b1679258d0ep-30, 0x1.3b15d2b2fc10cp-31, -0x1.2f69a9fabe3e0p-32, 0x1.24932a337434cp-33,
};

static dd lgamma_near_2(dd z)
{
    int n = (int)(sizeof lgamma2_tail / sizeof lgamma2_tail[0]), i;
    double t = 0.0;
    dd s;

    for (i = n - 1; i >= 0; i--)
        t = lgamma2_tail[i] + z.hi * t;
    s = dd_make(t, 0.0);
    for (i = 7; i >= 0; i--)
        s = dd_add(dd_make(lgamma2_head[i][0], lgamma2_head[i][1]), dd_mul(s, z));
    return dd_mul(s, z);
}

/*
 * log gamma(x) for x > 0: shift x up to y >= 16 with gamma(x) = gamma(y) /
 * (x (x+1) ... (y-1)), then Stirling's series with Bernoulli-number terms,
 * its first term in double-double as it is the largest. From 1/2 to 5/2, the
 * Taylor series around 2 instead, and gamma(x) = gamma(x + 1) / x below 3/2.
 */
static dd lgamma_pos(dd x)
{
    static const double stirling[] = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
        -691.0 / 360360, 1.0 / 156, -3617.0 / 122400,
    };
    dd y = x, prod = dd_make(1.0, 0.0), r;
    double inv, inv2, series = 0.0;
    int i;

    if (x.hi >= 0.5 && x.hi < 1.5)
        return dd_sub(lgamma_near_2(dd_add_d(x, -1.0)), __log_dd(x));
    if (x.hi >= 1.5 && x.hi < 2.5)
        return lgamma_near_2(dd_add_d(x, -2.0));
    while (y.hi < 16.0) {
        prod = dd_mul(prod, y);
        y = dd_add_d(y, 1.0);
    }
    inv = 1.0 / y.hi;
    inv2 = inv * inv;
    for (i = 7; i >= 1; i--)
        series = series * inv2 + stirling[i];
    series *= inv * inv2;
    /* (y - 1/2) log y - y + log(2 pi)/2 + 1/(12 y) + series - log(prod) */
    r = dd_mul(dd_add_d(y, -0.5), __log_dd(y));
    r = dd_add(dd_sub(r, y), DD_HALF_LN_2PI);
    r = dd_add(r, dd_div(dd_make(1.0, 0.0), dd_mul_d(y, 12.0)));
    r = dd_add_d(r, series);
    return dd_sub(r, __log_dd(prod));
}

/* log|gamma(x)| and its sign, for finite x that is not a non-positive integer. */
static dd lgamma_signed(double x, int *sign)
{
    dd s;

    *sign = 1;
    /* Past 2^900 Stirling's first terms are all there is (and the splitting would overflow). */
    if (x > 0x1p900)
        return dd_make(x * (log(x) - 1.0), 0.0);
    if (x > 0)
        return lgamma_pos(dd_make(x, 0.0));
    /* Reflection: gamma(x) gamma(1 - x) = pi / sin(pi x). */
    s = __sinpi_dd(x - rint(x));
    if (fmod(rint(x), 2.0) != 0.0)
        s = dd_neg(s);
    if (s.hi < 0) {
        *sign = -1;
        s = dd_neg(s);
    }
    return dd_sub(dd_sub(DD_LN_PI, __log_dd(s)), lgamma_pos(dd_two_sum(1.0, -x)));
}

double lgamma_r(double x, int *sign)
{
    dd l;

    *sign = 1;
    if (isnan(x))
        return x;
    if (isinf(x))
        return HUGE_VAL;
    if (x <= 0 && x == rint(x)) {
        if (x == 0.0 && signbit(x))
            *sign = -1;     /* glibc's: the side of -0, 1 at the other poles */
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (x == 1.0 || x == 2.0)
        return 0.0;
    l = lgamma_signed(x, sign);
    return l.hi + l.lo;
}

double lgamma(double x)
{
    return lgamma_r(x, &signgam);
}

double tgamma(double x)
{
    int sign, k;
    dd l, m;
    double r;

    if (isnan(x) || x == HUGE_VAL)
        return x;
    if (x == 0.0) {
        errno = ERANGE;
        return copysign(HUGE_VAL, x);
    }
    if (x < 0 && (isinf(x) || x == rint(x))) {
        errno = EDOM;
        return NAN;
    }
    if (x > 171.7) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    /*
     * Underflow (a range error, as glibc's), with gamma's sign on (n - 1, n):
     * negative where n is even, so where floor(x) is odd.
     */
    if (x < -190.0) {
        errno = ERANGE;
        return fmod(floor(x), 2.0) != 0.0 ? -0.0 : 0.0;
    }
    l = lgamma_signed(x, &sign);
    m = __exp_dd(l, &k);
    r = __dd_scale(dd_add_d(m, 1.0), k);
    if (r == 0.0)
        errno = ERANGE;
    return sign < 0 ? -r : r;
}
