/*
 * <math.h> at the edges, against glibc: atan2 when y/x underflows, expm1 up to
 * its overflow, pow(-1, y) for huge y, rint and its kin in every rounding mode,
 * the sign of gamma when it underflows, lgamma near its zeros at 1 and 2, and
 * the range errors (errno) of scaling, stepping, pow, logb, ilogb and erfc.
 * Arguments go through volatile variables, so that no compiler folds a call.
 * The lgamma arguments are ones where glibc is correctly rounded too (elsewhere
 * it can be an ulp off near 1 and 2).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

/* The result to the last bit, and errno (cleared first). */
#define SHOW(expr)                                                              \
    do {                                                                        \
        double r_;                                                              \
        errno = 0;                                                              \
        r_ = (expr);                                                            \
        printf("%-30s %.17g %a errno %d\n", #expr, r_, r_, errno);              \
    } while (0)

#define SHOWF(expr)                                                             \
    do {                                                                        \
        float r_;                                                               \
        errno = 0;                                                              \
        r_ = (expr);                                                            \
        printf("%-30s %.9g %a errno %d\n", #expr, (double)r_, (double)r_, errno); \
    } while (0)

static volatile double tiny = 1e-300, huge = 1e300, one = 1.0, zero = 0.0, inf = INFINITY;

static void atan2_underflow(void)
{
    SHOW(atan2(tiny, -huge));
    SHOW(atan2(tiny, huge));
    SHOW(atan2(-tiny, -huge));
    SHOW(atan2(-tiny, huge));
    SHOW(atan2(huge, -tiny));
    SHOW(atan2(-huge, -tiny));
    SHOW(atan2(tiny, 1e10 * one));
    SHOW(atan2(1e-320 * one, 1e10 * one));
    SHOW(atan2(tiny, -1e-310 * one));
    SHOW(atan2(one, inf));
    SHOWF(atan2f(1e-30f * (float)one, 1e30f * (float)one));
}

static void expm1_near_overflow(void)
{
    static const double xs[] = { 41.0, 100.5, 693.0, 700.0, 709.7, 709.78, 709.782712893384, 709.79, 710.0 };
    unsigned i;

    for (i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        volatile double x = xs[i];
        SHOW(expm1(x));
    }
    SHOWF(expm1f(88.5f * (float)one));
    SHOWF(expm1f(89.0f * (float)one));
    SHOWF(expf(89.0f * (float)one));
    SHOWF(expf(-104.0f * (float)one));
}

static void pow_huge_exponents(void)
{
    volatile double m1 = -1.0, p1 = 1.0;

    SHOW(pow(m1, 1e300));
    SHOW(pow(m1, -1e22));
    SHOW(pow(m1, 0x1p53));
    SHOW(pow(m1, 0x1p60));
    SHOW(pow(m1, 0x1p64));
    SHOW(pow(m1, inf));
    SHOW(pow(m1, -inf));
    SHOW(pow(p1, 1e300));
    SHOW(pow(-0.5 * one, 1e300));
    SHOW(pow(-2.0 * one, 1e300));
    SHOW(pow(-2.0 * one, -1e300));
    SHOW(pow(0.5 * one, 1e300));
    SHOW(pow(1.0 + 0x1p-52, 1e20 * one));
    SHOW(pow(1.0 - 0x1p-53, 0x1p64 * one));
    SHOW(pow(zero, -inf));
    SHOW(pow(-zero, -inf));
    SHOW(pow(zero, -1.0 * one));
}

static void rounding_modes(void)
{
    static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
    static const char *const names[] = { "nearest", "upward", "downward", "towardzero" };
    static const double xs[] = {
        -2.2, -2.5, -2.7, 2.2, 2.5, 2.7, -0.3, 0.3, -0.5, 0.5, -0.0, 0.0, 3.5, -3.5, -1.0,
        4503599627370495.5, -4503599627370495.5, 4503599627370497.0, -1e300,
    };
    unsigned m, i;

    for (m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        for (i = 0; i < sizeof xs / sizeof xs[0]; i++) {
            volatile double x = xs[i];
            volatile float xf = (float)xs[i];
            double r, n, rf, nf, rd, lr;
            long l, lf, lrd;
            long long ll, llf;

            fesetround(modes[m]);
            r = rint(x);
            n = nearbyint(x);
            rf = rintf(xf);
            nf = nearbyintf(xf);
            rd = round(x);
            if (fabs(x) < 1e18) {
                l = lrint(x);
                ll = llrint(x);
                lf = lrintf(xf);
                llf = llrintf(xf);
                lrd = lround(x);
            } else {
                l = ll = lf = llf = lrd = 0;
            }
            lr = (double)rintl(x);
            fesetround(FE_TONEAREST);
            printf("%s %a: rint %a nearbyint %a rintf %a nearbyintf %a round %a rintl %a lrint %ld llrint %lld lrintf %ld llrintf %lld lround %ld\n",
                   names[m], (double)x, r, n, rf, nf, rd, lr, l, ll, lf, llf, lrd);
        }
    }
    /* nearbyint leaves the inexact flag alone; rint raises it. */
    feclearexcept(FE_ALL_EXCEPT);
    (void)nearbyint(2.5 * one);
    printf("nearbyint inexact %d", fetestexcept(FE_INEXACT) != 0);
    (void)rint(2.5 * one);
    printf(" rint inexact %d\n", fetestexcept(FE_INEXACT) != 0);
}

static void gamma_signs_and_zeros(void)
{
    static const double tg[] = { -745.2, -200.5, -190.5, -184.5, -180.5, -177.5, -175.5, -171.5, -1.5, -2.5 };
    static const double lg[] = {
        1.0000001, 0.9999999, 1.9999999, 1.25, 1.5, 2.5, 1.0 - 0x1p-53, 2.0 + 0x1p-51, 2.0 - 0x1p-52,
    };
    volatile double x;
    double r;
    unsigned i;

    for (i = 0; i < sizeof tg / sizeof tg[0]; i++) {
        x = tg[i];
        SHOW(tgamma(x));
    }
    SHOWF(tgammaf(-50.5f * (float)one));
    SHOWF(tgammaf(40.0f * (float)one));
    for (i = 0; i < sizeof lg / sizeof lg[0]; i++) {
        x = lg[i];
        SHOW(lgamma(x));
    }
    SHOWF(lgammaf(1.0000001f * (float)one));
    SHOWF(lgammaf(2.0000002f * (float)one));
    SHOWF(lgammaf(0.99999f * (float)one));
    x = -0.0;
    errno = 0;
    r = lgamma(x);
    printf("lgamma(-0) %g signgam %d errno %d\n", r, signgam, errno);
    x = 0.0;
    r = lgamma(x);
    printf("lgamma(0) %g signgam %d\n", r, signgam);
    x = -2.0;
    r = lgamma(x);
    printf("lgamma(-2) %g signgam %d\n", r, signgam);
    x = -0.5;
    r = lgamma(x);
    printf("lgamma(-0.5) %.17g signgam %d\n", r, signgam);
}

static void range_errors(void)
{
    volatile int big = 2000;
    int e;

    SHOW(ldexp(one, big));
    SHOW(ldexp(-one, 1024));
    SHOW(ldexp(one, -big));
    SHOW(ldexp(one, -1074));
    SHOW(ldexp(one, -1075));
    SHOW(ldexp(1.5 * one, -1075));
    SHOW(ldexp(inf, 5));
    SHOW(ldexp(zero, 5000));
    SHOW(scalbn(DBL_MAX * one, 1));
    SHOW(scalbn(one, -1100));
    SHOW(scalbln(one, 100000000L));
    SHOW(scalbln(one, -100000000L));
    SHOWF(ldexpf((float)one, 200));
    SHOWF(ldexpf((float)one, -200));
    SHOWF(scalbnf((float)one, 128));
    SHOW(nextafter(DBL_MAX * one, inf));
    SHOW(nextafter(-DBL_MAX * one, -inf));
    SHOW(nextafter(zero, one));
    SHOW(nextafter(0x1p-1022 * one, zero));
    SHOW(nextafter(0x1p-1074 * one, zero));
    SHOW(nextafter(-0x1p-1074 * one, zero));
    SHOW(nextafter(inf, zero));
    SHOW(nexttoward(DBL_MAX * one, (long double)inf));
    SHOWF(nextafterf(FLT_MAX * (float)one, (float)inf));
    SHOWF(nextafterf((float)zero, (float)one));
    SHOWF(nextafterf(FLT_MIN * (float)one, (float)zero));
    SHOW(logb(zero));
    SHOW(logb(-zero));
    SHOWF(logbf((float)zero));
    errno = 0;
    e = ilogb(zero);
    printf("ilogb(0) %d errno %d", e, errno);
    errno = 0;
    e = ilogb(inf);
    printf(" ilogb(inf) %d errno %d", e, errno);
    errno = 0;
    e = ilogb(one);
    printf(" ilogb(1) %d errno %d", e, errno);
    errno = 0;
    e = ilogbf((float)zero);
    printf(" ilogbf(0) %d errno %d\n", e, errno);
    SHOW(erfc(30.0 * one));
    SHOW(erfc(27.0 * one));
    SHOW(erfc(27.25 * one));
    SHOWF(erfcf(30.0f * (float)one));
    SHOW(fdim(DBL_MAX * one, -DBL_MAX * one));
    SHOWF(powf(1e-30f * (float)one, 2.0f));
    SHOWF(hypotf(3e38f * (float)one, 3e38f));
    SHOWF(coshf(-90.0f * (float)one));
}

int main(void)
{
    atan2_underflow();
    expm1_near_overflow();
    pow_huge_exponents();
    rounding_modes();
    gamma_signs_and_zeros();
    range_errors();
    return 0;
}
