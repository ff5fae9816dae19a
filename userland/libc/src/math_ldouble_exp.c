/*
 * long double exponentials, logarithms and powers, computed in
 * double-long-double (math_ldd.h, ~128 bits) and rounded once, so the result
 * is within a hair of half an ulp of the true value. Only x87 + - * / and
 * sqrt are used: the emulator does those exactly, its transcendental
 * instructions only in double precision.
 *
 * The two cores: e^a = 2^k (1 + m) with a reduced by k ln 2, and log m for
 * a = 2^k m with m in [sqrt(1/2), sqrt(2)). Every function here is one of
 * them plus its special cases (C99 Annex F, errno as glibc's wrappers set it).
 */
#define _GNU_SOURCE /* exp10l */
#include <math.h>
#include <errno.h>
#include "math_ldd.h"

/* ln 2 in three pieces (mpmath), the first two of 43 bits: n * piece is exact for |n| < 2^20. */
#define LN2_1 0x1.62e42fefa3800000p-1L
#define LN2_2 0x1.ef35793c76800000p-45L
#define LN2_3 -0x1.9ff0342542fc32f4p-90L

/* Beyond these, e^x overflows or vanishes whatever the rounding (ln LDBL_MAX ~ 11356.52). */
#define EXP_OVERFLOW 11357.0L
#define EXP_UNDERFLOW -11500.0L

/* 2^(j/32) for j = 0..31: hi the value rounded to 64 bits, lo the rest (mpmath, 600 bits). */
static const long double exp2_32nds[32][2] = {
    {0x1.0000000000000000p+0L, 0.0L},
    {0x1.059b0d31585743aep+0L, 0x1.f1523ada32905ffap-66L},
    {0x1.0b5586cf9890f62ap+0L, -0x1.d1b5239ef559f270p-66L},
    {0x1.11301d0125b50a4ep+0L, 0x1.77e35db26319d58cp-65L},
    {0x1.172b83c7d517adcep+0L, -0x1.06e75e29d6b0dbfap-69L},
    {0x1.1d4873168b9aa780p+0L, 0x1.6e00a2643c1ea62ep-66L},
    {0x1.2387a6e75623866cp+0L, 0x1.fadb1c15cb593b04p-68L},
    {0x1.29e9df51fdee12c2p+0L, 0x1.7457d6892a8ef2a2p-66L},
    {0x1.306fe0a31b7152dep+0L, 0x1.1ab48c60b90bdbdap-65L},
    {0x1.371a7373aa9caa72p+0L, -0x1.755fa17570cf0384p-65L},
    {0x1.3dea64c12342235cp+0L, -0x1.7dbb83d8511808bap-65L},
    {0x1.44e086061892d032p+0L, -0x1.9217ec41fcc08562p-65L},
    {0x1.4bfdad5362a271d4p+0L, 0x1.cbd7f621710701b2p-67L},
    {0x1.5342b569d4f81df0p+0L, 0x1.507893b0d4c7e9ccp-65L},
    {0x1.5ab07dd48542958cp+0L, 0x1.2602a323d668bb12p-65L},
    {0x1.6247eb03a5584b20p+0L, -0x1.e0bf205a4b7a89c6p-65L},
    {0x1.6a09e667f3bcc908p+0L, 0x1.65f626cdd52afa7cp-65L},
    {0x1.71f75e8ec5f73dd2p+0L, 0x1.b879778566b65a1ap-67L},
    {0x1.7a11473eb0186d7ep+0L, -0x1.5dfb81264bc14218p-65L},
    {0x1.82589994cce128acp+0L, 0x1.f115f56694021ed6p-65L},
    {0x1.8ace5422aa0db5bap+0L, 0x1.f156864b26ecf9bcp-66L},
    {0x1.93737b0cdc5e4f46p+0L, -0x1.fc781b57ebba5a08p-65L},
    {0x1.9c49182a3f0901c8p+0L, -0x1.dca7c706a0d3912ap-67L},
    {0x1.a5503b23e255c8b4p+0L, 0x1.2248e57c3de40286p-67L},
    {0x1.ae89f995ad3ad5e8p+0L, 0x1.cd345dcc8169fef0p-66L},
    {0x1.b7f76f2fb5e46eaap+0L, 0x1.ec206ad4f14d5322p-66L},
    {0x1.c199bdd85529c222p+0L, 0x1.9625412374ccf288p-69L},
    {0x1.cb720dcef9069150p+0L, 0x1.e5e8f4a4edbb0ecap-67L},
    {0x1.d5818dcfba48725ep+0L, -0x1.7e9452647c8d582ap-66L},
    {0x1.dfc97337b9b5eb96p+0L, 0x1.195873da5236e44cp-65L},
    {0x1.ea4afa2a490d9858p+0L, 0x1.ee7431ebb6603f0ep-65L},
    {0x1.f50765b6e4540674p+0L, 0x1.f096ec50c575ff32p-65L},
};

