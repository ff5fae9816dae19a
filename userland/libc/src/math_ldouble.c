/*
 * The long double operations that work on the representation: sign, exponent
 * and significand of the x87's 80-bit format (a 64-bit significand with an
 * explicit integer bit, a 15-bit biased exponent, the sign above it), and
 * nextafter's neighbours in float and long double. Routing these through
 * double, as the approximations in math_float.c do, would change the value.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

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
    return step_magnitude(x, (x < y) == (x > 0));
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
