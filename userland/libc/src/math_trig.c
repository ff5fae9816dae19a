/*
 * Trigonometric functions in double-double (math_dd.h), rounded once.
 *
 * sin, cos and tan first reduce x to r = x - q pi/2 with |r| <= pi/4: for
 * moderate x with pi/2 split into four 33-bit pieces (Cody and Waite), for
 * huge x with a long binary expansion of 2/pi (Payne and Hanek), so that
 * even sin(1e300) is right. The inverse functions reduce their argument with
 * atan's half-angle formula and sum the series.
 */
#include <math.h>
#include <errno.h>
#include <stdint.h>
#include "math_dd.h"
#include "math_recip.h"

/* pi/2 in four pieces of 33 bits: k * piece is exact for k < 2^20. */
#define PIO2_1 0x1.921fb54400000p+0
#define PIO2_2 0x1.0b4611a600000p-34
#define PIO2_3 0x1.3198a2e000000p-69
#define PIO2_4 0x1.b839a25200000p-104

/* 2/pi = sum of two_over_pi[i] * 2^(-24 (i + 1)). */
static const uint32_t two_over_pi[60] = {
    0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62,
    0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7, 0x246e3a,
    0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129,
    0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41,
    0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8,
    0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf,
    0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5,
    0xf17b3d, 0x0739f7, 0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08,
    0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3,
    0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880,
};

#define PH_CHUNKS 10    /* 240 bits of 2/pi take part in one reduction */

/* `count` (<= 24) bits of the little-endian 24-bit-limb number l, from bit pos down. */
static uint32_t limb_bits(const uint64_t *l, int nlimbs, int pos, int count)
{
    uint32_t v = 0;
    int i, bit;

    for (i = 0; i < count; i++) {
        bit = pos - i;
        v <<= 1;
        if (bit >= 0 && bit / 24 < nlimbs)
            v |= (uint32_t)(l[bit / 24] >> (bit % 24)) & 1;
    }
    return v;
}

/*
 * Payne-Hanek for |x| >= 2^20: x = m 2^e with m a 53-bit integer. The terms
 * of m 2^e (2/pi) that are multiples of 4 do not change the quadrant, so only
 * PH_CHUNKS chunks of 2/pi from the right place on are multiplied by m.
 */
static int reduce_huge(double x, dd *r)
{
    uint64_t m, prod[PH_CHUNKS + 3] = {0}, mlimb[3], carry;
    int e, i0, i, j, s, q, nlimbs = PH_CHUNKS + 3;
    double f, piece;
    dd frac = dd_make(0.0, 0.0);

    f = frexp(x, &e);
    m = (uint64_t)ldexp(f, 53);
    e -= 53;
    i0 = e >= 26 ? (e - 2) / 24 : 0;
    mlimb[0] = m & 0xffffff;
    mlimb[1] = (m >> 24) & 0xffffff;
    mlimb[2] = m >> 48;
    /* prod = m * (chunks i0 .. i0+N-1 read as one big integer), limbs of 24 bits. */
    for (i = 0; i < PH_CHUNKS; i++)
        for (j = 0; j < 3; j++)
            prod[PH_CHUNKS - 1 - i + j] += mlimb[j] * two_over_pi[i0 + i];
    carry = 0;
    for (i = 0; i < nlimbs; i++) {
        prod[i] += carry;
        carry = prod[i] >> 24;
        prod[i] &= 0xffffff;
    }
    /* The binary point of x * 2/pi sits s bits from the right of prod. */
    s = 24 * (i0 + PH_CHUNKS) - e;
    q = (int)limb_bits(prod, nlimbs, s + 1, 2);
    for (i = 4; i >= 0; i--) {
        piece = ldexp((double)limb_bits(prod, nlimbs, s - 1 - 24 * i, 24), -24 * (i + 1));
        frac = dd_add_d(frac, piece);
    }
    if (frac.hi >= 0.5) {
        frac = dd_add_d(frac, -1.0);
        q++;
    }
    *r = dd_mul(frac, DD_PI_2);
    return q & 3;
}

/* x = q pi/2 + r with |r| <= about pi/4; returns q mod 4. */
static int reduce(double x, dd *r)
{
    double a = fabs(x), k;
    int q;

    if (a <= 0.785398163397448279) {
        *r = dd_make(x, 0.0);
        return 0;
    }
    if (a < 0x1p20) {
        k = floor(a * 0x1.45f306dc9c883p-1 + 0.5);
        *r = dd_two_sum(a - k * PIO2_1, -k * PIO2_2);
        *r = dd_add_d(*r, -k * PIO2_3);
        *r = dd_add_d(*r, -k * PIO2_4);
        q = (int)((long)k & 3);
    } else {
        q = reduce_huge(a, r);
    }
    if (x < 0) {
        *r = dd_neg(*r);
        q = (4 - q) & 3;
    }
    return q;
}

