/*
 * <math.h> against glibc. The functions glibc rounds correctly (sin, cos,
 * tan, exp, log, pow, atan...), and log10, which we round as glibc does, are
 * printed to all 17 digits; the others (sinh, cbrt, expm1...), where glibc
 * itself can be an ulp off, to 14 digits.
 * Special values, errno and the classification macros are checked too.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

static const double inputs[] = {
    0.12, 0.5, 1.0, 2.0, 3.0, 10.0, 0.1, 1e-5, 123.456, 700.0, -0.7, 1e6, 3e8, 1e22,
    1e300, 5e-324, 2.5, 100.0, 1.5707963267948966, 3.141592653589793, 0.7853981633974483,
    -2.5, 33.3, 1e-300, 0.999,
};

static void exact_functions(double x)
{
    int e, q;
    double ip, r;

    printf("  floor %g ceil %g round %g trunc %g rint %g nearbyint %g lround %ld llrint %lld\n",
           floor(x), ceil(x), round(x), trunc(x), rint(x), nearbyint(x), lround(fmod(x, 1e9)), llrint(fmod(x, 1e9)));
    printf("  fmod %.17g %.17g remainder %.17g frexp %.17g", fmod(x, 0.3), fmod(-x, 7.0), remainder(x, 0.3), frexp(x, &e));
    printf("/%d modf %.17g", e, modf(x, &ip));
    printf("/%g ldexp %.17g %.17g ilogb %d logb %g\n", ip, ldexp(x, 40), ldexp(x, -1070), ilogb(x), logb(x));
    /* The quotient's low bits, beyond 2^53 too. */
    r = remquo(x, 0.3, &q);
    printf("  remquo %a/%d", r, q);
    r = remquo(-x, 7e-5, &q);
    printf(" %a/%d\n", r, q);
}

static void rounded_functions(double x)
{
    printf("  sin %.17g cos %.17g tan %.17g atan %.17g\n", sin(x), cos(x), tan(x), atan(x));
    printf("  exp %.17g log %.17g log10 %.17g log2 %.17g exp2 %.17g\n", exp(x / 3), log(x), log10(x), log2(x), exp2(x / 7));
    printf("  asin %.17g acos %.17g atan2 %.17g %.17g\n", asin(x / 1e3), acos(x / 1e3), atan2(x, -1.5), atan2(-x, 0.3));
    printf("  pow %.17g %.17g %.17g sqrt %.17g hypot %.17g\n", pow(x, 0.12), pow(x, 3.0), pow(1.0001, x), sqrt(x), hypot(x, 1.5));
    printf("  sinh %.14g cosh %.14g tanh %.14g cbrt %.14g\n", sinh(x / 10), cosh(x / 10), tanh(x), cbrt(x));
    printf("  expm1 %.14g log1p %.14g asinh %.14g acosh %.14g atanh %.14g\n", expm1(x / 100), log1p(x), asinh(x), acosh(x + 1), atanh(x / 1e7));
    printf("  erf %.14g erfc %.14g tgamma %.14g lgamma %.14g\n", erf(x / 100), erfc(x / 100), tgamma(fmod(x, 20.0) + 0.25), lgamma(x));
}

