/*
 * An unmasked SSE exception: with divide-by-zero unmasked in MXCSR, 1/0
 * raises #XM, which the kernel turns into SIGFPE.
 */
#include <stdio.h>

int main(void)
{
    volatile double one = 1, zero = 0, q;
    unsigned mxcsr;

    q = one / zero;
    printf("masked: %g\n", q);
    fflush(stdout);
    __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
    mxcsr &= ~0x200u;   /* clear ZM */
    __asm__ volatile("ldmxcsr %0" :: "m"(mxcsr));
    q = one / zero;
    printf("not reached: %g\n", q);
    return 0;
}