/* sin r = r (1 - w/(2*3) (1 - w/(4*5) (...))) with w = r^2; the outer levels in double-double. */
static dd sin_dd(dd r)
{
    dd w = dd_mul(r, r), s;
    double t = 1.0;
    int n;

    for (n = 13; n >= 6; n--)
        t = 1.0 - w.hi * t / ((2.0 * n) * (2.0 * n + 1.0));
    s = dd_make(t, 0.0);
    for (n = 5; n >= 1; n--)
        s = dd_add_d(dd_neg(dd_mul(dd_mul(w, s), DD_RECIP(2 * n * (2 * n + 1)))), 1.0);
    return dd_mul(r, s);
}

/* cos r = 1 - w/(1*2) (1 - w/(3*4) (...)). */
static dd cos_dd(dd r)
{
    dd w = dd_mul(r, r), s;
    double t = 1.0;
    int n;

    for (n = 13; n >= 6; n--)
        t = 1.0 - w.hi * t / ((2.0 * n - 1.0) * (2.0 * n));
    s = dd_make(t, 0.0);
    for (n = 5; n >= 1; n--)
        s = dd_add_d(dd_neg(dd_mul(dd_mul(w, s), DD_RECIP((2 * n - 1) * (2 * n)))), 1.0);
    return s;
}

/*
 * sin and cos of x - pi/4 in double-double, for the Bessel functions' large-argument
 * forms (math_bessel.c): x is reduced exactly first, so the phase stays accurate for
 * any finite x.
 */
void __sincos_minus_quarter_pi_dd(double x, dd *s, dd *c)
{
    dd r, sr, cr;
    int q = reduce(x, &r);

    r = dd_sub(r, DD_PI_4);
    sr = sin_dd(r);
    cr = cos_dd(r);
    switch (q) {
    case 0: *s = sr; *c = cr; break;
    case 1: *s = cr; *c = dd_neg(sr); break;
    case 2: *s = dd_neg(sr); *c = dd_neg(cr); break;
    default: *s = dd_neg(cr); *c = sr; break;
    }
}

/* glibc's results: sin(inf) and friends give the x86 default NaN (negative), asin(2) a positive one. */
static double domain_error(int negative)
{
    errno = EDOM;
    return negative ? -NAN : NAN;
}

/*
 * sin(x + quarter_turns * pi/2), for sin (0) and cos (1): the quadrant of the reduced
 * argument, shifted, picks sin or cos of the remainder and the sign.
 */
static double sin_quarter_turns(double x, int quarter_turns)
{
    dd r, v;

    if (isnan(x))
        return x;
    if (isinf(x))
        return domain_error(1);
    switch ((reduce(x, &r) + quarter_turns) & 3) {
    case 0: v = sin_dd(r); break;
    case 1: v = cos_dd(r); break;
    case 2: v = dd_neg(sin_dd(r)); break;
    default: v = dd_neg(cos_dd(r)); break;
    }
    return v.hi + v.lo;
}

double sin(double x)
{
    if (isless(fabs(x), 0x1p-27)) /* quiet on NaN */
        return x;   /* sin x = x to double precision, sign of zero kept */
    return sin_quarter_turns(x, 0);
}

double cos(double x)
{
    return sin_quarter_turns(x, 1);
}

double tan(double x)
{
    dd r, v;

    if (isnan(x))
        return x;
    if (isinf(x))
        return domain_error(1);
    if (fabs(x) < 0x1p-27)
        return x;
    if (reduce(x, &r) & 1)
        v = dd_neg(dd_div(cos_dd(r), sin_dd(r)));
    else
        v = dd_div(sin_dd(r), cos_dd(r));
    return v.hi + v.lo;
}

/*
 * atan t for t >= 0: above 1 through pi/2 - atan(1/t); then twice the
 * half-angle step atan t = 2 atan(t / (1 + sqrt(1 + t^2))), leaving u <= tan(pi/16),
 * and the series u (1 - w/3 + w^2/5 - ...) with w = u^2.
 */
static dd atan_dd(dd t)
{
    int invert = 0, i, j;
    dd w, s;
    double v;

    if (t.hi > 1.0) {
        t = dd_div(dd_make(1.0, 0.0), t);
        invert = 1;
    }
    for (i = 0; i < 2; i++)
        t = dd_div(t, dd_add_d(dd_sqrt(dd_add_d(dd_mul(t, t), 1.0)), 1.0));
    w = dd_mul(t, t);
    v = 1.0 / 49;
    for (j = 23; j >= 6; j--)
        v = 1.0 / (2 * j + 1) - w.hi * v;
    s = dd_make(v, 0.0);
    for (j = 5; j >= 1; j--)
        s = dd_sub(DD_RECIP(2 * j + 1), dd_mul(w, s));
    s = dd_sub(dd_make(1.0, 0.0), dd_mul(w, s));
    s = dd_mul_d(dd_mul(t, s), 4.0);
    return invert ? dd_sub(DD_PI_2, s) : s;
}

