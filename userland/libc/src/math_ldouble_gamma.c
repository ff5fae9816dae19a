/*
 * long double lgammal and tgammal, in double-long-double (math_ldd.h) and
 * rounded once, like the rest of math_ldouble_*.c.
 *
 * log Gamma(x) for x >= 32 is Stirling's series; below, the recurrence
 * Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)) lifts x past 32 with the
 * product held exactly. Next to the zeros of log Gamma at 1 and 2, where
 * that difference would cancel, its Taylor series in x - 1 or x - 2 takes
 * over; negative x goes through the reflection Gamma(x) Gamma(1-x) = pi / sin(pi x).
 * tgammal is e^lgamma with the sign.
 */
#include <math.h>
#include <errno.h>
#include "math_ldd.h"

/* Euler's gamma, 1 - gamma, log(2 pi) / 2 and log pi: hi the value rounded to 64 bits, lo the rest (mpmath). */
#define LDD_EULER ldd_make(0x1.2788cfc6fb618f4ap-1L, -0x1.720e03f7f569a54ap-67L)
#define LDD_ONE_MINUS_EULER ldd_make(0x1.b0ee6072093ce16cp-2L, 0x1.720e03f7f569a54ap-67L)
#define LDD_HALF_LOG_2PI ldd_make(0x1.d67f1c864beb4a6ap-1L, -0x1.ad0dbffaef9b7f70p-66L)
#define LDD_LOG_PI ldd_make(0x1.250d048e7a1bd0bep+0L, -0x1.40d5272af7816cd0p-65L)

/* zeta(k) - 1 for k = 2..9, rounded to 64 bits (mpmath). */
static const long double zeta_minus_1[10] = {
    [2] = 0x1.4a34cc4a60fa6462p-1L, [3] = 0x1.9dd0027803109c1cp-3L,
    [4] = 0x1.51322ac7d84836c0p-4L, [5] = 0x1.2e831d94f99b6f44p-5L,
    [6] = 0x1.1c26130249123df6p-6L, [7] = 0x1.1196d0a679c46d4ep-7L,
    [8] = 0x1.0b36af86396e8be6p-8L, [9] = 0x1.073e7b02d6ae0600p-9L,
};

/* Where Stirling's series is accurate to 2^-94 with ten terms. */
#define STIRLING_START 32.0L
/* Within this of 1 or 2, the Taylor series (eight terms reach 2^-80). */
#define NEAR_ZERO 0x1p-10L

/*
 * Stirling: log Gamma(y) = (y - 1/2) log y - y + log(2 pi)/2 + sum of
 * B_2k / (2k (2k-1) y^(2k-1)), k = 1..10. The first correction, 1/(12y), in
 * ldd; the others are below 2^-23 of the result and need only long double.
 */
static ldd stirling(ldd y)
{
    static const long double c[11] = {
        [2] = -1.0L / 360, [3] = 1.0L / 1260, [4] = -1.0L / 1680, [5] = 1.0L / 1188,
        [6] = -691.0L / 360360, [7] = 1.0L / 156, [8] = -3617.0L / 122400,
        [9] = 43867.0L / 244188, [10] = -174611.0L / 125400,
    };
    long double w = 1 / (y.hi * y.hi), tail = 0;
    ldd s;
    int k;

    for (k = 10; k >= 2; k--)
        tail = c[k] + w * tail;
    s = ldd_mul(ldd_add_l(y, -0.5L), __logl_ldd(y));
    s = ldd_add(ldd_sub(s, y), LDD_HALF_LOG_2PI);
    s = ldd_add(s, ldd_div(ldd_make(1.0L, 0.0L), ldd_mul_l(y, 12.0L)));
    return ldd_add_l(s, w / y.hi * tail);
}

/*
 * log Gamma(1 + e) = -gamma e + sum (-1)^k zeta(k)/k e^k, and
 * log Gamma(2 + e) = (1 - gamma) e + sum (-1)^k (zeta(k) - 1)/k e^k, for
 * |e| <= NEAR_ZERO: after the first term the sum is below 2^-9 of it, so
 * long double carries it.
 */