static void special_values(void)
{
    double inf = INFINITY, z = 0.0, nan_ = NAN;

    printf("sin(inf) %f cos(-inf) %f asin(2) %f acos(-2) %f\n", sin(inf), cos(-inf), asin(2.0), acos(-2.0));
    printf("log(-1) %f log10(-1) %f log2(-1) %f log(0) %f log1p(-1) %f sqrt(-1) %f\n",
           log(-1.0), log10(-1.0), log2(-1.0), log(z), log1p(-1.0), sqrt(-1.0));
    printf("pow: %g %g %g %g %g %g %g %g %g %g\n", pow(-1.5, 0.5), pow(0.0, -1.0), pow(-0.0, -3.0), pow(-0.0, 3.0),
           pow(-1.0, inf), pow(0.5, -inf), pow(2.0, inf), pow(-inf, 3.0), pow(-inf, -2.0), pow(nan_, 0.0));
    printf("exp %g %g %g %g fmod %f %f remainder %g %g\n", exp(1000.0), exp(-1000.0), exp(inf), exp(-inf),
           fmod(1.0, z), fmod(inf, 2.0), remainder(5.0, 2.0), remainder(7.0, 2.0));
    printf("atan2 %g %g %g %g %g %g\n", atan2(0.0, -0.0), atan2(-0.0, -1.0), atan2(inf, inf), atan2(-inf, -inf),
           atan2(1.0, 0.0), atan2(1.0, -inf));
    printf("tgamma %g %g %g lgamma %g hypot %g %g\n", tgamma(5.0), tgamma(0.5), tgamma(-1.0), lgamma(-1.0),
           hypot(inf, nan_), hypot(3e200, 4e200));
    printf("copysign %g %g fmin %g fmax %g fdim %g %g nextafter %.17g %g\n", copysign(3.0, -0.0), copysign(-2.0, 1.0),
           fmin(nan_, 2.0), fmax(-0.0, 0.0), fdim(5.0, 3.0), fdim(3.0, 5.0), nextafter(1.0, 2.0), nextafter(0.0, -1.0));
    printf("classify %d %d %d %d %d | %d %d %d %d %d\n", fpclassify(z), fpclassify(1e-310), fpclassify(1.0),
           fpclassify(inf), fpclassify(nan_), isnan(nan_), isinf(-inf), isfinite(1.0), isnormal(1e-310), signbit(-1.0));
    printf("float classify %d %d %d\n", fpclassify(1e-40f), isinf(-HUGE_VALF), signbit(-0.0f) != 0);
    errno = 0;
    log(-1.0);
    printf("errno log(-1) %d", errno);
    errno = 0;
    exp(1000.0);
    printf(" exp(1000) %d", errno);
    errno = 0;
    pow(10.0, 400.0);
    printf(" pow(10,400) %d", errno);
    errno = 0;
    sqrt(4.0);
    printf(" sqrt(4) %d\n", errno);
    printf("floats %.9g %.9g %.9g %.9g %.9g %.9g %.9g\n", sinf(0.5f), cosf(2.0f), expf(3.5f), logf(7.0f),
           powf(1.5f, 2.25f), sqrtf(2.0f), atan2f(1.0f, 3.0f));
    printf("float rounding %g %g %g %g %ld\n", floorf(-2.5f), ceilf(2.1f), roundf(-3.5f), truncf(-7.9f), lroundf(2.5f));
    printf("constants %.17g %.17g %.17g %.17g\n", M_PI, M_E, M_SQRT2, DBL_EPSILON);
}

/* Arguments at the ends of the range, where intermediate products could overflow. */
static void extremes(void)
{
    printf("%g %g %g %g %g\n", pow(2.0, 1e300), pow(0.5, 1e300), pow(1.0000001, 1e19), pow(-2.0, 1e300),
           pow(0.99, -1e20));
    printf("%.17g %.17g %.17g %.17g\n", atan2(1e305, 1e305), atan2(-1e308, 3e307), atan2(1e-310, 2e-310),
           atan2(5e-324, -5e-324));
    printf("%g %g %g\n", fma(1e300, 1e10, -1e300), fma(2.0, 3.0, 1.0), fma(1e-200, 1e-200, 1.0));
    printf("%g %g %g\n", lgamma(1e305), lgamma(1e308), tgamma(1e305));
    printf("%g %g %g %g\n", exp(709.78), exp(-745.13), exp(-745.14), exp(709.79));
    printf("%g %g %g %g %g\n", sinh(710.4), cosh(-710.4), sinh(711.0), tanh(-1e300), log(1e-320));
    printf("%.17g %.17g %.17g\n", sin(1e300), cos(-1e22), tan(1e16));
    printf("%g %g %g\n", hypot(1e308, 1e308), hypot(1e-320, 1e-320), cbrt(1e-320));
}

int main(void)
{
    unsigned i;

    for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
        printf("x=%.17g\n", inputs[i]);
        rounded_functions(inputs[i]);
        exact_functions(inputs[i]);
    }
    special_values();
    extremes();
    return 0;
}
