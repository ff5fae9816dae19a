/*
 * The long double functions of <math.h> over their interesting ranges: each
 * line is "NAME ARG... RESULT", every number as the 20 hex digits of its
 * 80-bit format (sign and exponent, then the 64-bit significand), for
 * ldouble_math_ulps.py to measure against mpmath. The arguments come from a
 * fixed xorshift sequence, so every run and machine prints the same lines.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/* A random long double in [0, 1). */
static long double unit(void)
{
    return ldexpl((long double)(next() >> 1), -63);
}

/* +-m 2^e, m a random 64-bit significand in [1, 2), e uniform in [lo, hi]; sign 0: +, 1: -, 2: either. */
static long double spread(int lo, int hi, int sign)
{
    long double m = ldexpl((long double)(next() | 1ULL << 63), -63);
    long double x = ldexpl(m, lo + (int)(next() % (uint64_t)(hi - lo + 1)));

    if (sign == 1 || (sign == 2 && (next() & 1)))
        x = -x;
    return x;
}

/* Uniform in [a, b). */
static long double between(long double a, long double b)
{
    return a + (b - a) * unit();
}

static void put(long double x)
{
    struct { uint64_t significand; uint16_t sign_exponent; } b;

    memcpy(&b, &x, 10);
    printf(" %04x%016llx", b.sign_exponent, (unsigned long long)b.significand);
}

static void one(const char *name, long double (*f)(long double), long double x)
{
    printf("%s", name);
    put(x);
    put(f(x));
    putchar('\n');
}

static void two(const char *name, long double (*f)(long double, long double), long double x, long double y)
{
    printf("%s", name);
    put(x);
    put(y);
    put(f(x, y));
    putchar('\n');
}

/* f(x, y) for x and y both spread over [2^lo, 2^hi], either sign (x drawn first). */
static void pair(const char *name, long double (*f)(long double, long double), int lo, int hi)
{
    long double x = spread(lo, hi, 2), y = spread(lo, hi, 2);

    two(name, f, x, y);
}

static long double sin_of(long double x) { long double s, c; sincosl(x, &s, &c); return s; }
static long double cos_of(long double x) { long double s, c; sincosl(x, &s, &c); return c; }

/* Arguments per range: argv[1], 100 by default (the emulator runs fewer). */
static int N = 100;

/* The trigonometric functions: moderate, tiny, huge, and next to multiples of pi/2. */
static void trig(const char *name, long double (*f)(long double))
{
    int i;

    for (i = 0; i < N; i++)
        one(name, f, between(-10, 10));
    for (i = 0; i < N; i++)
        one(name, f, spread(-40, 100, 2));
    for (i = 0; i < N; i++)
        one(name, f, spread(100, 16383, 2));
    for (i = 1; i <= N; i++) {
        /* k pi/2 rounded to long double, and its neighbours: r is tiny there */
        long double x = i * 0x1.921fb54442d1846ap+0L * (1 + (next() % 1000000));
        one(name, f, x);
        one(name, f, nextafterl(x, 0));
    }
}

static void exps(void)
{
    int i;

    for (i = 0; i < N; i++) {
        one("expl", expl, between(-11400, 11357));
        one("expl", expl, spread(-70, 3, 2));
        one("expl", expl, between(-11400, -11350));
        one("exp2l", exp2l, between(-16446, 16384));
        one("exp2l", exp2l, spread(-70, 3, 2));
        one("exp10l", exp10l, between(-4951, 4932));
        one("exp10l", exp10l, spread(-70, 3, 2));
        one("expm1l", expm1l, spread(-80, 3, 2));
        one("expm1l", expm1l, between(-50, 11356));
    }
    for (i = -30; i <= 30; i++) {
        one("exp2l", exp2l, i);
        one("exp10l", exp10l, i);
    }
}

static void logs(void)
{
    int i;

    for (i = 0; i < N; i++) {
        long double x = spread(-16445, 16383, 0), near1 = 1 + spread(-70, -1, 2);

        one("logl", logl, x);
        one("logl", logl, near1);
        one("log2l", log2l, x);
        one("log2l", log2l, near1);
        one("log10l", log10l, x);
        one("log10l", log10l, near1);
        one("log1pl", log1pl, spread(-80, -1, 2));
        one("log1pl", log1pl, between(-0.9L, 10));
        one("log1pl", log1pl, spread(0, 16383, 0));
        one("log1pl", log1pl, -1 + spread(-70, -1, 0));
    }
    for (i = -30; i <= 30; i++) {
        one("log2l", log2l, ldexpl(1, i * 500));
        one("log10l", log10l, powl(10, i));
    }
}