double atan(double x)
{
    dd v;

    if (isnan(x))
        return x;
    if (isinf(x))
        return x > 0 ? DD_PI_2.hi : -DD_PI_2.hi;
    if (fabs(x) < 0x1p-27)
        return x;
    /* Past 2^60, pi/2 - 1/x rounds to pi/2 (and 1/x would underflow the splitting). */
    if (fabs(x) > 0x1p60)
        return x > 0 ? DD_PI_2.hi : -DD_PI_2.hi;
    v = atan_dd(dd_make(fabs(x), 0.0));
    return x < 0 ? -(v.hi + v.lo) : v.hi + v.lo;
}

double atan2(double y, double x)
{
    double r;
    dd v, q;
    int negative = signbit(y), left = signbit(x);

    if (isnan(x) || isnan(y))
        return x + y;
    if (y == 0.0) {
        if (signbit(x))
            return signbit(y) ? -DD_PI.hi : DD_PI.hi;
        return y;
    }
    if (x == 0.0)
        return y > 0 ? DD_PI_2.hi : -DD_PI_2.hi;
    if (isinf(y)) {
        if (isinf(x))
            r = x > 0 ? DD_PI_4.hi : 0x1.2d97c7f3321d2p+1;   /* 3 pi/4 */
        else
            r = DD_PI_2.hi;
        return y > 0 ? r : -r;
    }
    if (isinf(x))
        r = x > 0 ? 0.0 : DD_PI.hi;
    else {
        /*
         * Only the ratio matters: bring huge or tiny arguments near 1 (by 2^k).
         * The smaller one may underflow to 0 on the way, when the ratio does
         * too, so the signs are the ones taken above.
         */
        if (fmax(fabs(x), fabs(y)) > 0x1p900) {
            x = __scale2(x, -600);
            y = __scale2(y, -600);
        } else if (fmax(fabs(x), fabs(y)) < 0x1p-900) {
            x = __scale2(x, 600);
            y = __scale2(y, 600);
        }
        /*
         * Quotients beyond 2^60 give pi/2; below 2^-900 atan(q) = q, and one
         * division rounds it right even when it is subnormal (double-double
         * arithmetic is not exact down there).
         */
        q = dd_make(fabs(y) / fabs(x), 0.0);
        if (q.hi > 0x1p60)
            v = DD_PI_2;
        else if (q.hi < 0x1p-900)
            v = left ? DD_PI : q;
        else
            v = atan_dd(dd_div(dd_make(fabs(y), 0.0), dd_make(fabs(x), 0.0)));
        if (q.hi < 0x1p-900) {
            r = v.hi;
            if (r == 0.0)
                errno = ERANGE;     /* underflow, as glibc reports it */
            return negative ? -r : r;
        }
        if (left)
            v = dd_sub(DD_PI, v);
        r = v.hi + v.lo;
    }
    return negative ? -r : r;
}

double asin(double x)
{
    double a = fabs(x), r;
    dd s, v;

    if (isnan(x))
        return x;
    if (a > 1.0)
        return domain_error(0);
    if (a < 0x1p-27)
        return x;
    /* asin x = atan(x / sqrt((1 - x)(1 + x))). */
    s = dd_sqrt(dd_mul(dd_two_sum(1.0, -a), dd_two_sum(1.0, a)));
    v = s.hi == 0.0 ? DD_PI_2 : atan_dd(dd_div(dd_make(a, 0.0), s));
    r = v.hi + v.lo;
    return x < 0 ? -r : r;
}

double acos(double x)
{
    dd v;

    if (isnan(x))
        return x;
    if (fabs(x) > 1.0)
        return domain_error(0);
    if (x == -1.0)
        return DD_PI.hi;
    /* acos x = 2 atan(sqrt((1 - x) / (1 + x))): no cancellation near 1. */
    v = dd_sqrt(dd_div(dd_two_sum(1.0, -x), dd_two_sum(1.0, x)));
    if (v.hi == 0.0)
        return 0.0;
    v = dd_mul_d(atan_dd(v), 2.0);
    return v.hi + v.lo;
}

/* sin(pi s) for |s| <= 1/2, for the gamma function's reflection formula. */
dd __sinpi_dd(double s)
{
    double a = fabs(s);
    dd v;

    if (a <= 0.25)
        v = sin_dd(dd_mul_d(DD_PI, a));
    else
        v = cos_dd(dd_mul_d(DD_PI, 0.5 - a));
    return s < 0 ? dd_neg(v) : v;
}
