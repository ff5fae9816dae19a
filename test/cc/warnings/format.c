/* printf and scanf formats against their arguments: every line gcc -Wall warns about, and lines it accepts. */
#include <stdio.h>

struct point { int x, y; };

int main(void)
{
    int i = 1, *ip = &i;
    long l = 2;
    long long ll = 3;
    unsigned u = 4;
    unsigned long ul = 5;
    char c = 'x', buf[16];
    short sh = 6;
    float f = 2.5f;
    double d = 1.5;
    long double ld = 3;
    const char *s = "text";
    void *vp = 0;
    struct point pt = { 1, 2 };

    /* Accepted: promotions, signedness, every length. */
    printf("%d %i %u %x %c %hd %hhu %ld %lu %lld %llx\n", i, u, i, u, c, sh, c, l, ul, ll, ll);
    printf("%f %f %e %g %Lf %s %s %p %p %%\n", d, f, d, f, ld, buf, s, ip, vp);
    printf("%*d|%-*.*s|%5.2f|%08lx|%+d|% d|%#o\n", i, i, i, i, s, d, ul, i, i, u);
    /* Rank, kind and pointer mistakes. */
    printf("%d %d %ld %s\n", l, ll, ll, i);
    printf("%f %e %g %Lf\n", i, l, ld, d);
    printf("%-5d|%08lx|%.3s|%+d|%5.2f|%hhd\n", l, i, i, l, i, l);
    printf("%s %p %c %x\n", c, i, pt, d);
    printf("%zu %zd %lu\n", u, i, i);
    /* Width and precision arguments, missing and extra arguments, bad directives. */
    printf("%*d %.*s\n", l, i, ul, s);
    printf("%d and %s\n", i);
    printf("%d\n", i, i);
    printf("%y %d\n", i);
    printf("100%");
    printf("%5");
    printf("%l");
    fprintf(stderr, "%s\n", i);
    sprintf(buf, "%d", l);
    snprintf(buf, sizeof buf, "%s", 5);
    /* scanf: the missing & and the wrong pointer. */
    scanf("%d %ld %s %c %f %lf %Lf", i, &l, buf, &c, &f, &f, &d);
    scanf("%d%*d %hd %lld %u %[a-z] %5s %n", &i, &sh, &ll, &u, buf, buf, ip);
    scanf("%hhd %hd %lu %p", &sh, &i, &u, vp);
    sscanf(s, "%d %s", &l, &buf);
    /* Not checked: positional arguments, a format that is no literal. */
    printf("%1$d %1$d\n", i);
    printf(s, i, l);
    return 0;
}
