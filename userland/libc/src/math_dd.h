/*
 * Internal: double-double arithmetic for the math library.
 *
 * A value is hi + lo with |lo| <= ulp(hi)/2, about 106 bits of precision.
 * Computing a function in double-double and rounding once at the end gives
 * the correctly rounded double in all but astronomically rare cases, which is
 * what glibc's libm gives too, so printed results agree to the last digit.
 * Needs strict IEEE double arithmetic (SSE2), which both our compiler and
 * gcc use on x86-64.
 */
#ifndef _MATH_DD_H
#define _MATH_DD_H

#include <stdint.h>
#include <math.h>

typedef struct {
    double hi;
    double lo;
} dd;

static inline dd dd_make(double hi, double lo)
{
    dd r;
    r.hi = hi;
    r.lo = lo;
    return r;
}

/* a + b exactly, when |a| >= |b| (or a == 0). */
static inline dd dd_fast_two_sum(double a, double b)
{
    double s = a + b;
    return dd_make(s, b - (s - a));
}

/* a + b exactly, any magnitudes (Knuth). */
static inline dd dd_two_sum(double a, double b)
{
    double s = a + b, bb = s - a;
    return dd_make(s, (a - (s - bb)) + (b - bb));
}

/* a * b exactly (Dekker's splitting: no FMA on plain x86-64). */
static inline dd dd_two_prod(double a, double b)
{
    const double split = 134217729.0;   /* 2^27 + 1 */
    double p = a * b, t, ah, al, bh, bl;

    t = split * a;
    ah = t - (t - a);
    al = a - ah;
    t = split * b;
    bh = t - (t - b);
    bl = b - bh;
    return dd_make(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
}

static inline dd dd_add(dd a, dd b)
{
    dd s = dd_two_sum(a.hi, b.hi);
    return dd_fast_two_sum(s.hi, s.lo + a.lo + b.lo);
}

static inline dd dd_add_d(dd a, double b)
{
    dd s = dd_two_sum(a.hi, b);
    return dd_fast_two_sum(s.hi, s.lo + a.lo);
}

static inline dd dd_neg(dd a)
{
    return dd_make(-a.hi, -a.lo);
}

static inline dd dd_sub(dd a, dd b)
{
    return dd_add(a, dd_neg(b));
}

static inline dd dd_mul(dd a, dd b)
{
    dd p = dd_two_prod(a.hi, b.hi);
    return dd_fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

static inline dd dd_mul_d(dd a, double b)
{
    dd p = dd_two_prod(a.hi, b);
    return dd_fast_two_sum(p.hi, p.lo + a.lo * b);
}

/* a / b: a first quotient, then the exact remainder divided again. */
static inline dd dd_div(dd a, dd b)
{
    double q1 = a.hi / b.hi, q2;
    dd r = dd_sub(a, dd_mul_d(b, q1));

    q2 = r.hi / b.hi;
    r = dd_sub(r, dd_mul_d(b, q2));
    return dd_add_d(dd_fast_two_sum(q1, q2), r.hi / b.hi);
}

static inline dd dd_div_d(dd a, double b)
{
    return dd_div(a, dd_make(b, 0.0));
}

/* sqrt(a): the double root, then one Newton correction using the exact square. */
static inline dd dd_sqrt(dd a)
{
    double s, d;
    dd e;

    if (a.hi <= 0.0)
        return dd_make(0.0, 0.0);
    s = sqrt(a.hi);
    e = dd_two_prod(s, s);
    d = ((a.hi - e.hi) - e.lo + a.lo) / (2.0 * s);
    return dd_fast_two_sum(s, d);
}

/* Constants, each the nearest double-double to the true value. */
#define DD_LN2 dd_make(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56)
#define DD_PI dd_make(0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53)
#define DD_PI_2 dd_make(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54)
#define DD_PI_4 dd_make(0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55)
#define DD_INV_LN2 dd_make(0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56)
#define DD_LOG10_2 dd_make(0x1.34413509f79ffp-2, -0x1.9dc1da994fd21p-59)

/* math.c: x * 2^e rounded once, as ldexp, but no range error: a scaling inside
   a computation is no error of the caller's. */
double __scale2(double x, int e);
/* math_exp.c: e^a = 2^k * (1 + m), and the natural logarithm, both to ~100 bits. */
dd __exp_dd(dd a, int *k);
dd __log_dd(dd a);
/* Round hi+lo to a double and scale by 2^k with a single rounding. */
double __dd_scale(dd a, int k);
/* math_trig.c: sin(pi s) for |s| <= 1/2; sin and cos of x - pi/4 for any finite x. */
dd __sinpi_dd(double s);
void __sincos_minus_quarter_pi_dd(double x, dd *s, dd *c);

#endif
