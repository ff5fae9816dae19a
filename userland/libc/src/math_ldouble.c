/*
 * The long double operations that work on the representation: sign, exponent
 * and significand of the x87's 80-bit format (a 64-bit significand with an
 * explicit integer bit, a 15-bit biased exponent, the sign above it),
 * nextafter's neighbours in float and long double, ilogbl, the conversions to
 * integers, remquol and fmal. Routing these through double would change the
 * value.
 */
#include <math.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "math_ldd.h"

typedef struct {
    uint64_t significand;   /* bit 63 is the integer bit */
    uint16_t sign_exponent; /* bit 15 the sign, bits 0-14 the biased exponent */
} ldouble_bits;

#define EXPONENT_MASK 0x7fff
#define EXPONENT_BIAS 16383
#define INTEGER_BIT (UINT64_C(1) << 63)

static ldouble_bits bits_of(long double x)
{
    ldouble_bits b;

    memcpy(&b, &x, 10);
    return b;
}

static long double from_bits(ldouble_bits b)
{
    long double x = 0;

    memcpy(&x, &b, 10);
    return x;
}

long double fabsl(long double x)
{
    ldouble_bits b = bits_of(x);

    b.sign_exponent &= EXPONENT_MASK;
    return from_bits(b);
}

long double copysignl(long double x, long double y)
{
    ldouble_bits b = bits_of(x);

    b.sign_exponent = (b.sign_exponent & EXPONENT_MASK) | (bits_of(y).sign_exponent & 0x8000);
    return from_bits(b);
}

/* Half-way cases away from zero; truncl is exact and so is x minus it. */
long double roundl(long double x)
{
    long double t = truncl(x);

    if (fabsl(x - t) >= 0.5L)
        t += copysignl(1.0L, x);
    return t;
}

long double modfl(long double x, long double *ip)
{
    *ip = truncl(x);
    if (isinf(x))
        return copysignl(0.0L, x);
    return copysignl(x - *ip, x);
}

/* x = f * 2^e with 0.5 <= |f| < 1; zero, infinity and NaN come back as they are. */
long double frexpl(long double x, int *e)
{
    ldouble_bits b = bits_of(x);
    int exponent = b.sign_exponent & EXPONENT_MASK, adjust = 0;

    *e = 0;
    if (exponent == EXPONENT_MASK || x == 0)
        return x;
    if (exponent == 0) {
        /* Subnormal: scale into the normal range first (exact). */
        b = bits_of(x * 0x1p64L);
        exponent = b.sign_exponent & EXPONENT_MASK;
        adjust = 64;
    }
    *e = exponent - (EXPONENT_BIAS - 1) - adjust;
    b.sign_exponent = (b.sign_exponent & 0x8000) | (EXPONENT_BIAS - 1);
    return from_bits(b);
}

long double logbl(long double x)
{
    int e;

    if (x == 0)
        return -1.0L / fabsl(x);
    if (isinf(x))
        return fabsl(x);
    if (isnan(x))
        return x + x;
    frexpl(x, &e);
    return e - 1;
}

long double fminl(long double x, long double y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    return x < y ? x : y;
}

long double fmaxl(long double x, long double y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    return x > y ? x : y;
}

long double fdiml(long double x, long double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0L;
}

/* One step of |x| up (away from zero) or down in the 80-bit format. */
static long double step_magnitude(long double x, int up)
{
    ldouble_bits b = bits_of(x);
    int exponent = b.sign_exponent & EXPONENT_MASK;

    if (up) {
        b.significand++;
        if (b.significand == 0) {            /* carried out of the significand */
            b.significand = INTEGER_BIT;
            exponent++;                      /* to infinity past the largest */
        } else if (exponent == 0 && (b.significand & INTEGER_BIT)) {
            exponent = 1;                    /* the largest subnormal grew normal */
        }
    } else if (b.significand == INTEGER_BIT && exponent > 1) {
        b.significand = ~UINT64_C(0);
        exponent--;
    } else {
        b.significand--;
        if (exponent == 1 && !(b.significand & INTEGER_BIT))
            exponent = 0;                    /* the smallest normal shrank subnormal */
    }
    b.sign_exponent = (b.sign_exponent & 0x8000) | exponent;
    return from_bits(b);
}

long double nextafterl(long double x, long double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;
    if (x == 0)
        return copysignl(0x1p-16445L, y);   /* the smallest subnormal */
    x = step_magnitude(x, (x < y) == (x > 0));
    if (isinf(x) || fabsl(x) < LDBL_MIN)
        errno = ERANGE;   /* glibc's: overflow, or a step below the normal range */
    return x;
}

long double nexttowardl(long double x, long double y)
{
    return nextafterl(x, y);
}

