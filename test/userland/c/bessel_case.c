/*
 * Bessel functions j0 j1 jn y0 y1 yn: their special values and errno, then (with the
 * argument "sweep") exact hex values over many arguments, small to huge and orders up
 * to 300, which the test compares with glibc's in ulps.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static void special(void)
{
    static const double xs[] = { 0.0, -0.0, -1.0, INFINITY, -INFINITY, NAN, 1e-310, 1e-20, 1e300 };
    size_t i;

    for (i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i], r[6];
        int e[6];

        errno = 0; r[0] = j0(x); e[0] = errno;
        errno = 0; r[1] = j1(x); e[1] = errno;
        errno = 0; r[2] = y0(x); e[2] = errno;
        errno = 0; r[3] = y1(x); e[3] = errno;
        errno = 0; r[4] = jn(3, x); e[4] = errno;
        errno = 0; r[5] = yn(3, x); e[5] = errno;
        printf("x=%g: j0 %.6g/%d j1 %.6g/%d y0 %.6g/%d y1 %.6g/%d jn3 %.6g/%d yn3 %.6g/%d\n", x,
               r[0], e[0], r[1], e[1], r[2], e[2], r[3], e[3], r[4], e[4], r[5], e[5]);
    }
    printf("negative orders: jn(-3,2) %.15g yn(-3,2) %.15g jn(-2,-1.5) %.15g\n", jn(-3, 2.0), yn(-3, 2.0), jn(-2, -1.5));
    errno = 0;
    printf("yn(300,1) %g errno %d; jn(300,1) %g\n", yn(300, 1.0), errno, jn(300, 1.0));
}

/* One line per (function, order, x): "name n x value" with x and value in hex. */
static void sweep(void)
{
    static const int orders[] = { 2, 3, 5, 10, 30, 100, 300 };
    double x;
    int i, k;

    for (i = 0; i < 4000; i++) {
        /* Dense where the series and the asymptotic forms meet, sparser out to 1e6. */
        x = i < 3000 ? i * 0.0173 + 1e-3 : (3.2 + (i - 3000) * 0.097) * (3.2 + (i - 3000) * 0.097) * (3.2 + (i - 3000) * 0.097);
        printf("j0 0 %a %a\n", x, j0(x));
        printf("j1 1 %a %a\n", x, j1(x));
        printf("y0 0 %a %a\n", x, y0(x));
        printf("y1 1 %a %a\n", x, y1(x));
        if (i % 10 == 0)
            for (k = 0; k < (int)(sizeof orders / sizeof orders[0]); k++) {
                printf("jn %d %a %a\n", orders[k], x, jn(orders[k], x));
                printf("yn %d %a %a\n", orders[k], x, yn(orders[k], x));
            }
    }
    for (i = 1; i <= 40; i++) {
        x = ldexp(1.0, i * 25);     /* huge arguments: the phase reduction matters */
        printf("j0 0 %a %a\n", x, j0(x));
        printf("y1 1 %a %a\n", x, y1(x));
        x = ldexp(1.0, -i * 25);    /* tiny ones */
        printf("j1 1 %a %a\n", x, j1(x));
        printf("y0 0 %a %a\n", x, y0(x));
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "sweep") == 0)
        sweep();
    else
        special();
    return 0;
}
