/*
 * setjmp/longjmp, the environment, getopt, gmtime and a little math:
 * built against our libc and against glibc; outputs must match.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <unistd.h>
#include <time.h>
#include <math.h>

static jmp_buf env;
static int depth;

static void dive(int n)
{
    char pad[64];

    memset(pad, n, sizeof(pad));
    depth = n;
    if (n == 10)
        longjmp(env, n * pad[3]);
    dive(n + 1);
}

/* setjmp only where C allows it: here the controlling expression of a switch. */
static void test_setjmp(void)
{
    static volatile int calls;

    switch (setjmp(env)) {
    case 0:
        printf("setjmp returned 0 (call %d)\n", ++calls);
        dive(0);
        break;
    case 100:
        printf("setjmp returned 100 (call %d), depth %d\n", ++calls, depth);
        longjmp(env, 0);
        break;
    default:
        printf("setjmp returned 1 (call %d)\n", ++calls);
        break;
    }
}

static void test_env(void)
{
    printf("HOME=%s NOPE=%s\n", getenv("HOME") ? "set" : "unset", getenv("TCC_LITE_NOPE") ? "set" : "unset");
    setenv("TCC_LITE_A", "one", 1);
    setenv("TCC_LITE_A", "two", 0);
    printf("A=%s\n", getenv("TCC_LITE_A"));
    setenv("TCC_LITE_A", "three", 1);
    printf("A=%s\n", getenv("TCC_LITE_A"));
    unsetenv("TCC_LITE_A");
    printf("A=%s\n", getenv("TCC_LITE_A") ? getenv("TCC_LITE_A") : "(gone)");
    printf("setenv bad: %d\n", setenv("BAD=NAME", "x", 1));
}

static void test_getopt(void)
{
    char *args[] = { "prog", "-ab", "-n", "5", "-mvalue", "-x", "--", "-c", "file", NULL };
    int c;

    opterr = 0;
    while ((c = getopt(9, args, "abn:m:c")) != -1)
        printf("opt %c arg %s optind %d\n", c, optarg ? optarg : "-", optind);
    printf("rest: %s\n", args[optind]);
}

static void test_time(void)
{
    static const time_t stamps[] = { 0, 86399, 86400, 951782400, 1471694400, 2000000000, -1, -86401, 4102444800L };
    struct tm *tm;
    unsigned i;

    for (i = 0; i < sizeof(stamps) / sizeof(stamps[0]); i++) {
        tm = gmtime(&stamps[i]);
        printf("%ld: %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n", (long)stamps[i], tm->tm_year + 1900,
               tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday);
    }
}

static void test_math(void)
{
    static const double xs[] = { 0.0, 0.5, 1.0, 2.0, 2.5, -2.5, 3.7, -3.7, 10.0, 1e-3, 123.456, 1e300 };
    unsigned i;
    double x, ip, frac, m;
    int e;

    for (i = 0; i < sizeof(xs) / sizeof(xs[0]); i++) {
        x = xs[i];
        frac = modf(x, &ip);
        printf("x=%g fabs=%g floor=%g ceil=%g trunc=%g round=%g sqrt=%.17g fmod3=%g modf=%g/%g\n", x, fabs(x),
               floor(x), ceil(x), trunc(x), round(x), sqrt(fabs(x)), fmod(x, 3.0), frac, ip);
        if (x > 0 && x < 700)
            printf("  exp=%.12g log=%.12g pow(x,1.5)=%.12g pow(x,3)=%.17g\n", exp(x), log(x), pow(x, 1.5), pow(x, 3));
    }
    m = frexp(48.0, &e);
    printf("pow(2,-2)=%g pow(-2,3)=%g pow(0,0)=%g ldexp=%g frexp=%g/%d\n", pow(2, -2), pow(-2, 3), pow(0, 0),
           ldexp(0.75, 4), m, e);
}

int main(void)
{
    test_setjmp();
    test_env();
    test_getopt();
    test_time();
    test_math();
    return 0;
}