static void pows(void)
{
    long double x, y;
    int i;

    for (i = 0; i < N; i++) {
        x = between(0, 100);
        y = between(-50, 50);
        two("powl", powl, x, y);
        x = 1 + spread(-60, -5, 2);
        y = spread(0, 40, 2);
        two("powl", powl, x, y);
        x = spread(-16000, 16000, 0);
        y = between(-1.5L, 1.5L);
        two("powl", powl, x, y);
        x = -between(0.5L, 20);
        y = (long double)(long)between(-400, 400);
        two("powl", powl, x, y);
        x = (long double)(long)between(2, 40);
        y = (long double)(long)between(-30, 30);
        two("powl", powl, x, y);
    }
}

static void inverse_trig(void)
{
    int i;

    for (i = 0; i < N; i++) {
        long double x = between(-1, 1), edge = 1 - spread(-64, -2, 0), y;

        one("asinl", asinl, x);
        one("asinl", asinl, spread(-70, -1, 2));
        one("asinl", asinl, (i & 1) ? edge : -edge);
        one("acosl", acosl, x);
        one("acosl", acosl, spread(-70, -1, 2));
        one("acosl", acosl, (i & 1) ? edge : -edge);
        one("atanl", atanl, spread(-70, 70, 2));
        one("atanl", atanl, spread(-16445, 16383, 2));
        pair("atan2l", atan2l, -100, 100);
        pair("atan2l", atan2l, -16000, 16000);
        x = between(-2, 2);
        y = between(-2, 2);
        two("atan2l", atan2l, x, y);
    }
}

static void hyperbolic(void)
{
    int i;

    for (i = 0; i < N; i++) {
        long double x = spread(-40, 13, 2);

        one("sinhl", sinhl, x);
        one("sinhl", sinhl, between(-11357.5L, 11357.5L));
        one("coshl", coshl, x);
        one("coshl", coshl, between(-11357.5L, 11357.5L));
        one("tanhl", tanhl, x);
        one("tanhl", tanhl, spread(-40, 6, 2));
        one("asinhl", asinhl, spread(-40, 40, 2));
        one("asinhl", asinhl, spread(-16445, 16383, 2));
        one("acoshl", acoshl, 1 + spread(-64, 4, 0));
        one("acoshl", acoshl, spread(0, 16383, 0));
        one("atanhl", atanhl, between(-1, 1));
        one("atanhl", atanhl, spread(-70, -1, 2));
        one("atanhl", atanhl, (i & 1 ? 1 : -1) * (1 - spread(-64, -2, 0)));
    }
}

static void roots(void)
{
    int i;

    for (i = 0; i < N; i++) {
        one("cbrtl", cbrtl, spread(-16445, 16383, 2));
        one("cbrtl", cbrtl, spread(-10, 10, 2));
        pair("hypotl", hypotl, -100, 100);
        pair("hypotl", hypotl, -16445, 16383);
        pair("hypotl", hypotl, 16380, 16383);
        pair("hypotl", hypotl, -16445, -16380);
    }
    for (i = 1; i <= 30; i++)
        one("cbrtl", cbrtl, (long double)i * i * i);
}

static void errs(void)
{
    int i;

    for (i = 0; i < N; i++) {
        one("erfl", erfl, spread(-70, 2, 2));
        one("erfl", erfl, between(-7, 7));
        one("erfcl", erfcl, between(-7, 30));
        one("erfcl", erfcl, spread(-70, 1, 2));
        one("erfcl", erfcl, between(2.4L, 6.5L));
        one("erfcl", erfcl, between(100, 107));
    }
}

static void gammas(void)
{
    int i;

    for (i = 0; i < N; i++) {
        long double near = (i & 1 ? 1 : 2) + spread(-70, -3, 2);

        one("lgammal", lgammal, between(0, 40));
        one("lgammal", lgammal, near);
        one("lgammal", lgammal, spread(-70, 100, 0));
        one("lgammal", lgammal, between(-40, 0));
        one("tgammal", tgammal, between(-40, 40));
        one("tgammal", tgammal, near);
        one("tgammal", tgammal, between(40, 1756));
        one("tgammal", tgammal, between(-1770, -40));
    }
    for (i = 1; i <= 30; i++)
        one("tgammal", tgammal, i);   /* (i-1)!: exact up to 26! */
}

/* fmal is judged exactly: the correctly rounded x y + z. */
static void fmas(void)
{
    int i;

    for (i = 0; i < 3 * N; i++) {
        long double x = spread(-30, 30, 2), y = spread(-30, 30, 2), z;

        z = i % 3 == 0 ? -x * y : i % 3 == 1 ? spread(-100, 100, 2) : -x * y * (1 + spread(-70, -60, 2));
        printf("fmal");
        put(x);
        put(y);
        put(z);
        put(fmal(x, y, z));
        putchar('\n');
    }
}

int main(int argc, char **argv)
{
    if (argc > 1)
        N = atoi(argv[1]);
    trig("sinl", sinl);
    trig("cosl", cosl);
    trig("tanl", tanl);
    trig("sinl", sin_of);
    trig("cosl", cos_of);
    exps();
    logs();
    pows();
    inverse_trig();
    hyperbolic();
    roots();
    errs();
    gammas();
    fmas();
    return 0;
}
