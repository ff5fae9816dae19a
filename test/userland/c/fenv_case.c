/*
 * <fenv.h>: exception flags and rounding modes, which glibc's printf also
 * follows when it rounds digits; then sysconf, alloca and <err.h>'s exit.
 */
#include <alloca.h>
#include <err.h>
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    volatile double a = 1.0, b = 3.0, z = 0.0, q;
    char *p;

    printf("round %d\n", fegetround());
    feclearexcept(FE_ALL_EXCEPT);
    q = a / z;
    printf("divbyzero %d inexact %d\n", fetestexcept(FE_DIVBYZERO) != 0, fetestexcept(FE_INEXACT) != 0);
    q = a / b;
    printf("inexact %d %g\n", fetestexcept(FE_INEXACT) != 0, q);
    fesetround(FE_UPWARD);
    printf("upward %d %.20f %.3f %.3f\n", fegetround(), a / b, -a / b, 2.0 / 3.0);
    fesetround(FE_DOWNWARD);
    printf("downward %.20f %.3f rint %g\n", a / b, -a / b, rint(2.5));
    fesetround(FE_TOWARDZERO);
    printf("towardzero %.3f %.3f %.0f\n", a / b, -2.0 / 3.0, 2.5);
    fesetround(FE_TONEAREST);
    printf("nearest %.3f %.0f %.0f\n", 2.0 / 3.0, 2.5, 3.5);
    printf("pagesize %ld %d\n", sysconf(_SC_PAGESIZE), getpagesize());
    p = alloca(32);
    p[0] = 'k';
    p[1] = '\0';
    printf("alloca %s\n", p);
    fflush(stdout);
    errno = ENOENT;
    warn("file %d", 3);
    errx(3, "bye %s", "now");
}
