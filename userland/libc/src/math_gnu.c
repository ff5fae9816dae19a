/*
 * GNU and BSD extras of <math.h> defined by the standard functions: sincos
 * (both at once, each exactly what sin and cos return), drem (the old name of
 * remainder), significand (the mantissa scaled into [1, 2)), gamma (the old
 * name of lgamma), and isnan, isinf, finite as functions, with glibc's values
 * (isinf is -1 for -inf).
 */
#define _GNU_SOURCE
#include <math.h>

void sincos(double x, double *s, double *c)
{
    *s = sin(x);
    *c = cos(x);
}

void sincosf(float x, float *s, float *c)
{
    *s = sinf(x);
    *c = cosf(x);
}

void sincosl(long double x, long double *s, long double *c)
{
    *s = sinl(x);
    *c = cosl(x);
}

double drem(double x, double y) { return remainder(x, y); }
float dremf(float x, float y) { return remainderf(x, y); }

double significand(double x) { return scalbn(x, -ilogb(x)); }
float significandf(float x) { return scalbnf(x, -ilogbf(x)); }

double gamma(double x) { return lgamma(x); }
float gammaf(float x) { return lgammaf(x); }

int (isnan)(double x) { return x != x; }
int (isnanf)(float x) { return x != x; }
/* glibc's answer for a NaN is 0xffff here (a borrow shifted down), 1 for the others. */
int (isnanl)(long double x) { return x != x ? 0xffff : 0; }

int (isinf)(double x) { return __isinf(x); }
int (isinff)(float x) { return __isinff(x); }
int (isinfl)(long double x) { return __isinfl(x); }

int (finite)(double x) { return isfinite(x); }
int (finitef)(float x) { return isfinite(x); }
int (finitel)(long double x) { return isfinite(x); }