/* 1/3, 1/5 and 1/7 to ~128 bits (hi the nearest long double, lo the rest). */
#define LDD_THIRD ldd_make(0x1.5555555555555556p-2L, -0x1.5555555555555556p-67L)
#define LDD_FIFTH ldd_make(0x1.999999999999999ap-3L, -0x1.999999999999999ap-69L)
#define LDD_SEVENTH ldd_make(0x1.2492492492492492p-3L, 0x1.2492492492492492p-69L)

/*
 * e^a = 2^k (1 + m). With n the integer nearest 32 a / ln 2 = 32k + j, the
 * rest r = a - n ln(2)/32 is at most ln(2)/64, e^a = 2^k 2^(j/32) e^r, and
 * e^r - 1 = r (1 + r/2 (1 + r/3 (1 + r/4 T))), T = 1 + r/5 (1 + r/6 (...))
 * to r^12 (2^-100). r^3/24 is below 2^-24 of the sum, so T needs only long
 * double; the steps before it are ldd, for 2^-95 (erfc cancels e^(-x^2)
 * against 1 and needs that much).
 */
ldd __expl_ldd(ldd a, int *k)
{
    long double n = floorl(a.hi * 0x1.71547652b82fe178p+5L + 0.5L), t;
    int i, j;
    ldd r, s, power;

    *k = (int)floorl(n / 32);
    j = (int)(n - 32.0L * *k);
    r = ldd_two_sum(a.hi - n * LN2_1 / 32, -n * LN2_2 / 32);
    r = ldd_add_l(r, a.lo);
    r = ldd_add_l(r, -n * LN2_3 / 32);
    t = 1.0L;
    for (i = 12; i >= 5; i--)
        t = 1.0L + r.hi * t / i;
    s = ldd_add_l(ldd_mul_l(r, t / 4), 1.0L);
    s = ldd_add_l(ldd_mul(ldd_mul(r, s), LDD_THIRD), 1.0L);
    s = ldd_add_l(ldd_mul_l(ldd_mul(r, s), 0.5L), 1.0L);
    /* 1 + m = 2^(j/32) (1 + r s): m = (2^(j/32) - 1) + 2^(j/32) r s keeps a small m exact */
    power = ldd_make(exp2_32nds[j][0], exp2_32nds[j][1]);
    return ldd_add(ldd_add_l(power, -1.0L), ldd_mul(power, ldd_mul(r, s)));
}

/*
 * log m for a = 2^k m, m in [sqrt(1/2), sqrt(2)): with f = m - 1 and
 * s = f / (2 + f), log m = 2 atanh s = 2s (1 + w Q), w = s^2 <= 0.0295 and
 * Q = 1/3 + w/5 + w^2/7 + w^3 P, P = 1/9 + w/11 + ... + w^12/33 (2^-85).
 * w^3 P is below 2^-16 of Q, so P needs only long double; the rest is ldd
 * to keep ~2^-85, which powl needs (its y log x may be 11356).
 */
ldd __logl_parts(ldd a, int *k)
{
    long double p;
    ldd f, s2, w, q;
    int j;

    frexpl(a.hi, k);
    if (__scalbnl_fscale(a.hi, -*k) < 0.70710678118654752440L)
        --*k;
    a = ldd_make(__scalbnl_fscale(a.hi, -*k), __scalbnl_fscale(a.lo, -*k));
    f = ldd_add_l(a, -1.0L);
    s2 = ldd_mul_l(ldd_div(f, ldd_add_l(f, 2.0L)), 2.0L);
    w = ldd_mul_l(ldd_mul(s2, s2), 0.25L);
    p = 1.0L / 33;
    for (j = 15; j >= 4; j--)
        p = 1.0L / (2 * j + 1) + w.hi * p;
    q = ldd_add(LDD_SEVENTH, ldd_mul_l(w, p));
    q = ldd_add(LDD_FIFTH, ldd_mul(w, q));
    q = ldd_add(LDD_THIRD, ldd_mul(w, q));
    return ldd_add(s2, ldd_mul(s2, ldd_mul(w, q)));
}

