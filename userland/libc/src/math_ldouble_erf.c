/*
 * long double error functions, in double-long-double (math_ldd.h) and rounded
 * once, like the rest of math_ldouble_*.c.
 *
 * Up to |x| = 2.5 a series of positive terms (no cancellation):
 *   erf x = 2/sqrt(pi) e^(-x^2) x (1 + 2x^2/3 (1 + 2x^2/5 (1 + ...))).
 * Beyond, Laplace's continued fraction, evaluated from its tail:
 *   erfc x = e^(-x^2) / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))).
 * erfc takes 1 - erf below 2.5 (erfc(2.5) ~ 2^-10: the ldd series leaves
 * 2^-90), and erf takes 1 - erfc above.
 */
#include <math.h>
#include <errno.h>
#include "math_ldd.h"

/* 2/sqrt(pi) and 1/sqrt(pi), hi the value rounded to 64 bits, lo the rest (mpmath). */
#define LDD_2_SQRTPI ldd_make(0x1.20dd750429b6d11ap+0L, 0x1.c75229fdaffb0d10p-65L)
#define LDD_1_SQRTPI ldd_make(0x1.20dd750429b6d11ap-1L, 0x1.c75229fdaffb0d10p-66L)

/* Where the series hands over to the continued fraction. */
#define SERIES_END 2.5L
/* erfc x < 2^-66 beyond: erf x rounds to 1. */
#define ERF_ONE 6.6L
/* erfc x < 2^-16446 beyond: it vanishes. */
#define ERFC_ZERO 107.0L

/* e^(-x^2) = 2^k (1 + m) for x >= 0, x^2 held exactly. */
static ldd exp_minus_square(long double x, int *k)
{
    return ldd_add_l(__expl_ldd(ldd_neg(ldd_two_prod(x, x)), k), 1.0L);
}

/*
 * erf x for 0 <= x <= SERIES_END. Fifty terms reach 2^-90 at 2.5; from the
 * twentieth on they are below 2^-16 of the sum and need only long double.
 */
static ldd erf_series(long double x)
{
    ldd z2 = ldd_mul_l(ldd_two_prod(x, x), 2.0L), s;
    long double t = 1.0L;
    int n, k;

    for (n = 50; n > 20; n--)
        t = 1.0L + z2.hi * t / (2 * n + 1);
    s = ldd_make(t, 0.0L);
    for (; n >= 1; n--)
        s = ldd_add_l(ldd_div_l(ldd_mul(z2, s), 2 * n + 1), 1.0L);
    s = ldd_mul(ldd_mul_l(s, x), LDD_2_SQRTPI);
    s = ldd_mul(s, exp_minus_square(x, &k));
    return ldd_mul_l(s, __scalbnl_fscale(1.0L, k));
}

/*
 * sqrt(pi) e^(x^2) erfc x = 1 / (x + (1/2) / (x + 1 / (x + ...))) for x > SERIES_END,
 * from the tail: the terms it needs shrink as x grows (100 at 2.5, 20 past 6 for
 * 2^-70). The last four steps, whose rounding reaches the result, are in ldd.
 */
static ldd erfc_fraction(long double x)
{
    int k = x < 3 ? 100 : x < 4 ? 60 : x < 6 ? 40 : 25;
    long double f = x;
    ldd g;

    for (; k > 4; k--)
        f = x + (k / 2.0L) / f;
    g = ldd_make(f, 0.0L);
    for (; k >= 1; k--)
        g = ldd_add_l(ldd_div(ldd_make(k / 2.0L, 0.0L), g), x);
    return ldd_div(ldd_make(1.0L, 0.0L), g);
}

/* erfc x for x > SERIES_END, rounded (a subnormal result rounded once). */
static long double erfc_large(long double x)
{
    int k;
    ldd e;

    if (x >= ERFC_ZERO) {
        errno = ERANGE;
        return 0.0L;
    }
    e = exp_minus_square(x, &k);
    return __ldd_scale(ldd_mul(ldd_mul(e, LDD_1_SQRTPI), erfc_fraction(x)), k);
}

long double erfl(long double x)
{
    long double t = fabsl(x), r;

    if (isnan(x))
        return x + x;
    if (t < 0x1p-36L) {
        /* 2x / sqrt(pi) (1 - x^2/3): the x^2/3 below 2^-72 is beyond the rounding;
           scaled up first, so a subnormal result is rounded only once */
        return x == 0 ? x : __ldd_scale(ldd_mul_l(LDD_2_SQRTPI, __scalbnl_fscale(x, 64)), -64);
    }
    if (t <= SERIES_END)
        r = ldd_round(erf_series(t));
    else if (t < ERF_ONE)
        r = 1.0L - erfc_large(t);   /* erfc below 2^-10: one rounding, no cancellation */
    else
        r = 1.0L;
    return x < 0 ? -r : r;
}

long double erfcl(long double x)
{
    long double t = fabsl(x);

    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? 0.0L : 2.0L;
    if (x > SERIES_END)
        return erfc_large(x);
    if (t <= SERIES_END)
        return ldd_round(x < 0 ? ldd_add_l(erf_series(t), 1.0L) : ldd_add_l(ldd_neg(erf_series(t)), 1.0L));
    if (t < ERF_ONE)
        return 2.0L - erfc_large(t);
    return 2.0L;
}
