/*
 * Complex arithmetic at the edges (C11 Annex G): a real operand stays real
 * (z * 2 is (2a, 2b) even when b is infinite; z + x keeps a -0 imaginary
 * part), and complex * complex and / complex recover infinities from NaNs
 * and avoid overflow, as the library helpers gcc calls do.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>

static volatile double two = 2.0, zero = 0.0;

#define SHOW(T, fmt, e)                                                        \
    do {                                                                       \
        _Complex T r_ = (e);                                                   \
        printf("%-28s " fmt " " fmt "\n", #e, __real__ r_, __imag__ r_);       \
    } while (0)

static _Complex double make(double re, double im)
{
    _Complex double z;
    __real__ z = re;
    __imag__ z = im;
    return z;
}

int main(void)
{
    _Complex double z = make(INFINITY, -0.0), w = make(NAN, INFINITY), big = make(1e300, 1e300);
    _Complex double tiny = make(1e-310, 3e-310), one = make(1, 0);
    _Complex float f = make(INFINITY, 2), g = make(3, 4);
    _Complex long double l = make(INFINITY, NAN), m = make(1, -2);

    SHOW(double, "%g", z * two);
    SHOW(double, "%g", two * z);
    SHOW(double, "%g", z / two);
    SHOW(double, "%g", two / z);
    SHOW(double, "%g", z + two);
    SHOW(double, "%g", two + z);
    SHOW(double, "%g", z - two);
    SHOW(double, "%g", two - z);
    SHOW(double, "%g", w * w);
    SHOW(double, "%g", w / w);
    SHOW(double, "%g", one / zero);
    SHOW(double, "%g", one / make(0, 0));
    SHOW(double, "%g", big * big);
    SHOW(double, "%g", big / big);
    SHOW(double, "%g", tiny / tiny);
    SHOW(double, "%g", one / big);
    SHOW(double, "%g", make(DBL_MAX, DBL_MAX) / make(DBL_MAX / 4, DBL_MAX));
    SHOW(float, "%g", f * g);
    SHOW(float, "%g", f / g);
    SHOW(float, "%g", g / f);
    SHOW(float, "%g", g / 3.0f);
    SHOW(float, "%g", 1.0f - g);
    SHOW(float, "%g", g * g * g);
    SHOW(long double, "%Lg", l * m);
    SHOW(long double, "%Lg", m / l);
    SHOW(long double, "%Lg", m / m);
    SHOW(long double, "%Lg", m * 3.0L);
    SHOW(long double, "%Lg", 3.0L - m);
    SHOW(long double, "%Lg", 1.0L / m);
    z = make(1, 1);
    z *= 3;
    z /= make(0, 2);
    z -= 1.5;
    SHOW(double, "%g", z);
    return 0;
}