/* log a in full: k ln 2 + log m. */
ldd __logl_ldd(ldd a)
{
    int k;
    ldd m = __logl_parts(a, &k);

    return ldd_add(ldd_mul_l(LDD_LN2, k), m);
}

/* e^a - 1 = (2^k - 1) + 2^k m: for |a| < ln(2)/64, k is 0 and m = e^r - 1 keeps its
   relative precision; beyond, e^a - 1 is at least 0.01 and the ldd sum absorbs the rest. */
ldd __expm1l_ldd(ldd a)
{
    int k;
    ldd m = __expl_ldd(a, &k);
    long double p = __scalbnl_fscale(1.0L, k);

    return ldd_add(ldd_mul_l(m, p), ldd_two_sum(p, -1.0L));
}

/*
 * a * 2^k rounded once. A normal result is a.hi + a.lo rounded, scaled
 * exactly; a subnormal one is rounded on the 2^-16445 grid from a.hi, then
 * corrected by what a.hi's rounding and a.lo left over (so not rounded twice).
 */
long double __ldd_scale(ldd a, int k)
{
    long double v = a.hi + a.lo, r, excess, unit;
    int e;

    frexpl(v, &e);
    if (v != 0 && e + k < -16381) {
        r = __scalbnl_fscale(a.hi, k);
        excess = (a.hi - __scalbnl_fscale(r, -k)) + a.lo;
        unit = __scalbnl_fscale(1.0L, -16445 - k);
        if (excess > unit / 2)
            r += 0x1p-16445L;
        else if (excess < -unit / 2)
            r -= 0x1p-16445L;
    } else {
        r = __scalbnl_fscale(v, k);
    }
    if (isinf(r) || (r == 0 && v != 0))
        errno = ERANGE;   /* glibc reports a subnormal result only when it vanished */
    return r;
}

static long double overflow(int negative)
{
    errno = ERANGE;
    return negative ? -HUGE_VALL : HUGE_VALL;
}

static long double underflow(int negative)
{
    errno = ERANGE;
    return negative ? -0.0L : 0.0L;
}

/* e^a rounded, a finite. */
static long double exp_of(ldd a)
{
    int k;
    ldd m;

    if (a.hi > EXP_OVERFLOW)
        return overflow(0);
    if (a.hi < EXP_UNDERFLOW)
        return underflow(0);
    m = __expl_ldd(a, &k);
    return __ldd_scale(ldd_add_l(m, 1.0L), k);
}

long double expl(long double x)
{
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : 0.0L;
    return exp_of(ldd_make(x, 0.0L));
}

/* 2^x = 2^n e^(f ln 2) with n the integer nearest x: exact for integer x. */
long double exp2l(long double x)
{
    long double n, f;
    ldd m;
    int k;

    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : 0.0L;
    if (x >= 16384.0L)
        return overflow(0);
    if (x < -16500.0L)
        return underflow(0);
    n = floorl(x + 0.5L);
    f = x - n;
    m = __expl_ldd(ldd_mul_l(LDD_LN2, f), &k);
    return __ldd_scale(ldd_add_l(m, 1.0L), (int)n + k);
}

long double exp10l(long double x)
{
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : 0.0L;
    if (x > 4933.0L)
        return overflow(0);
    if (x < -4952.0L)
        return underflow(0);
    return exp_of(ldd_mul_l(LDD_LN10, x));
}

long double expm1l(long double x)
{
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : -1.0L;
    if (fabsl(x) < 0x1p-65L)
        return x;   /* e^x - 1 = x (1 + x/2): x itself once rounded, and -0 stays -0 */
    if (x > 46.0L)
        return exp_of(ldd_make(x, 0.0L));   /* e^x above 2^66: the - 1 vanishes in the rounding */
    if (x < -46.0L)
        return -1.0L;   /* e^x below 2^-66: -1 + e^x rounds to -1 */
    return ldd_round(__expm1l_ldd(ldd_make(x, 0.0L)));
}

