/*
 * gcc evaluates a call's arguments strictly right to left, whether they go
 * in registers or on the stack: big structs, long doubles, the seventh
 * integer and the ninth double argument are computed in the same sequence
 * as the register ones around them. Each argument records when it ran.
 */
#include <stdio.h>

static int tick;
static int next(void) { return ++tick; }

struct big { long a, b, c; };
struct pair { int x, y; };

static struct big make_big(void) { struct big b = { next(), 100, 200 }; return b; }
static long double next_ld(void) { return next() + 0.5L; }
static double next_d(void) { return next() + 0.25; }

static void ints(int a, int b, int c, int d, int e, int f, int g, int h, int i)
{
    printf("ints %d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i);
}

static void mixed(int a, struct big b, int c, long double d, struct pair p, int e)
{
    printf("mixed %d %ld/%ld/%ld %d %.1Lf %d,%d %d\n", a, b.a, b.b, b.c, c, d, p.x, p.y, e);
}

static void doubles(double a, double b, double c, double d, double e, double f, double g, double h, double i,
                    double j)
{
    printf("doubles %g %g %g %g %g %g %g %g %g %g\n", a, b, c, d, e, f, g, h, i, j);
}

static int sum3(int a, int b, int c) { return a * 100 + b * 10 + c; }

static void nested(int a, int b, int c, int d, int e, int f, int g, int h)
{
    printf("nested %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h);
}

int main(void)
{
    struct pair p = { 7, 8 };

    ints(next(), next(), next(), next(), next(), next(), next(), next(), next());
    tick = 0;
    mixed(next(), make_big(), next(), next_ld(), p, next());
    tick = 0;
    doubles(next_d(), next_d(), next_d(), next_d(), next_d(), next_d(), next_d(), next_d(), next_d(), next_d());
    tick = 0;
    nested(next(), next(), next(), next(), next(), next(), sum3(next(), next(), next()), next());
    tick = 0;
    printf("%d %d %d %d %d %d %d %d %d %d\n", next(), next(), next(), next(), next(), next(), next(), next(), next(),
           next());
    return 0;
}
