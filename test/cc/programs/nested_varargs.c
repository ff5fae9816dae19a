/* A variadic nested function walking its arguments with va_arg while adding into the
   enclosing function's totals, and a nested function receiving many arguments (some on
   the stack) alongside the static chain. */
#include <stdarg.h>
#include <stdio.h>

static double tally(int rounds)
{
    long ints = 0;
    double reals = 0;
    int sum_ints(int count, ...)
    {
        va_list ap;
        va_start(ap, count);
        for (int i = 0; i < count; i++) ints += va_arg(ap, int);
        va_end(ap);
        return count;
    }
    void sum_mixed(const char *fmt, ...)
    {
        va_list ap;
        va_start(ap, fmt);
        for (const char *f = fmt; *f; f++) {
            if (*f == 'd') ints += va_arg(ap, int);
            else reals += va_arg(ap, double);
        }
        va_end(ap);
    }
    long many(long a, long b, long c, long d, long e, long f, long g, long h)
    {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + ints;
    }
    for (int r = 0; r < rounds; r++) {
        sum_ints(4, 1, 2, 3, r);
        sum_mixed("dfdf", 10, 0.5, 20, 0.25);
    }
    printf("ints=%ld reals=%.2f many=%ld\n", ints, reals, many(1, 2, 3, 4, 5, 6, 7, 8));
    return ints + reals;
}

int main(void)
{
    printf("%.2f\n", tally(3));
    return 0;
}