/*
 * The logarithms' special cases: NaN for x < 0 (EDOM), -inf for 0 (a pole,
 * ERANGE), the argument for NaN and +inf. Returns 1 when *r holds the answer.
 */
static int log_special(long double x, long double *r)
{
    if (isnan(x) || x == HUGE_VALL) {
        *r = x + x;
    } else if (x == 0) {
        errno = ERANGE;
        *r = -HUGE_VALL;
    } else if (x < 0) {
        errno = EDOM;
        *r = NAN;   /* glibc's is positive here */
    } else {
        return 0;
    }
    return 1;
}

/*
 * log_b x = k log_b(2) + log(m) / ln b for x = 2^k m: exact for powers of two
 * in base 2 and for the representable powers of ten in base 10.
 */
static long double log_in_base(long double x, ldd log_b_2, ldd inv_ln_b)
{
    long double r;
    ldd m;
    int k;

    if (log_special(x, &r))
        return r;
    m = __logl_parts(ldd_make(x, 0.0L), &k);
    return ldd_round(ldd_add(ldd_mul_l(log_b_2, k), ldd_mul(m, inv_ln_b)));
}

#define LDD_ONE ldd_make(1.0L, 0.0L)

long double logl(long double x) { return log_in_base(x, LDD_LN2, LDD_ONE); }
long double log2l(long double x) { return log_in_base(x, LDD_ONE, LDD_INV_LN2); }
long double log10l(long double x) { return log_in_base(x, LDD_LOG10_2, LDD_INV_LN10); }

/* log(1 + x) with 1 + x held exactly as an ldd, so small x keeps its precision. */
long double log1pl(long double x)
{
    long double r;

    if (x < -1.0L) {
        errno = EDOM;
        return (x - x) / (x - x);   /* glibc's is negative here, unlike logl's */
    }
    if (x == -1.0L) {
        log_special(0.0L, &r);
        return r;
    }
    if (isnan(x) || isinf(x))
        return x + x;
    if (fabsl(x) < 0x1p-65L)
        return x;   /* x (1 - x/2) rounds to x; -0 stays -0 */
    return ldd_round(__logl_ldd(ldd_two_sum(1.0L, x)));
}

/* y is an integer; odd ones (below 2^64: above, every long double is even). */
static int is_integer(long double y)
{
    return truncl(y) == y;
}

static int is_odd_integer(long double y)
{
    return is_integer(y) && __fmodl_fprem(y, 2.0L) != 0;
}

/* pow with an infinite or zero x, or an infinite y: the table of C99 F.9.4.4. */
static long double pow_special(long double x, long double y)
{
    int odd = is_odd_integer(y);

    if (isinf(y)) {
        if (fabsl(x) == 1.0L)
            return 1.0L;
        return (fabsl(x) < 1.0L) == (y < 0) ? HUGE_VALL : 0.0L;
    }
    if (x == 0) {
        if (y < 0) {
            errno = ERANGE;   /* a pole */
            return odd ? 1.0L / x : HUGE_VALL;
        }
        return odd ? x : 0.0L;
    }
    /* x is infinite */
    if (y < 0)
        return odd && x < 0 ? -0.0L : 0.0L;
    return odd && x < 0 ? x : HUGE_VALL;
}

/* |x|^y = e^(y log |x|), the product kept to ~128 bits: exact results come out exact. */
long double powl(long double x, long double y)
{
    int negative = 0;
    ldd l;
    long double size;

    if (y == 0 || x == 1.0L)
        return 1.0L;
    if (isnan(x) || isnan(y))
        return x + y;
    if (isinf(x) || isinf(y) || x == 0)
        return pow_special(x, y);
    if (x < 0) {
        if (!is_integer(y)) {
            errno = EDOM;
            return (x - x) / (x - x);
        }
        negative = is_odd_integer(y);
        x = -x;
    }
    l = __logl_ldd(ldd_make(x, 0.0L));
    size = l.hi * y;   /* decides over- and underflow before the product could overflow */
    if (size > EXP_OVERFLOW)
        return overflow(negative);
    if (size < EXP_UNDERFLOW)
        return underflow(negative);
    x = exp_of(ldd_mul_l(l, y));
    return negative ? -x : x;
}
