/*
 * isnan, isinf and finite as functions (glibc exports them; mawk's configure links
 * against isnan to decide whether it may use it), called through pointers and with
 * the macros #undef'd, for every class of value in float, double and long double.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>

#undef isnan
#undef isinf

int main(void)
{
    static const double values[] = {0.0, -0.0, 1.5, -INFINITY, INFINITY, NAN, -NAN, 1e-310, 1e308, 4e38};
    int (*isnan_fn)(double) = isnan;
    int (*isinf_fn)(double) = isinf;

    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        double v = values[i];

        printf("%g: isnan %d %d %d  isinf %d %d %d  finite %d %d %d\n", v,
               isnan_fn(v), isnanf((float)v), isnanl(v),
               isinf_fn(v), isinff((float)v), isinfl(v),
               finite(v), finitef((float)v), finitel(v));
    }
    return 0;
}
