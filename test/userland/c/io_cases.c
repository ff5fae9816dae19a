/*
 * Return values of the output functions (glibc's puts returns the length
 * written, fputs 1) and scanf's floating-point fields, which glibc reads
 * greedily: "inf", "nan", hex, and "100ergs" as 100 with the 'e' consumed.
 * Then getopt_long's long options.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void return_values(void)
{
    char buf[16];
    int a, b, c, d, e, h;
    size_t g;

    a = puts("hello");
    b = fputs("abc\n", stdout);
    c = putchar('x');
    d = fputc('\n', stdout);
    e = printf("%s\n", "pf");
    g = fwrite("ab\n", 1, 3, stdout);
    h = sprintf(buf, "%d", 123);
    printf("%d %d %d %d %d %zu %d\n", a, b, c, d, e, g, h);
}

static void scanning(void)
{
    double d;
    float f;
    long double ld;
    int a, b, n, r;
    char s[32] = "unset", t[32];
    unsigned u;
    long long ll;

    r = sscanf("3.25e2 1.5 2.75", "%lf %f %Lf", &d, &f, &ld);
    printf("%d %g %g %Lg\n", r, d, f, ld);
    r = sscanf("inf nan -INF", "%lf %f %lf", &d, &f, &d);
    printf("%d %g %g\n", r, d, f);
    r = sscanf("0x1p4 0x10", "%lf %i", &d, &a);
    printf("%d %g %d\n", r, d, a);
    r = sscanf("abc def", "%[a-c] %s%n", s, t, &n);
    printf("%d %s %s %d\n", r, s, t, n);
    r = sscanf("12abc", "%d%[^\n]", &a, s);
    printf("%d %d %s\n", r, a, s);
    r = sscanf("  -17 4294967295 9223372036854775807", "%d %u %lld", &a, &u, &ll);
    printf("%d %d %u %lld\n", r, a, u, ll);
    r = sscanf("1,2", "%d,%d", &a, &b);
    printf("%d %d %d\n", r, a, b);
    printf("%d %d\n", sscanf("", "%d", &a), sscanf("x", "%d", &a));
    /* A set at the end of the input is an input failure (EOF), after a conversion a short count. */
    printf("%d %d %d\n", sscanf("", "%[a-f]", s), sscanf("7", "%d%[a-f]", &a, s), sscanf("g", "%[a-f]", s));
    /* "0x" followed by neither a hex digit nor a point is no number ("0x." is zero). */
    n = -1;
    r = sscanf("0xg", "%f%n", &f, &n);
    printf("%d %d %d %d %d\n", sscanf("0x", "%lf", &d), sscanf("-0xp1", "%lf", &d), r, n, sscanf("0x.p1", "%lf%n", &d, &n));
    printf("%a %d\n", d, n);
    r = sscanf("1.5e", "%lf%s", &d, s);
    printf("%d %g %s\n", r, d, s);
    r = sscanf("100ergs", "%f%s", &f, s);
    printf("%d %g %s\n", r, f, s);
    r = sscanf("  hello", "%5c", s);
    s[5] = '\0';
    printf("%d [%s]\n", r, s);
    r = sscanf("1e400 -.5e-1 .e1", "%lf %lf %lf", &d, &d, &d);
    printf("%d %g\n", r, d);
    r = sscanf("12345.678", "%4lf%3d", &d, &a);
    printf("%d %g %d\n", r, d, a);
}

static void long_options(void)
{
    static char *argv[] = { "prog", "-v", "--name=bob", "--count", "3", "--flag", "-x5", "--bad", "file", NULL };
    static int flag;
    static const struct option opts[] = {
        { "name", required_argument, NULL, 'n' },
        { "count", required_argument, NULL, 'c' },
        { "flag", no_argument, &flag, 7 },
        { NULL, 0, NULL, 0 },
    };
    int c, idx = -1;

    opterr = 0;
    while ((c = getopt_long(9, argv, "vx:", opts, &idx)) != -1)
        printf("c=%d optarg=%s idx=%d\n", c, optarg != NULL ? optarg : "-", idx);
    printf("flag=%d optind=%d rest=%s\n", flag, optind, argv[optind]);
}

int main(void)
{
    return_values();
    scanning();
    long_options();
    return 0;
}