float nextafterf(float x, float y)
{
    uint32_t u;

    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;
    if (x == 0)
        return copysignf(0x1p-149f, y);
    memcpy(&u, &x, sizeof u);
    u += (x < y) == (x > 0) ? 1 : -1;
    memcpy(&x, &u, sizeof u);
    if (isinf(x) || fabsf(x) < FLT_MIN)
        errno = ERANGE;   /* as nextafter's */
    return x;
}

/* nexttoward: like nextafter, with the direction given by a long double. */
double nexttoward(double x, long double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return (double)y;
    return nextafter(x, x < y ? INFINITY : -INFINITY);
}

float nexttowardf(float x, long double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return (float)y;
    return nextafterf(x, x < y ? INFINITY : -INFINITY);
}

/* The exponent of x; FP_ILOGB0 for 0 and NaN, INT_MAX for infinities, all three
   domain errors (EDOM) as glibc reports them. */
int ilogbl(long double x)
{
    int e;

    if (x == 0 || isnan(x) || isinf(x)) {
        errno = EDOM;
        return isinf(x) ? INT_MAX : FP_ILOGB0;
    }
    frexpl(x, &e);
    return e - 1;
}

/* Rounded in long double (exact), then converted: out of range, the x87's
   answer (LONG_MIN), as glibc's. */
long lroundl(long double x) { return (long)roundl(x); }
long long llroundl(long double x) { return (long long)roundl(x); }
long lrintl(long double x) { return (long)rintl(x); }
long long llrintl(long double x) { return (long long)rintl(x); }

/*
 * remainderl(x, y), and in *quo the low three bits of the rounded quotient
 * with its sign. fmodl by 8y first (exact) leaves a quotient of at most 8,
 * which (x - r) / y then recovers despite its rounding.
 */
long double remquol(long double x, long double y, int *quo)
{
    long double r = __remainderl_fprem1(x, y), n;
    int negative = signbit(x) != signbit(y);

    *quo = 0;
    if (isnan(r))
        return r;
    if (fabsl(y) < LDBL_MAX / 8)
        x = __fmodl_fprem(x, 8 * y);
    n = fabsl(rintl(x / y - r / y));
    *quo = (int)__fmodl_fprem(n, 8.0L);
    if (negative)
        *quo = -*quo;
    return r;
}

/*
 * The x87 computes these exactly (math_x87.S, sqrtl.S); these add errno as
 * glibc's wrappers set it: EDOM for fmodl and remainderl of an infinite x or
 * a zero y and for sqrtl below zero, ERANGE when ldexpl or scalbnl overflow
 * or vanish (not when they only turn subnormal).
 */
long double fmodl(long double x, long double y)
{
    if (!isnan(x) && !isnan(y) && (isinf(x) || y == 0))
        errno = EDOM;
    return __fmodl_fprem(x, y);
}

long double remainderl(long double x, long double y)
{
    if (!isnan(x) && !isnan(y) && (isinf(x) || y == 0))
        errno = EDOM;
    return __remainderl_fprem1(x, y);
}

long double sqrtl(long double x)
{
    if (x < 0)
        errno = EDOM;
    return __sqrtl_fsqrt(x);
}

long double scalbnl(long double x, int e)
{
    long double r = __scalbnl_fscale(x, e);

    if (isfinite(x) && x != 0 && (isinf(r) || r == 0))
        errno = ERANGE;
    return r;
}

long double ldexpl(long double x, int e)
{
    return scalbnl(x, e);
}

/* lo moved one ulp towards the sign of the exact rest, unless it is odd already:
   rounding to odd, which lets the last addition round once (Boldo and Melquiond). */
static long double round_to_odd(long double lo, long double rest)
{
    if (rest == 0 || (bits_of(lo).significand & 1))
        return lo;
    return nextafterl(lo, rest > 0 ? HUGE_VALL : -HUGE_VALL);
}

/*
 * x * y + z rounded once. The operands are scaled by powers of two so that
 * the product is near 1, where Dekker's product (math_ldd.h) is exact; the
 * sum with z is exact as hi + lo + rest, its tail rounded to odd.
 */
long double fmal(long double x, long double y, long double z)
{
    int ex, ey, saved_errno;
    long double zs, r;
    ldd p, s, t;

    if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0 || y == 0)
        return x * y + z;
    if (z == 0)
        return x * y;   /* one rounding already; + z only decides the sign of a zero */
    ex = ilogbl(x);
    ey = ilogbl(y);
    zs = __scalbnl_fscale(z, -(ex + ey));
    if (isinf(zs))
        return z;       /* the product is below 2^-16000 z: z rounds to itself */
    p = ldd_two_prod(__scalbnl_fscale(x, -ex), __scalbnl_fscale(y, -ey));
    s = ldd_two_sum(p.hi, zs);
    t = ldd_two_sum(p.lo, s.lo);
    saved_errno = errno;   /* glibc's fmal sets none, even when it overflows */
    r = __ldd_scale(ldd_two_sum(s.hi, round_to_odd(t.hi, t.lo)), ex + ey);
    errno = saved_errno;
    return r;
}
