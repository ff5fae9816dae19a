/*
 * strtol and friends. One scanner does the work: it reads an optional sign
 * and a magnitude, reporting overflow; the callers clamp to their range.
 */
#include <stdlib.h>
#include <inttypes.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Returns the magnitude; *neg gets the sign, *overflow is set when it exceeds 64 bits. */
static unsigned long scan_integer(const char *s, char **end, int base, int *neg, int *overflow)
{
    const char *p = s;
    unsigned long value = 0;
    int any = 0, d;

    *neg = 0;
    *overflow = 0;
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;   /* *end is left as it was, as glibc leaves it */
        return 0;
    }
    while (isspace((unsigned char)*p))
        p++;
    if (*p == '+' || *p == '-') {
        *neg = *p == '-';
        p++;
    }
    /* "0x" counts as a prefix only when a hex digit follows; else the 0 is the number. */
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
        digit_value((unsigned char)p[2]) < 16) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = *p == '0' ? 8 : 10;
    }
    for (; (d = digit_value((unsigned char)*p)) < base; p++) {
        any = 1;
        if (value > (ULONG_MAX - (unsigned long)d) / (unsigned long)base)
            *overflow = 1;
        else
            value = value * (unsigned long)base + (unsigned long)d;
    }
    if (end != NULL)
        *end = (char *)(any ? p : s);
    return value;
}

long strtol(const char *s, char **end, int base)
{
    int neg, overflow;
    unsigned long v = scan_integer(s, end, base, &neg, &overflow);

    if (neg) {
        if (overflow || v > (unsigned long)LONG_MAX + 1) {
            errno = ERANGE;
            return LONG_MIN;
        }
        return (long)(0 - v);
    }
    if (overflow || v > (unsigned long)LONG_MAX) {
        errno = ERANGE;
        return LONG_MAX;
    }
    return (long)v;
}

unsigned long strtoul(const char *s, char **end, int base)
{
    int neg, overflow;
    unsigned long v = scan_integer(s, end, base, &neg, &overflow);

    if (overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    /* C says a minus sign negates the value in the unsigned type. */
    return neg ? 0 - v : v;
}

long long strtoll(const char *s, char **end, int base)
{
    return strtol(s, end, base);
}

unsigned long long strtoull(const char *s, char **end, int base)
{
    return strtoul(s, end, base);
}

long long strtoq(const char *s, char **end, int base)
{
    return strtol(s, end, base);
}

unsigned long long strtouq(const char *s, char **end, int base)
{
    return strtoul(s, end, base);
}

intmax_t strtoimax(const char *s, char **end, int base)
{
    return strtol(s, end, base);
}

uintmax_t strtoumax(const char *s, char **end, int base)
{
    return strtoul(s, end, base);
}

int atoi(const char *s)
{
    return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
    return strtol(s, NULL, 10);
}

long long atoll(const char *s)
{
    return strtol(s, NULL, 10);
}
