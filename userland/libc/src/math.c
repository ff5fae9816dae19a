/*
 * A small <math.h>. Rounding functions are exact; exp, log and pow are
 * short series that are accurate to a few ulps, enough for a teaching libc.
 */
#include <math.h>
#include <stdint.h>

static uint64_t bits_of(double x)
{
    union { double d; uint64_t u; } v;
    v.d = x;
    return v.u;
}

static double double_of(uint64_t u)
{
    union { double d; uint64_t u; } v;
    v.u = u;
    return v.d;
}

double fabs(double x)
{
    return double_of(bits_of(x) & ~(1UL << 63));
}

double trunc(double x)
{
    /* From 2^52 up every double is an integer (and NaN/inf stay as they are). */
    if (!(fabs(x) < 4503599627370496.0))
        return x;
    if (x == 0.0)
        return x;
    return (double)(long)x == 0.0 && x < 0 ? -0.0 : (double)(long)x;
}

double floor(double x)
{
    double t = trunc(x);
    return t > x ? t - 1.0 : t;
}

double ceil(double x)
{
    double t = trunc(x);
    if (t < x)
        return t + 1.0;
    return t;
}

double round(double x)
{
    double t = trunc(x);
    if (fabs(x - t) >= 0.5)
        t += x < 0 ? -1.0 : 1.0;
    return t;
}

double fmod(double x, double y)
{
    if (y == 0.0 || isnan(x) || isnan(y) || isinf(x))
        return (x * y) / (x * y);
    if (isinf(y))
        return x;
    return x - trunc(x / y) * y;
}

double frexp(double x, int *e)
{
    uint64_t u = bits_of(x);
    int exp = (int)((u >> 52) & 0x7ff);

    if (exp == 0) {
        if (x == 0.0) {
            *e = 0;
            return x;
        }
        /* Subnormal: scale into the normal range first. */
        x = frexp(x * 18446744073709551616.0, e);
        *e -= 64;
        return x;
    }
    if (exp == 0x7ff) {
        *e = 0;
        return x;
    }
    *e = exp - 1022;
    return double_of((u & ~(0x7ffUL << 52)) | (1022UL << 52));
}

double ldexp(double x, int e)
{
    /* Multiply by powers of two that are themselves representable. */
    while (e > 1000) {
        x *= 1.0715086071862673e301; /* 2^1000 */
        e -= 1000;
    }
    while (e < -1000) {
        x *= 9.332636185032189e-302; /* 2^-1000 */
        e += 1000;
    }
    return x * double_of((uint64_t)(e + 1023) << 52);
}

double modf(double x, double *ip)
{
    *ip = trunc(x);
    if (isinf(x))
        return x > 0 ? 0.0 : -0.0;
    return x - *ip;
}

double exp(double x)
{
    double r, term, sum;
    int k, i;

    if (isnan(x))
        return x;
    if (x > 709.8)
        return HUGE_VAL;
    if (x < -745.2)
        return 0.0;
    /* x = k*ln2 + r with |r| <= ln2/2; exp(x) = 2^k * exp(r). */
    k = (int)(x / M_LN2 + (x < 0 ? -0.5 : 0.5));
    r = x - k * M_LN2;
    sum = 1.0;
    term = 1.0;
    for (i = 1; i < 25; i++) {
        term *= r / i;
        sum += term;
    }
    return ldexp(sum, k);
}

double log(double x)
{
    double m, s, s2, term, sum;
    int e, i;

    if (isnan(x))
        return x;
    if (x < 0)
        return NAN;
    if (x == 0.0)
        return -HUGE_VAL;
    if (isinf(x))
        return x;
    m = frexp(x, &e);
    /* Bring m into [sqrt(1/2), sqrt(2)) so the series converges fast. */
    if (m < 0.70710678118654752) {
        m *= 2.0;
        e--;
    }
    /* log(m) = 2 atanh(s) with s = (m-1)/(m+1). */
    s = (m - 1.0) / (m + 1.0);
    s2 = s * s;
    term = s;
    sum = 0.0;
    for (i = 1; i < 60; i += 2) {
        sum += term / i;
        term *= s2;
    }
    return 2.0 * sum + e * M_LN2;
}

double log10(double x)
{
    return log(x) / 2.30258509299404568402;
}

double log2(double x)
{
    return log(x) / M_LN2;
}

double pow(double x, double y)
{
    double result = 1.0, base = x;
    long n;

    if (y == 0.0)
        return 1.0;
    if (isnan(x) || isnan(y))
        return x + y;
    /* Integer exponents: repeated squaring, exact for small results. */
    if (y == trunc(y) && fabs(y) < 2147483648.0) {
        n = (long)y;
        if (n < 0)
            n = -n;
        for (; n > 0; n >>= 1, base *= base)
            if (n & 1)
                result *= base;
        return y < 0 ? 1.0 / result : result;
    }
    if (x < 0)
        return NAN;
    if (x == 0.0)
        return y > 0 ? 0.0 : HUGE_VAL;
    return exp(y * log(x));
}
