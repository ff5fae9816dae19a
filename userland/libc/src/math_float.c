/*
 * The float and long double flavours of <math.h>, generated from the lists of
 * one- and two-argument functions: computed in double, whose results are
 * (nearly always) correctly rounded, then rounded to the smaller type.
 * long double has double precision here (as in the emulator's x87).
 */
#define _GNU_SOURCE /* exp10 */
#include <math.h>

float fabsf(float x) { return (float)fabs(x); }
float sqrtf(float x) { return (float)sqrt(x); }
float floorf(float x) { return (float)floor(x); }
float ceilf(float x) { return (float)ceil(x); }
float truncf(float x) { return (float)trunc(x); }
float roundf(float x) { return (float)round(x); }
float rintf(float x) { return (float)rint(x); }
float nearbyintf(float x) { return (float)nearbyint(x); }
float expf(float x) { return (float)exp(x); }
float exp2f(float x) { return (float)exp2(x); }
float exp10f(float x) { return (float)exp10(x); }
float expm1f(float x) { return (float)expm1(x); }
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
float sinhf(float x) { return (float)sinh(x); }
float coshf(float x) { return (float)cosh(x); }
float tanhf(float x) { return (float)tanh(x); }
float asinhf(float x) { return (float)asinh(x); }
float acoshf(float x) { return (float)acosh(x); }
float atanhf(float x) { return (float)atanh(x); }
float cbrtf(float x) { return (float)cbrt(x); }
float erff(float x) { return (float)erf(x); }
float erfcf(float x) { return (float)erfc(x); }
float tgammaf(float x) { return (float)tgamma(x); }
float lgammaf(float x) { return (float)lgamma(x); }
long double expl(long double x) { return exp((double)x); }
long double exp2l(long double x) { return exp2((double)x); }
long double exp10l(long double x) { return exp10((double)x); }
long double expm1l(long double x) { return expm1((double)x); }
long double logl(long double x) { return log((double)x); }
long double log2l(long double x) { return log2((double)x); }
long double log10l(long double x) { return log10((double)x); }
long double log1pl(long double x) { return log1p((double)x); }
long double sinl(long double x) { return sin((double)x); }
long double cosl(long double x) { return cos((double)x); }
long double tanl(long double x) { return tan((double)x); }
long double asinl(long double x) { return asin((double)x); }
long double acosl(long double x) { return acos((double)x); }
long double atanl(long double x) { return atan((double)x); }
long double sinhl(long double x) { return sinh((double)x); }
long double coshl(long double x) { return cosh((double)x); }
long double tanhl(long double x) { return tanh((double)x); }
long double asinhl(long double x) { return asinh((double)x); }
long double acoshl(long double x) { return acosh((double)x); }
long double atanhl(long double x) { return atanh((double)x); }
long double cbrtl(long double x) { return cbrt((double)x); }
long double erfl(long double x) { return erf((double)x); }
long double erfcl(long double x) { return erfc((double)x); }
long double tgammal(long double x) { return tgamma((double)x); }
long double lgammal(long double x) { return lgamma((double)x); }
float powf(float x, float y) { return (float)pow(x, y); }
float fmodf(float x, float y) { return (float)fmod(x, y); }
float atan2f(float x, float y) { return (float)atan2(x, y); }
float copysignf(float x, float y) { return (float)copysign(x, y); }
float fminf(float x, float y) { return (float)fmin(x, y); }
float fmaxf(float x, float y) { return (float)fmax(x, y); }
float hypotf(float x, float y) { return (float)hypot(x, y); }
float remainderf(float x, float y) { return (float)remainder(x, y); }
float fdimf(float x, float y) { return (float)fdim(x, y); }
long double powl(long double x, long double y) { return pow((double)x, (double)y); }
long double atan2l(long double x, long double y) { return atan2((double)x, (double)y); }
long double hypotl(long double x, long double y) { return hypot((double)x, (double)y); }

float ldexpf(float x, int e) { return (float)ldexp(x, e); }
float scalbnf(float x, int e) { return (float)ldexp(x, e); }
float frexpf(float x, int *e) { return (float)frexp(x, e); }
int ilogbf(float x) { return ilogb(x); }
int ilogbl(long double x) { return ilogb((double)x); }
long lroundf(float x) { return lround(x); }
long lroundl(long double x) { return lround((double)x); }
long long llroundf(float x) { return llround(x); }
long long llroundl(long double x) { return llround((double)x); }
long lrintf(float x) { return lrint(x); }
long lrintl(long double x) { return lrint((double)x); }
long long llrintf(float x) { return llrint(x); }
long long llrintl(long double x) { return llrint((double)x); }
float nanf(const char *tag) { return (float)nan(tag); }
long double nanl(const char *tag) { return nan(tag); }
float fmaf(float x, float y, float z) { return (float)fma(x, y, z); }
long double fmal(long double x, long double y, long double z) { return fma((double)x, (double)y, (double)z); }

float modff(float x, float *ip)
{
    double i, f = modf(x, &i);

    *ip = (float)i;
    return (float)f;
}


float remquof(float x, float y, int *quo) { return (float)remquo(x, y, quo); }
long double remquol(long double x, long double y, int *quo) { return remquo((double)x, (double)y, quo); }