static ldd near_zero(long double e, int around_two)
{
    long double p = 0;
    int k;

    for (k = 9; k >= 2; k--)
        p = (k & 1 ? -1 : 1) * ((around_two ? 0 : 1) + zeta_minus_1[k]) / k + e * p;
    return ldd_mul_l(ldd_add_l(around_two ? LDD_ONE_MINUS_EULER : ldd_neg(LDD_EULER), e * p), e);
}

/* log Gamma(y) for y > 0 held in ldd (y.hi <= 2^16000). */
static ldd lgamma_positive(ldd y)
{
    ldd product = ldd_make(1.0L, 0.0L);

    if (fabsl(y.hi - 1) <= NEAR_ZERO)
        return near_zero(ldd_round(ldd_add_l(y, -1.0L)), 0);
    if (fabsl(y.hi - 2) <= NEAR_ZERO)
        return near_zero(ldd_round(ldd_add_l(y, -2.0L)), 1);
    for (; y.hi < STIRLING_START; y = ldd_add_l(y, 1.0L))
        product = ldd_mul(product, y);
    return ldd_sub(stirling(y), __logl_ldd(product));
}

/*
 * log |Gamma(x)| for finite x, not a pole, |x| >= 2^-70 and x <= 2^16000,
 * with *sign that of Gamma(x). Below zero by the reflection:
 * log |Gamma(x)| = log pi - log |sin(pi x)| - log Gamma(1 - x).
 * Its absolute error is ~2^-70, so next to the zeros of log |Gamma| below -2
 * (-2.457..., -2.747..., ...) the relative error grows: they have no series here.
 */
static ldd lgamma_ldd(long double x, int *sign)
{
    long double f;

    *sign = 1;
    if (x > 0)
        return lgamma_positive(ldd_make(x, 0.0L));
    f = x - roundl(x);
    if (__fmodl_fprem(floorl(x), 2.0L) != 0)
        *sign = -1;   /* Gamma is negative between -1 and 0, -3 and -2, ... */
    return ldd_sub(ldd_sub(LDD_LOG_PI, __logl_ldd(__sinpil_ldd(f))), lgamma_positive(ldd_two_sum(1.0L, -x)));
}

static int is_pole(long double x)
{
    return x <= 0 && x == floorl(x);
}

/* log |Gamma(x)|, the sign of Gamma(x) in signgam (math_gamma.c's, shared with lgamma). */
long double lgammal(long double x)
{
    long double r;

    signgam = 1;
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return fabsl(x);
    if (is_pole(x)) {
        errno = ERANGE;
        if (x == 0 && signbit(x))
            signgam = -1;   /* glibc's: the side of -0, 1 at the other poles */
        return HUGE_VALL;
    }
    if (fabsl(x) < 0x1p-70L) {
        /* log Gamma(x) = -log |x| - gamma x: the second term is beyond the rounding */
        if (x < 0)
            signgam = -1;
        return -logl(fabsl(x));
    }
    if (x > 0x1p16000L) {
        /* x (log x - 1), to an ulp or so, and beyond 1e4928 an overflow */
        r = x * (logl(x) - 1);
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    return ldd_round(lgamma_ldd(x, &signgam));
}

long double tgammal(long double x)
{
    ldd l, m;
    int sign, k;
    long double r;

    if (isnan(x) || x == HUGE_VALL)
        return x + x;
    if (x == 0) {
        errno = ERANGE;   /* a pole, signed as x */
        return 1.0L / x;
    }
    if (isinf(x) || is_pole(x)) {
        errno = EDOM;
        return NAN;   /* glibc's is positive here */
    }
    if (fabsl(x) < 0x1p-70L) {
        /* Gamma(x) = 1/x - gamma: the second term is beyond the rounding */
        r = 1.0L / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (x > 1756.0L) {
        errno = ERANGE;
        return HUGE_VALL;
    }
    if (x < -1800.0L) {
        /* |Gamma(x)| < 2^-16500: it vanishes, with the sign of Gamma */
        errno = ERANGE;
        return __fmodl_fprem(floorl(x), 2.0L) != 0 ? -0.0L : 0.0L;
    }
    l = lgamma_ldd(x, &sign);
    m = __expl_ldd(l, &k);
    r = __ldd_scale(ldd_add_l(m, 1.0L), k);
    return sign < 0 ? -r : r;
}
