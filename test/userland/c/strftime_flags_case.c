/*
 * strftime's GNU flags and widths as glibc formats them: numbers padded to
 * their digits then to the width, names and composites (%F, %c, %T...)
 * padded as one piece, years below 1000 or above 9999 written plainly,
 * unknown directives (%+4Y, %Ed) copied as written, %s of far-away years.
 * Also gmtime's answer for a time whose year does not fit an int.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <limits.h>
#include <errno.h>

static const char *const formats[] = {
    "%Y|%05Y|%_6Y|%-Y|%C|%03C|%y|%G|%g|%V|%U|%W|%j|%-j|%_j",
    "%F|%012F|%10F|%c|%30c|%D|%x|%T|%X|%r|%R|%10T",
    "%a|%^a|%#A|%10b|%-10B|%010h|%p|%P|%#p|%^p|%5p",
    "%d|%e|%-d|%_d|%0e|%5d|%-5d|%H|%I|%k|%l|%M|%S|%u|%w|%s",
    "%z|%Z|%%|%5%|%q|%+4Y|%Ed|%Oa|%EY|%Oy|%E%|end%",
};

int main(void)
{
    static const int years[] = { 116, -1900, -123 - 1900, 10009 - 1900, INT_MAX, 69 };
    struct tm tm;
    char out[256];
    unsigned i, j;
    time_t far = (time_t)1 << 62;

    setenv("TZ", "UTC0", 1);
    tzset();
    for (i = 0; i < sizeof years / sizeof years[0]; i++) {
        memset(&tm, 0, sizeof tm);
        tm.tm_year = years[i];
        tm.tm_mon = (int)(i * 5 % 12);
        tm.tm_mday = (int)(1 + i * 5);
        tm.tm_hour = (int)(i * 7 % 24);
        tm.tm_min = (int)(i * 11);
        tm.tm_sec = (int)(i * 9);
        tm.tm_wday = (int)(i * 3 % 7);
        tm.tm_yday = (int)(i * 50);
        for (j = 0; j < sizeof formats / sizeof formats[0]; j++) {
            size_t n = strftime(out, sizeof out, formats[j], &tm);
            printf("%u.%u %zu [%s]\n", i, j, n, n ? out : "");
        }
    }
    printf("too small: %zu\n", strftime(out, 5, "%Y-%m", &tm));
    errno = 0;
    i = gmtime(&far) == NULL;
    printf("gmtime of 2^62: %s, EOVERFLOW %d\n", i ? "NULL" : "a date", errno == EOVERFLOW);
    return 0;
}
