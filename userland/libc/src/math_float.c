/*
 * The float flavours of <math.h>, generated from the lists of one- and
 * two-argument functions: computed in double, whose results are (nearly
 * always) correctly rounded, then rounded to float. The long double ones are
 * computed in long double precision (math_ldouble*.c).
 */
#define _GNU_SOURCE /* exp10 */
#include <errno.h>
#include <math.h>

/*
 * A double result that float cannot hold, too large or nonzero but rounding
 * to 0, is a range error of the float function (the double one had none), as
 * glibc reports it. A subnormal float is not.
 */
static float narrow(double r)
{
    float f = (float)r;

    if ((isinf(f) && !isinf(r)) || (f == 0.0f && r != 0.0))
        errno = ERANGE;
    return f;
}

float fabsf(float x) { return (float)fabs(x); }
float sqrtf(float x) { return (float)sqrt(x); }
float floorf(float x) { return (float)floor(x); }
float ceilf(float x) { return (float)ceil(x); }
float truncf(float x) { return (float)trunc(x); }
float roundf(float x) { return (float)round(x); }
float rintf(float x) { return (float)rint(x); }
float nearbyintf(float x) { return (float)nearbyint(x); }
float expf(float x) { return narrow(exp(x)); }
float exp2f(float x) { return narrow(exp2(x)); }
float exp10f(float x) { return narrow(exp10(x)); }
float expm1f(float x) { return narrow(expm1(x)); }
float logf(float x) { return (float)log(x); }
float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
float log1pf(float x) { return (float)log1p(x); }
float logbf(float x) { return (float)logb(x); }
float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float tanf(float x) { return (float)tan(x); }
float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }
float atanf(float x) { return (float)atan(x); }
float sinhf(float x) { return narrow(sinh(x)); }
float coshf(float x) { return narrow(cosh(x)); }
float tanhf(float x) { return (float)tanh(x); }
float asinhf(float x) { return (float)asinh(x); }
float acoshf(float x) { return (float)acosh(x); }
float atanhf(float x) { return (float)atanh(x); }
float cbrtf(float x) { return (float)cbrt(x); }
float erff(float x) { return (float)erf(x); }
float erfcf(float x) { return narrow(erfc(x)); }
float tgammaf(float x) { return narrow(tgamma(x)); }
float lgammaf(float x) { return narrow(lgamma(x)); }
float powf(float x, float y) { return narrow(pow(x, y)); }
float fmodf(float x, float y) { return (float)fmod(x, y); }
float atan2f(float x, float y) { return narrow(atan2(x, y)); }
float copysignf(float x, float y) { return (float)copysign(x, y); }
float fminf(float x, float y) { return (float)fmin(x, y); }
float fmaxf(float x, float y) { return (float)fmax(x, y); }
float hypotf(float x, float y) { return narrow(hypot(x, y)); }
float remainderf(float x, float y) { return (float)remainder(x, y); }
float fdimf(float x, float y) { return narrow(fdim(x, y)); }

float ldexpf(float x, int e) { return narrow(ldexp(x, e)); }
float scalbnf(float x, int e) { return narrow(ldexp(x, e)); }
float frexpf(float x, int *e) { return (float)frexp(x, e); }
int ilogbf(float x) { return ilogb(x); }
long lroundf(float x) { return lround(x); }
long long llroundf(float x) { return llround(x); }
long lrintf(float x) { return lrint(x); }
long long llrintf(float x) { return llrint(x); }
float nanf(const char *tag) { return (float)nan(tag); }
long double nanl(const char *tag) { return nan(tag); }
float fmaf(float x, float y, float z) { return (float)fma(x, y, z); }

float modff(float x, float *ip)
{
    double i, f = modf(x, &i);

    *ip = (float)i;
    return (float)f;
}


float remquof(float x, float y, int *quo) { return (float)remquo(x, y, quo); }
