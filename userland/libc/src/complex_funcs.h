/*
 * The <complex.h> functions for one floating type, from their real
 * definitions (cexp z = e^x (cos y + i sin y) and so on). complex.c includes
 * this once for double and once for long double, with T the real type, CT
 * the complex one, and F(name) naming a function of that type: F(cexp) is
 * cexp or cexpl, F(sin) is sin or sinl.
 */

static CT F(make)(T re, T im)
{
    CT z;

    __real__ z = re;
    __imag__ z = im;
    return z;
}

T F(creal)(CT z) { return __real__ z; }
T F(cimag)(CT z) { return __imag__ z; }
CT F(conj)(CT z) { return F(make)(__real__ z, -__imag__ z); }
T F(cabs)(CT z) { return F(hypot)(__real__ z, __imag__ z); }
T F(carg)(CT z) { return F(atan2)(__imag__ z, __real__ z); }

/* Infinities project to the point at infinity, +inf + i copysign(0, im). */
CT F(cproj)(CT z)
{
    if (isinf(__real__ z) || isinf(__imag__ z))
        return F(make)(INFINITY, F(copysign)(0, __imag__ z));
    return z;
}

CT F(cexp)(CT z)
{
    T r = F(exp)(__real__ z);

    if (__imag__ z == 0)
        return F(make)(r, __imag__ z);
    return F(make)(r * F(cos)(__imag__ z), r * F(sin)(__imag__ z));
}

CT F(clog)(CT z)
{
    return F(make)(F(log)(F(cabs)(z)), F(carg)(z));
}

/* The principal root, computed without cancellation (Kahan's way). */
CT F(csqrt)(CT z)
{
    T x = __real__ z, y = __imag__ z, t;

    if (x == 0 && y == 0)
        return F(make)(0, y);
    if (isinf(y))
        return F(make)(INFINITY, y);
    t = F(sqrt)((F(fabs)(x) + F(cabs)(z)) / 2);
    if (x >= 0)
        return F(make)(t, y / (2 * t));
    return F(make)(F(fabs)(y) / (2 * t), F(copysign)(t, y));
}

CT F(cpow)(CT z, CT w)
{
    if (__real__ z == 0 && __imag__ z == 0) {
        if (__real__ w == 0 && __imag__ w == 0)
            return F(make)(1, 0);
        return F(make)(0, 0);
    }
    return F(cexp)(w * F(clog)(z));
}

CT F(csin)(CT z)
{
    return F(make)(F(sin)(__real__ z) * F(cosh)(__imag__ z), F(cos)(__real__ z) * F(sinh)(__imag__ z));
}

CT F(ccos)(CT z)
{
    return F(make)(F(cos)(__real__ z) * F(cosh)(__imag__ z), -F(sin)(__real__ z) * F(sinh)(__imag__ z));
}

CT F(ctan)(CT z)
{
    return F(csin)(z) / F(ccos)(z);
}

CT F(csinh)(CT z)
{
    return F(make)(F(sinh)(__real__ z) * F(cos)(__imag__ z), F(cosh)(__real__ z) * F(sin)(__imag__ z));
}

CT F(ccosh)(CT z)
{
    return F(make)(F(cosh)(__real__ z) * F(cos)(__imag__ z), F(sinh)(__real__ z) * F(sin)(__imag__ z));
}

CT F(ctanh)(CT z)
{
    return F(csinh)(z) / F(ccosh)(z);
}

/* asin z = -i log(iz + sqrt(1 - z^2)) */
CT F(casin)(CT z)
{
    CT iz = F(make)(-__imag__ z, __real__ z);
    CT w = F(clog)(iz + F(csqrt)(1 - z * z));

    return F(make)(__imag__ w, -__real__ w);
}

/* acos z = pi/2 - asin z */
CT F(cacos)(CT z)
{
    CT a = F(casin)(z);

    return F(make)(F(acos)(0) - __real__ a, -__imag__ a);
}

/* atan z = (i/2) log((i + z) / (i - z)) */
CT F(catan)(CT z)
{
    CT i = F(make)(0, 1);
    CT w = F(clog)((i + z) / (i - z));

    return F(make)(-__imag__ w / 2, __real__ w / 2);
}

/* asinh z = -i asin(iz), atanh z = -i atan(iz) */
CT F(casinh)(CT z)
{
    CT w = F(casin)(F(make)(-__imag__ z, __real__ z));

    return F(make)(__imag__ w, -__real__ w);
}

CT F(catanh)(CT z)
{
    CT w = F(catan)(F(make)(-__imag__ z, __real__ z));

    return F(make)(__imag__ w, -__real__ w);
}

/* acosh z = log(z + sqrt(z + 1) sqrt(z - 1)): the branch with a real part >= 0 */
CT F(cacosh)(CT z)
{
    return F(clog)(z + F(csqrt)(z + 1) * F(csqrt)(z - 1));
}
