/*
 * <complex.h>: the functions of complex numbers (complex_funcs.h, once for
 * double and once for long double; float ones compute in double). The
 * helpers the compiler calls for complex * and / are in complex_arith.c.
 */
#include <complex.h>
#include <math.h>

/* <complex.h> makes the part accessors plain expressions; these are the functions. */
#undef creal
#undef cimag
#undef crealf
#undef cimagf
#undef creall
#undef cimagl

#define T double
#define CT double _Complex
#define F(name) name
#include "complex_funcs.h"
#undef T
#undef CT
#undef F

#define T long double
#define CT long double _Complex
#define F(name) name##l
#include "complex_funcs.h"
#undef T
#undef CT
#undef F

static float _Complex makef(float re, float im)
{
    float _Complex z;

    __real__ z = re;
    __imag__ z = im;
    return z;
}

float crealf(float _Complex z) { return __real__ z; }
float cimagf(float _Complex z) { return __imag__ z; }
float _Complex conjf(float _Complex z) { return makef(__real__ z, -__imag__ z); }
float cabsf(float _Complex z) { return (float)hypot(__real__ z, __imag__ z); }
float cargf(float _Complex z) { return (float)atan2(__imag__ z, __real__ z); }

static double _Complex widen(float _Complex z)
{
    return make(__real__ z, __imag__ z);
}

static float _Complex narrow(double _Complex z)
{
    return makef((float)__real__ z, (float)__imag__ z);
}

/* The float functions: the double one on the widened argument, rounded back. */
#define VIA_DOUBLE(name) \
    float _Complex name##f(float _Complex z) { return narrow(name(widen(z))); }

VIA_DOUBLE(cproj)
VIA_DOUBLE(cexp)
VIA_DOUBLE(clog)
VIA_DOUBLE(csqrt)
VIA_DOUBLE(csin)
VIA_DOUBLE(ccos)
VIA_DOUBLE(ctan)
VIA_DOUBLE(csinh)
VIA_DOUBLE(ccosh)
VIA_DOUBLE(ctanh)
VIA_DOUBLE(casin)
VIA_DOUBLE(cacos)
VIA_DOUBLE(catan)
VIA_DOUBLE(casinh)
VIA_DOUBLE(cacosh)
VIA_DOUBLE(catanh)

float _Complex cpowf(float _Complex z, float _Complex w) { return narrow(cpow(widen(z), widen(w))); }
