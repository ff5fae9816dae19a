/*
 * printf's numbered arguments (%n$, *m$, .*m$): each argument read once with
 * the type its conversions give it, used in any order and any number of
 * times, together with lengths, floats, long doubles, strings and %n.
 */
#include <stdio.h>
#include <stddef.h>
#include <wchar.h>

int main(void)
{
    char buf[128];
    int count = 0, r;
    long double third = 1.0L / 3;

    printf("%3$s %1$d %2$.2f %4$Lg %5$c %6$p\n", 7, 1.25, "three", third, 'z', (void *)0x10);
    printf("%1$d %1$x %1$o %1$#x %1$+d\n", 255);
    printf("[%2$*1$d] [%3$-*1$.*4$f] [%5$.*4$s]\n", 8, 42, 3.14159, 3, "abcdef");
    printf("%1$s%2$n| %3$hhd %4$hd %5$lld %6$zu %7$ld\n", "abc", &count, 300, 70000, -5LL, (size_t)9, -70000L);
    printf("count %d\n", count);
    printf("%2$ls %1$lc %3$e %3$g %3$a\n", (wint_t)'Q', L"wide", 0.125);
    r = snprintf(buf, sizeof buf, "%1$s-%1$s-%2$05d", "re", 42);
    printf("[%s] %d\n", buf, r);
    printf("%1$d %3$d\n", 1, 2, 3);
    printf("%2$s %1$s %2$s\n", "world", "hello");
    return 0;
}
