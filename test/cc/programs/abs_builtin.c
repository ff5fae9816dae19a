/*
 * gcc expands the absolute-value functions inline, even at -O0: a program's
 * own definition of llabs (with the library's prototype) is never called,
 * abs(INT_MIN) stays INT_MIN, and fabs clears the sign of -0.0 and NaN.
 * A declaration with another prototype is an ordinary function.
 */
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

long long llabs(long long);
static int own_calls;

int main(void)
{
    volatile int i = INT_MIN, j = -5;
    volatile long l = LONG_MIN + 1;
    volatile double d = -0.0, e = -3.5, n = -NAN;
    volatile float f = -2.25f;
    volatile long double x = -7.5L;
    volatile intmax_t m = -9;

    printf("%d %d %ld %lld %jd\n", abs(i), abs(j), labs(l), llabs(-4LL), imaxabs(m));
    printf("%g %g %g %g %Lg\n", fabs(d), fabs(e), fabs(n), fabsf(f), fabsl(x));
    printf("%d %g %d %g\n", abs(j++), fabs(e--), j, e);
    printf("%g %d %ld\n", __builtin_fabs(-1.0), __builtin_abs(-3), __builtin_labs(-8L));
    printf("%d %d\n", abs('a' - 'z'), abs((short)-300));
    printf("own llabs called %d times\n", own_calls);
    return 0;
}

long long llabs(long long v)
{
    own_calls++;
    return v;
}
