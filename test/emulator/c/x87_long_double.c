/*
 * long double in C, as compiled code uses the x87: extended-precision
 * arithmetic, limits, printf's conversions, FXSAVE-preserved state across a
 * system call, environment images (fnstenv/fnsave) and a fprem loop.
 */
#include <float.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void bits(const char *what, long double x)
{
    unsigned long long m;
    unsigned short se;
    memcpy(&m, &x, 8);
    memcpy(&se, (char *)&x + 8, 2);
    printf("%-12s %04x%016llx %.25Lg\n", what, se, m, x);
}

/* fprem until C2 clears: the remainder of huge by small, as fmodl does it. */
static long double remainder_loop(long double a, long double b)
{
    unsigned short sw;
    do {
        __asm__ volatile("fprem; fnstsw %%ax; movw %%ax, %1" : "+t"(a), "=m"(sw) : "u"(b) : "ax");
    } while (sw & 0x400);
    return a;
}

int main(void)
{
    volatile long double third = 1.0L / 3, one = 1, tiny = LDBL_MIN;
    printf("%.25Lf\n", third);
    printf("max == inf: %d, max > 1e4932L: %d\n", LDBL_MAX == __builtin_infl(), LDBL_MAX > 1e4932L);
    bits("third", third);
    bits("max", LDBL_MAX);
    bits("min", tiny);
    bits("denorm_min", LDBL_TRUE_MIN);
    bits("min/3", tiny / 3);
    bits("eps", LDBL_EPSILON);
    bits("1+eps/2", one + LDBL_EPSILON / 2);
    bits("1+eps", one + LDBL_EPSILON);

    long double x = 1;
    for (int i = 0; i < 2000; i++) x = x * 1.0000001L + 0.5L;
    bits("loop", x);

    long double f = 1;
    for (int i = 2; i <= 30; i++) f *= i;
    bits("30!", f);
    printf("30! = %.0Lf\n", f);
    bits("rem", remainder_loop(1e4000L, 3.0L));
    bits("rem2", remainder_loop(LDBL_MAX, 0.1L));

    /* The registers survive a system call (the kernel saves them with FXSAVE). */
    long double kept = third * 7;
    write(1, "", 0);
    bits("kept", kept);
    printf("(long)(third*3e18) = %lld, (double)third = %.17g, (float)third = %.9g\n",
           (long long)(third * 3e18L), (double)third, (float)third);

    unsigned char env[28], image[108];
    /* fnsave (%rdi) and frstor (%rdi) in bytes, for assemblers without them. */
    __asm__ volatile("fldpi; fld1; fnstenv (%0); .byte 0xdd, 0x37" :: "S"(env), "D"(image) : "memory");
    printf("env cw %02x%02x sw %02x%02x tags %02x%02x\n", env[1], env[0], env[5], env[4], env[9], env[8]);
    printf("save st0 %02x%02x...%02x st1 %02x%02x...%02x\n", image[37], image[36], image[28], image[47], image[46], image[38]);
    __asm__ volatile(".byte 0xdd, 0x27; fstp %%st(0); fstp %%st(0)" :: "D"(image) : "memory");
    return 0;
}
