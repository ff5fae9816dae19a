/*
 * printf conformance: every line is printed by our libc and by glibc, and
 * the two outputs must be identical.
 */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <limits.h>
#include <stddef.h>
#include <sys/types.h>

static const char *const int_formats[] = {
    "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%-8.3d|",
    "%.0d", "%5.0d", "%x", "%X", "%#x", "%#X", "%#o", "%o", "%u", "%#10x", "%-#10x|", "%010x",
    "%#.0o", "%#.5x", "%+.2d", "% 07d",
};

static const int int_values[] = { 0, 1, -1, 42, -42, 255, 65535, 123456789, INT_MAX, INT_MIN };

static const char *const double_formats[] = {
    "%f", "%.0f", "%.1f", "%.2f", "%.10f", "%10.3f", "%-10.3f|", "%010.3f", "%+f", "% f", "%#.0f",
    "%e", "%.0e", "%.3e", "%E", "%12.4e", "%#.0e", "%+e",
    "%g", "%.0g", "%.1g", "%.3g", "%.10g", "%G", "%#g", "%#.3g", "%10g", "%-10g|", "%+g", "%g",
    "%.17g", "%.20f", "%.30e",
};

static const double double_values[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 3.14159265358979,
    -2.718281828, 100.0, 1e-5, 0.0001, 0.00001234, 123456.0, 1234567.0, 9.9999999, 0.95, 0.05, 99.5,
    1e10, 1e15, 1e16, 1e22, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308,
    4.9406564584124654e-324, 123.456, 5e-324, 0.000123456789, 1e21, 4503599627370496.5,
    9007199254740993.0, 0.1 + 0.2,
};

int main(void)
{
    unsigned i, j;
    char buf[64];
    int n;
    long lv = -9223372036854775807L - 1;
    unsigned long ulv = 18446744073709551615UL;
    double inf = 1e308 * 10, nan = inf - inf;

    for (i = 0; i < sizeof(int_formats) / sizeof(int_formats[0]); i++) {
        for (j = 0; j < sizeof(int_values) / sizeof(int_values[0]); j++) {
            printf("[%s] ", int_formats[i]);
            printf(int_formats[i], int_values[j]);
            printf("\n");
        }
    }
    for (i = 0; i < sizeof(double_formats) / sizeof(double_formats[0]); i++) {
        for (j = 0; j < sizeof(double_values) / sizeof(double_values[0]); j++) {
            printf("[%s] ", double_formats[i]);
            printf(double_formats[i], double_values[j]);
            printf("\n");
        }
        printf("[%s] ", double_formats[i]);
        printf(double_formats[i], inf);
        printf(" ");
        printf(double_formats[i], -inf);
        printf(" ");
        printf(double_formats[i], -nan);
        printf("\n");
    }
    printf("%ld %lu %lx %lo %lld %llu\n", lv, ulv, ulv, ulv, (long long)lv, (unsigned long long)ulv);
    printf("%hhd %hhu %hd %hu %hhx %hx\n", 300, 300, 70000, 70000, -1, -1);
    printf("%zu %zd %td %jd %ju\n", (size_t)12345, (ssize_t)-5, (ptrdiff_t)-7, (intmax_t)-9, (uintmax_t)9);
    printf("%c%c%c|%5c|%-5c|\n", 'a', 'b', 'c', 'x', 'y');
    printf("%s|%10s|%-10s|%.2s|%10.2s|%-10.2s|%s\n", "hello", "hello", "hello", "hello", "hello", "hello", "");
    printf("%*d|%-*d|%*d|%.*d|%.*f|%*.*f|\n", 6, 42, 6, 42, -6, 42, 4, 7, 2, 3.14159, 9, 3, 2.71828);
    printf("%.*d|%.*s|\n", -1, 5, -1, "abc");
    printf("%p %p %10p %-10p|\n", (void *)0x1234, (void *)0, (void *)0xff, (void *)0xabc);
    /* Not in the table: glibc drops the zeros of "%#g" when rounding bumps the exponent. */
    printf("%g %e %f %.0f\n", 999999.5, 999999.5, 999999.5, 999999.5);
    printf("100%% %5%|\n");
    printf("%d%n|", 12345, &n);
    printf("%d\n", n);
    n = snprintf(buf, 8, "abcdefghijk%d", 42);
    printf("snprintf %d [%s]\n", n, buf);
    n = snprintf(buf, 0, "%s", "xyz");
    printf("snprintf0 %d\n", n);
    n = snprintf(buf, 1, "%s", "xyz");
    printf("snprintf1 %d [%s]\n", n, buf);
    n = sprintf(buf, "%08.3f|%-+6d|%#x", -3.5, 7, 0);
    printf("sprintf %d [%s]\n", n, buf);
    fprintf(stdout, "fprintf %s %d\n", "ok", 1);
    puts("puts line");
    fputs("fputs line\n", stdout);
    putchar('!');
    putchar('\n');
    return 0;
}
