/*
 * long double hyperbolic functions and their inverses, cbrtl and hypotl:
 * built on the cores of math_ldouble_exp.c in double-long-double (math_ldd.h)
 * and rounded once, so within a hair of half an ulp.
 */
#include <math.h>
#include <errno.h>
#include "math_ldd.h"

/* Below this, sinh, tanh, asinh, atanh x round to x, cosh x to 1 (x^2/2 < 2^-67). */
#define TINY 0x1p-33L
/* From here on e^-x is below 2^-132 e^x: sinh and cosh are e^x / 2, tanh rounds to 1. */
#define LARGE 46.0L
/* ln(2 LDBL_MAX): sinh and cosh overflow beyond it. */
#define HALF_EXP_OVERFLOW 11357.22L
/* From here on sqrt(x^2 + 1) = x to 2^-69: asinh and acosh are log(2x). */
#define HUGE 0x1p34L

static long double overflow(int negative)
{
    errno = ERANGE;
    return negative ? -HUGE_VALL : HUGE_VALL;
}

/* e^t / 2 for LARGE <= t: the exponent core scaled by 2^(k-1), so no intermediate overflow. */
static long double half_exp(long double t)
{
    int k;
    ldd m;

    if (t > HALF_EXP_OVERFLOW)
        return overflow(0);
    m = __expl_ldd(ldd_make(t, 0.0L), &k);
    return __ldd_scale(ldd_add_l(m, 1.0L), k - 1);
}

/* sinh t = (E + E / (E + 1)) / 2 with E = e^t - 1: no cancellation for small t. */
long double sinhl(long double x)
{
    long double t = fabsl(x), r;
    ldd e;

    if (isnan(x) || isinf(x))
        return x + x;
    if (t < TINY)
        return x;
    if (t >= LARGE) {
        r = half_exp(t);
    } else {
        e = __expm1l_ldd(ldd_make(t, 0.0L));
        r = ldd_round(ldd_mul_l(ldd_add(e, ldd_div(e, ldd_add_l(e, 1.0L))), 0.5L));
    }
    return x < 0 ? -r : r;
}

/* cosh t = 1 + E^2 / (2 (E + 1)) with E = e^t - 1. */
long double coshl(long double x)
{
    long double t = fabsl(x);
    ldd e;

    if (isnan(x))
        return x + x;
    if (isinf(x))
        return t;
    if (t < TINY)
        return 1.0L;
    if (t >= LARGE)
        return half_exp(t);
    e = __expm1l_ldd(ldd_make(t, 0.0L));
    return ldd_round(ldd_add_l(ldd_div(ldd_mul(e, e), ldd_mul_l(ldd_add_l(e, 1.0L), 2.0L)), 1.0L));
}

/* tanh t = E / (E + 2) with E = e^(2t) - 1. */
long double tanhl(long double x)
{
    long double t = fabsl(x), r;
    ldd e;

    if (isnan(x))
        return x + x;
    if (t < TINY)
        return x;
    if (t >= LARGE) {
        r = 1.0L;
    } else {
        e = __expm1l_ldd(ldd_make(2.0L * t, 0.0L));
        r = ldd_round(ldd_div(e, ldd_add_l(e, 2.0L)));
    }
    return x < 0 ? -r : r;
}

/* log(2t) for HUGE <= t. */
static long double log_twice(long double t)
{
    return ldd_round(ldd_add(__logl_ldd(ldd_make(t, 0.0L)), LDD_LN2));
}

/* asinh t = log(t + sqrt(t^2 + 1)): the sum held to ~128 bits keeps small t's precision. */
long double asinhl(long double x)
{
    long double t = fabsl(x), r;
    ldd s;

    if (isnan(x) || isinf(x))
        return x + x;
    if (t < TINY)
        return x;
    if (t >= HUGE) {
        r = log_twice(t);
    } else {
        s = ldd_sqrt(ldd_add_l(ldd_two_prod(t, t), 1.0L));
        r = ldd_round(__logl_ldd(ldd_add_l(s, t)));
    }
    return x < 0 ? -r : r;
}

/* acosh x = log(x + sqrt((x - 1)(x + 1))) for x >= 1. */
long double acoshl(long double x)
{
    ldd s;

    if (isnan(x))
        return x + x;
    if (x < 1.0L) {
        errno = EDOM;
        return (x - x) / (x - x);
    }
    if (x == 1.0L)
        return 0.0L;
    if (isinf(x))
        return x;
    if (x >= HUGE)
        return log_twice(x);
    s = ldd_sqrt(ldd_mul(ldd_two_sum(x, -1.0L), ldd_two_sum(x, 1.0L)));
    return ldd_round(__logl_ldd(ldd_add_l(s, x)));
}

/* atanh t = log((1 + t) / (1 - t)) / 2; +-1 are poles (ERANGE), beyond a domain error. */
long double atanhl(long double x)
{
    long double t = fabsl(x), r;

    if (isnan(x))
        return x + x;
    if (t > 1.0L) {
        errno = EDOM;
        return (x - x) / (x - x);
    }
    if (t == 1.0L)
        return overflow(x < 0);
    if (t < TINY)
        return x;
    r = ldd_round(ldd_mul_l(__logl_ldd(ldd_div(ldd_two_sum(1.0L, t), ldd_two_sum(1.0L, -t))), 0.5L));
    return x < 0 ? -r : r;
}

/*
 * cbrt x = 2^q cbrt(m) with |x| = m 2^(3q), m in [1/2, 4). double's cbrt
 * gives 53 bits of cbrt(m), one Newton step with the residual m - y^3 held
 * exactly in ldd doubles them: the rounding sees ~106 correct bits.
 */
long double cbrtl(long double x)
{
    long double m, y, correction;
    int e, q;
    ldd residual;

    if (isnan(x) || isinf(x) || x == 0)
        return x + x;
    m = frexpl(fabsl(x), &e);
    q = e >= 0 ? e / 3 : -((2 - e) / 3);
    m = __scalbnl_fscale(m, e - 3 * q);
    y = cbrt((double)m);
    residual = ldd_sub(ldd_make(m, 0.0L), ldd_mul_l(ldd_two_prod(y, y), y));
    correction = residual.hi / (3.0L * y * y);
    y = ldd_round(ldd_fast_two_sum(y, correction));
    return copysignl(__scalbnl_fscale(y, q), x);
}

/*
 * sqrt(x^2 + y^2): both scaled by one power of two so the larger is in
 * [1, 2), the squares summed exactly in ldd, the root rounded once.
 */
long double hypotl(long double x, long double y)
{
    long double ax = fabsl(x), ay = fabsl(y);
    int e;
    ldd sum;

    if (isinf(x) || isinf(y))
        return HUGE_VALL;   /* even when the other is NaN */
    if (isnan(x) || isnan(y))
        return x + y;
    if (ax == 0 && ay == 0)
        return 0.0L;
    e = ilogbl(fmaxl(ax, ay));
    ax = __scalbnl_fscale(ax, -e);
    ay = __scalbnl_fscale(ay, -e);
    sum = ldd_add(ldd_two_prod(ax, ax), ldd_two_prod(ay, ay));
    return __ldd_scale(ldd_sqrt(sum), e);
}
