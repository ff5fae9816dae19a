/*
 * Small libc slips found by comparing with glibc: scanf's numeric fields have no length
 * limit (they were cut at 127 characters), a width that cuts "infinity" short is a
 * matching failure, <math.h>'s classification and comparison macros evaluate their
 * arguments once, <string.h> brings index/rindex (<strings.h>) outside strict ISO mode, and
 * a hexadecimal constant just above half the smallest subnormal rounds up to it.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char s[700];
    int v, w, n, r;
    long long ll;
    double d, a[] = { 1.0, NAN }, *p;

    memset(s, '0', 130);
    strcpy(s + 130, "7 42");
    r = sscanf(s, "%d%n %d", &v, &n, &w);
    printf("130 zeros: %d %d %d %d\n", r, v, n, w);
    r = sscanf(s, "%lld", &ll);
    printf("%%lld: %d %lld\n", r, ll);
    memset(s, '1', 600);
    strcpy(s + 600, ".5e-590");
    r = sscanf(s, "%lf%n", &d, &n);
    printf("600 digits: %d %.17g %d\n", r, d, n);
    r = sscanf("99999999999999999999", "%d", &v);
    printf("clamped: %d %d\n", r, v);
    r = sscanf("12345", "%3d%d", &v, &w);
    printf("widths: %d %d %d\n", r, v, w);
    r = sscanf("infinity", "%5lf", &d);
    printf("infin: %d\n", r);
    r = sscanf("inf", "%3lf", &d);
    printf("inf: %d %g\n", r, d);
    r = sscanf("infinx", "%lf", &d);
    printf("infinx: %d\n", r);
    r = sscanf("infinity x%n", "%lf x%n", &d, &n);
    printf("infinity: %d %g %d\n", r, d, n);

    p = a;
    r = isnan(*p++);
    printf("isnan once: %d %d\n", r, (int)(p - a));
    p = a;
    r = isgreater(*p++, 0.5);
    printf("isgreater once: %d %d\n", r, (int)(p - a));
    p = a + 1;
    r = isunordered(*p--, 0.0);
    printf("isunordered once: %d %d\n", r, (int)(p - a));
    printf("%d %d %d %d\n", isless(1.0, 2.0), islessequal(2.0, 2.0), isgreaterequal(NAN, 1.0), islessgreater(1.0, 2.0));

    printf("index: %s rindex: %s\n", index("abcabc", 'b'), rindex("abcabc", 'b'));

    errno = 0;
    printf("strtof: %a %d\n", (double)strtof("0x1.c605c3b6b5f6p-150", NULL), errno);
    errno = 0;
    printf("strtod: %a %d\n", strtod("-0x1.8p-1075", NULL), errno);
    printf("strtod: %a %a\n", strtod("0x1p-1075", NULL), strtod("0x1.0000000000000000001p-1075", NULL));
    return 0;
}
