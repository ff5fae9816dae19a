/*
 * a64l and l64a: 32-bit numbers as up to six base-64 digits, least
 * significant first, with the alphabet ./0-9A-Za-z ('.' is 0, 'z' is 63).
 */
#include <stdlib.h>

static const char digits[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/* The digit's value, or -1 when c is not one. */
static int digit_value(char c)
{
    if (c == '.' || c == '/')
        return c - '.';
    if (c >= '0' && c <= '9')
        return c - '0' + 2;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 12;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 38;
    return -1;
}

/* Reads until six digits or the first non-digit; the result is the low 32 bits, as glibc's. */
long a64l(const char *s)
{
    unsigned long value = 0;
    int i, d;

    for (i = 0; i < 6 && (d = digit_value(s[i])) >= 0; i++)
        value |= (unsigned long)d << (6 * i);
    return (long)(value & 0xffffffffUL);
}

/* Only the low 32 bits count; 0 is the empty string. */
char *l64a(long value)
{
    static char out[7];
    unsigned long v = (unsigned long)value & 0xffffffffUL;
    int i;

    for (i = 0; v != 0; i++, v >>= 6)
        out[i] = digits[v & 63];
    out[i] = '\0';
    return out;
}
