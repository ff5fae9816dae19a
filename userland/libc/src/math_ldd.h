/*
 * Internal: double-long-double arithmetic for the long double math library.
 *
 * The long double twin of math_dd.h: a value is hi + lo, two x87 extended
 * numbers with |lo| <= ulp(hi)/2, about 128 bits of precision. The functions
 * of math_ldouble_*.c compute in it and round once at the end, so their
 * results are within a hair of half an ulp of the 64-bit significand.
 * Everything here is plain x87 + - * / and sqrt, which the emulator performs
 * exactly as the hardware does, so a program prints the same in both.
 */
#ifndef _MATH_LDD_H
#define _MATH_LDD_H

#include <math.h>

/* The x87's exact operations without errno (math_x87.S, sqrtl.S): the library's
   intermediates must not set it, the public ldexpl, fmodl... do, as glibc's. */
long double __scalbnl_fscale(long double x, int e);
long double __fmodl_fprem(long double x, long double y);
long double __remainderl_fprem1(long double x, long double y);
long double __sqrtl_fsqrt(long double x);

typedef struct {
    long double hi;
    long double lo;
} ldd;

static inline ldd ldd_make(long double hi, long double lo)
{
    ldd r;
    r.hi = hi;
    r.lo = lo;
    return r;
}

/* a + b exactly, when |a| >= |b| (or a == 0). */
static inline ldd ldd_fast_two_sum(long double a, long double b)
{
    long double s = a + b;
    return ldd_make(s, b - (s - a));
}

/* a + b exactly, any magnitudes (Knuth). */
static inline ldd ldd_two_sum(long double a, long double b)
{
    long double s = a + b, bb = s - a;
    return ldd_make(s, (a - (s - bb)) + (b - bb));
}

/*
 * a * b exactly, by Dekker's splitting into 32-bit halves (2^32 + 1 splits a
 * 64-bit significand). Exact while a, b and the product stay well inside the
 * range; the callers work on arguments reduced to moderate magnitudes.
 */
static inline ldd ldd_two_prod(long double a, long double b)
{
    const long double split = 4294967297.0L;   /* 2^32 + 1 */
    long double p = a * b, t, ah, al, bh, bl;

    t = split * a;
    ah = t - (t - a);
    al = a - ah;
    t = split * b;
    bh = t - (t - b);
    bl = b - bh;
    return ldd_make(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
}

static inline ldd ldd_add(ldd a, ldd b)
{
    ldd s = ldd_two_sum(a.hi, b.hi);
    return ldd_fast_two_sum(s.hi, s.lo + a.lo + b.lo);
}

static inline ldd ldd_add_l(ldd a, long double b)
{
    ldd s = ldd_two_sum(a.hi, b);
    return ldd_fast_two_sum(s.hi, s.lo + a.lo);
}

static inline ldd ldd_neg(ldd a)
{
    return ldd_make(-a.hi, -a.lo);
}

static inline ldd ldd_sub(ldd a, ldd b)
{
    return ldd_add(a, ldd_neg(b));
}

static inline ldd ldd_mul(ldd a, ldd b)
{
    ldd p = ldd_two_prod(a.hi, b.hi);
    return ldd_fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

static inline ldd ldd_mul_l(ldd a, long double b)
{
    ldd p = ldd_two_prod(a.hi, b);
    return ldd_fast_two_sum(p.hi, p.lo + a.lo * b);
}

/* a / b: a first quotient, then the exact remainder divided again. */
static inline ldd ldd_div(ldd a, ldd b)
{
    long double q1 = a.hi / b.hi, q2;
    ldd r = ldd_sub(a, ldd_mul_l(b, q1));

    q2 = r.hi / b.hi;
    r = ldd_sub(r, ldd_mul_l(b, q2));
    return ldd_add_l(ldd_fast_two_sum(q1, q2), r.hi / b.hi);
}

static inline ldd ldd_div_l(ldd a, long double b)
{
    return ldd_div(a, ldd_make(b, 0.0L));
}

/* sqrt(a) for a >= 0: the x87 root, then one Newton correction from the exact square. */
static inline ldd ldd_sqrt(ldd a)
{
    long double s, d;
    ldd e;

    if (a.hi <= 0.0L)
        return ldd_make(0.0L, 0.0L);
    s = __sqrtl_fsqrt(a.hi);
    e = ldd_two_prod(s, s);
    d = ((a.hi - e.hi) - e.lo + a.lo) / (2.0L * s);
    return ldd_fast_two_sum(s, d);
}

static inline long double ldd_round(ldd a)
{
    return a.hi + a.lo;
}

/*
 * Constants, each hi = the value rounded to 64 bits and lo = the rest rounded
 * to 64 bits (computed with mpmath at 20000 bits of precision).
 */
#define LDD_LN2 ldd_make(0x1.62e42fefa39ef358p-1L, -0x1.b0e2633fe0684a86p-67L)
#define LDD_INV_LN2 ldd_make(0x1.71547652b82fe178p+0L, -0x1.05e004be5b8b05dcp-65L)
#define LDD_LN10 ldd_make(0x1.26bb1bbb5551582ep+1L, -0x1.5a929d47d2cf5d72p-66L)
#define LDD_INV_LN10 ldd_make(0x1.bcb7b1526e50e32ap-2L, 0x1.aadd557d699ee192p-68L)
#define LDD_LOG10_2 ldd_make(0x1.34413509f79fef32p-2L, -0x1.c1da994fd20dba20p-67L)
#define LDD_PI ldd_make(0x1.921fb54442d1846ap+1L, -0x1.d9cceba3f91f1976p-65L)
#define LDD_PI_2 ldd_make(0x1.921fb54442d1846ap+0L, -0x1.d9cceba3f91f1976p-66L)

/* math_ldouble_exp.c: e^a = 2^k (1 + m) for |a| < 16384 ln 2; log m for a = 2^k m;
   log a for a > 0. */
ldd __expl_ldd(ldd a, int *k);
ldd __logl_parts(ldd a, int *k);
ldd __logl_ldd(ldd a);
/* e^a - 1, for a below the overflow threshold. */
ldd __expm1l_ldd(ldd a);
/* Round a and scale by 2^k; errno ERANGE when the result overflows or vanishes. */
long double __ldd_scale(ldd a, int k);
/* math_ldouble_trig.c: atan2(y, x) for y >= 0, both of moderate size; |sin(pi f)|
   for |f| <= 1/2. */
ldd __atan2l_ldd(ldd y, ldd x);
ldd __sinpil_ldd(long double f);

#endif
