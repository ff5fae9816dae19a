/*
 * sscanf/fscanf against glibc: conversions, widths, sets, suppression, %n
 * and the return value (including EOF).
 */
#include <stdio.h>
#include <string.h>

static void ints(const char *in, const char *fmt)
{
    int a = -1, b = -1, c = -1;
    int r = sscanf(in, fmt, &a, &b, &c);

    printf("sscanf(\"%s\", \"%s\") = %d: %d %d %d\n", in, fmt, r, a, b, c);
}

int main(int argc, char **argv)
{
    char s1[32] = "-", s2[32] = "-", ch[4] = "...";
    unsigned u = 0;
    long l = 0;
    short h = 0;
    unsigned char hh = 0;
    double d = 0;
    float f = 0;
    int n = -1, r, x = 0;
    void *p = NULL;
    FILE *file;

    ints("12 34 56", "%d %d %d");
    ints("12,34", "%d,%d");
    ints("12,34", "%d %d");
    ints("  -7  +8", "%d%d");
    ints("0x1f 017 10", "%i %i %i");
    ints("ff 0x10", "%x %x");
    ints("777", "%o");
    ints("12345", "%2d%2d%d");
    ints("abc", "%d");
    ints("", "%d");
    ints("   ", "%d");
    ints("5 x", "%d %d");
    ints("1 2", "%*d %d");
    ints("10%", "%d%%");
    ints("a5", "a%d");
    ints("b5", "a%d");
    ints("-", "%d");
    ints("4294967295", "%d");

    r = sscanf("hello world", "%s %s", s1, s2);
    printf("%d [%s] [%s]\n", r, s1, s2);
    r = sscanf("abcdef", "%3s%s", s1, s2);
    printf("%d [%s] [%s]\n", r, s1, s2);
    r = sscanf("key=value;rest", "%[^=]=%[^;]", s1, s2);
    printf("%d [%s] [%s]\n", r, s1, s2);
    r = sscanf("aaabbbccc", "%[ab]%n", s1, &n);
    printf("%d [%s] n=%d\n", r, s1, n);
    r = sscanf("]]x", "%[]]", s1);
    printf("%d [%s]\n", r, s1);
    r = sscanf(" xyz", "%c%2c", &ch[0], &ch[1]);
    printf("%d [%c%c%c]\n", r, ch[0], ch[1], ch[2]);
    r = sscanf("4000000000 123456789012 70000 300", "%u %ld %hd %hhu", &u, &l, &h, &hh);
    printf("%d %u %ld %d %d\n", r, u, l, h, hh);
    r = sscanf("3.25 -1.5e2 .5 7.", "%lf %f %lf %lf", &d, &f, &d, &d);
    printf("%d %g %g\n", r, f, d);
    r = sscanf("0x1234", "%p", &p);
    printf("%d %p\n", r, p);
    r = sscanf("12 abc", "%d %n%s", &x, &n, s1);
    printf("%d %d n=%d [%s]\n", r, x, n, s1);

    if (argc > 1) {
        file = fopen(argv[1], "w");
        fputs("10 20\nname 3.5\n", file);
        fclose(file);
        file = fopen(argv[1], "r");
        r = fscanf(file, "%d %d", &x, &n);
        printf("fscanf %d %d %d\n", r, x, n);
        r = fscanf(file, "%s %lf", s1, &d);
        printf("fscanf %d [%s] %g\n", r, s1, d);
        r = fscanf(file, "%d", &x);
        printf("fscanf at end %d\n", r);
        fclose(file);
        remove(argv[1]);
    }
    return 0;
}
