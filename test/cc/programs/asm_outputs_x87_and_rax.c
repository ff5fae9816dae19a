/*
 * An asm statement with an x87 output and an output in %rax: storing the x87 result to
 * a stack-passed parameter must not clobber %rax before the other output is stored.
 * fprem leaves C2 set while the partial remainder is incomplete.
 */
#include <stdio.h>

static long double remainder_of(long double a, long double b, int *rounds)
{
    unsigned short sw;
    *rounds = 0;
    do {
        __asm__ volatile("fprem; fnstsw %%ax" : "+t"(a), "=a"(sw) : "u"(b));
        ++*rounds;
    } while (sw & 0x400);
    return a;
}

static double scaled_sum(double x, long *count)
{
    long n;
    double r;
    __asm__("addsd %2, %0\n\tmov $7, %1" : "=x"(r), "=a"(n) : "x"(x), "0"(x));
    *count = n;
    return r;
}

int main(void)
{
    int rounds;
    long double r = remainder_of(1e300L, 3.0L, &rounds);
    printf("%.6Lf after %d rounds\n", r, rounds);
    r = remainder_of(10.5L, 4.0L, &rounds);
    printf("%.6Lf after %d rounds\n", r, rounds);
    long count;
    double s = scaled_sum(1.25, &count);
    printf("%g %ld\n", s, count);
    return 0;
}
