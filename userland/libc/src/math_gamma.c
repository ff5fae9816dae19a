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
    double a = fabs(x);
    dd v;

    if (isnan(x))
        return x;
    if (x > 27.3)
        return 0.0;
    if (x < -6.0)
        return 2.0;
    if (a <= 2.5) {
        v = erf_series(a);
        v = x < 0 ? dd_add_d(v, 1.0) : dd_add_d(dd_neg(v), 1.0);
        return v.hi + v.lo;
    }
    return x < 0 ? 2.0 - erfc_fraction(a) : erfc_fraction(a);
}

/*
 * log gamma(x) for x > 0: shift x up to y >= 16 with gamma(x) = gamma(y) /
 * (x (x+1) ... (y-1)), then Stirling's series with Bernoulli-number terms.
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

    while (y.hi < 16.0) {
        prod = dd_mul(prod, y);
        y = dd_add_d(y, 1.0);
    }
    inv = 1.0 / y.hi;
    inv2 = inv * inv;
    for (i = 7; i >= 0; i--)
        series = series * inv2 + stirling[i];
    series *= inv;
    /* (y - 1/2) log y - y + log(2 pi)/2 + series - log(prod) */
    r = dd_mul(dd_add_d(y, -0.5), __log_dd(y));
    r = dd_add(dd_sub(r, y), DD_HALF_LN_2PI);
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
    if (x < -190.0)
        return fmod(floor(x), 2.0) != 0.0 ? 0.0 : -0.0;
    l = lgamma_signed(x, &sign);
    m = __exp_dd(l, &k);
    r = __dd_scale(dd_add_d(m, 1.0), k);
    return sign < 0 ? -r : r;
}
