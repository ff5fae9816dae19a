/*
 * Rounding modes and exception flags through <fenv.h>, printed as bits so
 * the output does not depend on printf's own rounding: SSE arithmetic and
 * conversions in float and double, and x87 frndint/fistp/fdiv (long double
 * operations whose results are exact or computed at double precision).
 */
#include <fenv.h>
#include <stdio.h>
#include <string.h>

static unsigned long long bits(double d) { unsigned long long u; memcpy(&u, &d, 8); return u; }
static unsigned fbits(float f) { unsigned u; memcpy(&u, &f, 4); return u; }

static const int modes[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
static const char *const names[] = { "nearest", "down", "up", "zero" };

static void flags(const char *what)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("  %-10s %s%s%s%s%s\n", what, f & FE_INVALID ? "I" : "-", f & FE_DIVBYZERO ? "Z" : "-",
           f & FE_OVERFLOW ? "O" : "-", f & FE_UNDERFLOW ? "U" : "-", f & FE_INEXACT ? "P" : "-");
    feclearexcept(FE_ALL_EXCEPT);
}

/* x87: frndint and fistp round by the control word; fdiv at double precision. */
static long double x87_rint(long double x) { __asm__ volatile("frndint" : "+t"(x)); return x; }
static long long x87_llrint(long double x) { long long r; __asm__ volatile("fistpll %0" : "=m"(r) : "t"(x) : "st"); return r; }
static double x87_div(double a, double b)
{
    unsigned short cw, pc;
    long double q;
    __asm__ volatile("fnstcw %0" : "=m"(cw));
    pc = (cw & ~0x300) | 0x200;
    __asm__ volatile("fldcw %0" :: "m"(pc));
    q = (long double)a / b;
    __asm__ volatile("fldcw %0" :: "m"(cw));
    return (double)q;
}

int main(void)
{
    volatile double one = 1, three = 3, big = 1e308, tiny = 1e-308, zero = 0, minus = -2, third;
    volatile float fone = 1, fthree = 3, fbig = 3e38f;
    volatile long long huge = (1LL << 62) + 1;
    volatile double half = 2.5, mhalf = -3.5;

    for (int i = 0; i < 4; i++) {
        fesetround(modes[i]);
        feclearexcept(FE_ALL_EXCEPT);
        printf("%s (fegetround %d)\n", names[i], fegetround());
        third = one / three;
        printf("  1/3   %016llx -1/3 %016llx\n", bits(third), bits(-one / three));
        flags("div");
        printf("  sqrt2 %016llx\n", bits(__builtin_sqrt(one + one)));
        flags("sqrt");
        printf("  1/3f  %08x 3e38*10f %08x\n", fbits(fone / fthree), fbits(fbig * 10.0f));
        flags("float");
        printf("  big*10 %016llx\n", bits(big * 10));
        flags("overflow");
        printf("  tiny/1e10 %016llx\n", bits(tiny / 1e10));
        flags("underflow");
        printf("  1/0 %016llx\n", bits(one / zero));
        flags("divzero");
        printf("  sqrt(-2) %016llx 0/0 %016llx\n", bits(__builtin_sqrt(minus)), bits(zero / zero));
        flags("invalid");
        printf("  (float)1/3 %08x (double)huge %016llx (float)huge %08x\n", fbits((float)third), bits((double)huge), fbits((float)huge));
        flags("convert");
        printf("  (long)2.5 %ld lrint(2.5) %ld lrint(-3.5) %ld\n", (long)half, __builtin_lrint(half), __builtin_lrint(mhalf));
        flags("toint");
        printf("  (int)1e300 %d\n", (int)big);
        flags("toint-big");
        printf("  frndint(2.5) %016llx frndint(-3.5) %016llx fistp(2.5) %lld fistp(-3.5) %lld\n",
               bits((double)x87_rint(half)), bits((double)x87_rint(mhalf)), x87_llrint(half), x87_llrint(mhalf));
        flags("x87-int");
        printf("  x87 1/3 %016llx\n", bits(x87_div(one, three)));
        flags("x87-div");
        printf("  x87 1/0 %016llx\n", bits(x87_div(one, zero)));
        flags("x87-zero");
    }
    fesetround(FE_TONEAREST);
    return 0;
}
