/*
 * <complex.h>: the elementary functions of complex numbers from their real
 * definitions (cexp z = e^x (cos y + i sin y) and so on). The helpers the
 * compiler calls for complex * and / are in complex_arith.c.
 */
#include <complex.h>
#include <math.h>

#undef creal
#undef cimag
#undef crealf
#undef cimagf

static double _Complex make(double re, double im)
{
    double _Complex z;

    __real__ z = re;
    __imag__ z = im;
    return z;
}

static float _Complex makef(float re, float im)
{
    float _Complex z;

    __real__ z = re;
    __imag__ z = im;
    return z;
}

double creal(double _Complex z) { return __real__ z; }
double cimag(double _Complex z) { return __imag__ z; }
double _Complex conj(double _Complex z) { return make(__real__ z, -__imag__ z); }
double cabs(double _Complex z) { return hypot(__real__ z, __imag__ z); }
double carg(double _Complex z) { return atan2(__imag__ z, __real__ z); }

/* Infinities project to the point at infinity, +inf + i copysign(0, im). */
double _Complex cproj(double _Complex z)
{
    if (isinf(__real__ z) || isinf(__imag__ z))
        return make(INFINITY, copysign(0.0, __imag__ z));
    return z;
}

double _Complex cexp(double _Complex z)
{
    double r = exp(__real__ z);

    if (__imag__ z == 0.0)
        return make(r, __imag__ z);
    return make(r * cos(__imag__ z), r * sin(__imag__ z));
}

double _Complex clog(double _Complex z)
{
    return make(log(cabs(z)), carg(z));
}

/* The principal root, computed without cancellation (Kahan's way). */
double _Complex csqrt(double _Complex z)
{
    double x = __real__ z, y = __imag__ z, t;

    if (x == 0.0 && y == 0.0)
        return make(0.0, y);
    if (isinf(y))
        return make(INFINITY, y);
    t = sqrt((fabs(x) + cabs(z)) * 0.5);
    if (x >= 0.0)
        return make(t, y / (2.0 * t));
    return make(fabs(y) / (2.0 * t), copysign(t, y));
}

double _Complex cpow(double _Complex z, double _Complex w)
{
    if (__real__ z == 0.0 && __imag__ z == 0.0) {
        if (__real__ w == 0.0 && __imag__ w == 0.0)
            return make(1.0, 0.0);
        return make(0.0, 0.0);
    }
    return cexp(w * clog(z));
}

double _Complex csin(double _Complex z)
{
    return make(sin(__real__ z) * cosh(__imag__ z), cos(__real__ z) * sinh(__imag__ z));
}

double _Complex ccos(double _Complex z)
{
    return make(cos(__real__ z) * cosh(__imag__ z), -sin(__real__ z) * sinh(__imag__ z));
}

double _Complex ctan(double _Complex z)
{
    return csin(z) / ccos(z);
}

double _Complex csinh(double _Complex z)
{
    return make(sinh(__real__ z) * cos(__imag__ z), cosh(__real__ z) * sin(__imag__ z));
}

double _Complex ccosh(double _Complex z)
{
    return make(cosh(__real__ z) * cos(__imag__ z), sinh(__real__ z) * sin(__imag__ z));
}

double _Complex ctanh(double _Complex z)
{
    return csinh(z) / ccosh(z);
}

/* asin z = -i log(iz + sqrt(1 - z^2)) */
double _Complex casin(double _Complex z)
{
    double _Complex iz = make(-__imag__ z, __real__ z);
    double _Complex w = clog(iz + csqrt(1.0 - z * z));

    return make(__imag__ w, -__real__ w);
}

double _Complex cacos(double _Complex z)
{
    double _Complex a = casin(z);

    return make(M_PI_2 - __real__ a, -__imag__ a);
}

/* atan z = (i/2) log((i + z) / (i - z)) */
double _Complex catan(double _Complex z)
{
    double _Complex i = make(0.0, 1.0);
    double _Complex w = clog((i + z) / (i - z));

    return make(-0.5 * __imag__ w, 0.5 * __real__ w);
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

float _Complex cexpf(float _Complex z) { return narrow(cexp(widen(z))); }
float _Complex clogf(float _Complex z) { return narrow(clog(widen(z))); }
float _Complex csqrtf(float _Complex z) { return narrow(csqrt(widen(z))); }
float _Complex cpowf(float _Complex z, float _Complex w) { return narrow(cpow(widen(z), widen(w))); }
