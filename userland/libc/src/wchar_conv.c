/*
 * The wide-character number parsers and formatted output, built on the narrow ones:
 * a number is spelled in ASCII whatever the width of its characters, and the printf
 * family formats a multibyte string that is then widened.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/*
 * The ASCII prefix of s as a narrow string: everything a number parser could read
 * (no character beyond ASCII is part of a number or of the space before one).
 */
static char *ascii_prefix(const wchar_t *s)
{
    size_t n = 0, i;
    char *out;

    while (s[n] > 0 && s[n] < 128)
        n++;
    out = malloc(n + 1);
    if (!out)
        return NULL;
    for (i = 0; i < n; i++)
        out[i] = (char)s[i];
    out[n] = '\0';
    return out;
}

/* Points *end (when asked) as far into s as the narrow parse got into text; frees text. */
static void finish(const wchar_t *s, wchar_t **end, char *text, const char *stop)
{
    if (end)
        *end = (wchar_t *)s + (text ? stop - text : 0);
    free(text);
}

long wcstol(const wchar_t *s, wchar_t **end, int base)
{
    char *stop = NULL, *text = ascii_prefix(s);
    long v = text ? strtol(text, &stop, base) : 0;

    finish(s, end, text, stop);
    return v;
}

unsigned long wcstoul(const wchar_t *s, wchar_t **end, int base)
{
    char *stop = NULL, *text = ascii_prefix(s);
    unsigned long v = text ? strtoul(text, &stop, base) : 0;

    finish(s, end, text, stop);
    return v;
}

long long wcstoll(const wchar_t *s, wchar_t **end, int base)
{
    char *stop = NULL, *text = ascii_prefix(s);
    long long v = text ? strtoll(text, &stop, base) : 0;

    finish(s, end, text, stop);
    return v;
}

unsigned long long wcstoull(const wchar_t *s, wchar_t **end, int base)
{
    char *stop = NULL, *text = ascii_prefix(s);
    unsigned long long v = text ? strtoull(text, &stop, base) : 0;

    finish(s, end, text, stop);
    return v;
}

double wcstod(const wchar_t *s, wchar_t **end)
{
    char *stop = NULL, *text = ascii_prefix(s);
    double v = text ? strtod(text, &stop) : 0;

    finish(s, end, text, stop);
    return v;
}

float wcstof(const wchar_t *s, wchar_t **end)
{
    char *stop = NULL, *text = ascii_prefix(s);
    float v = text ? strtof(text, &stop) : 0;

    finish(s, end, text, stop);
    return v;
}

long double wcstold(const wchar_t *s, wchar_t **end)
{
    char *stop = NULL, *text = ascii_prefix(s);
    long double v = text ? strtold(text, &stop) : 0;

    finish(s, end, text, stop);
    return v;
}

wchar_t *wcsstr(const wchar_t *haystack, const wchar_t *needle)
{
    size_t n = wcslen(needle);

    for (; *haystack; haystack++)
        if (!wmemcmp(haystack, needle, n))
            return (wchar_t *)haystack;
    return n == 0 ? (wchar_t *)haystack : NULL;
}

/* The wide format as multibyte text, or NULL (errno EILSEQ) when it has no spelling. */
static char *narrow_format(const wchar_t *fmt)
{
    size_t n = wcstombs(NULL, fmt, 0);
    char *out;

    if (n == (size_t)-1) {
        errno = EILSEQ;
        return NULL;
    }
    out = malloc(n + 1);
    if (out)
        wcstombs(out, fmt, n + 1);
    return out;
}

/* Formats into a malloc'd multibyte string; returns its length in wide characters. */
static int format_wide(char **out, const wchar_t *fmt, va_list ap)
{
    char *narrow = narrow_format(fmt);
    size_t wide;
    int r;

    if (!narrow)
        return -1;
    r = vasprintf(out, narrow, ap);
    free(narrow);
    if (r < 0)
        return -1;
    wide = mbstowcs(NULL, *out, 0);
    if (wide == (size_t)-1) {
        free(*out);
        errno = EILSEQ;
        return -1;
    }
    return (int)wide;
}

int vfwprintf(FILE *f, const wchar_t *fmt, va_list ap)
{
    char *out;
    int n = format_wide(&out, fmt, ap);

    if (n < 0)
        return -1;
    if (fputs(out, f) == EOF)
        n = -1;
    free(out);
    return n;
}

/* Like glibc: -1 when the output (with its terminator) does not fit in n characters. */
int vswprintf(wchar_t *s, size_t n, const wchar_t *fmt, va_list ap)
{
    char *out;
    int len = format_wide(&out, fmt, ap);

    if (len < 0)
        return -1;
    if ((size_t)len >= n) {
        if (n > 0) {
            mbstowcs(s, out, n - 1);
            s[n - 1] = L'\0';
        }
        len = -1;
    } else {
        mbstowcs(s, out, n);
    }
    free(out);
    return len;
}

int vwprintf(const wchar_t *fmt, va_list ap)
{
    return vfwprintf(stdout, fmt, ap);
}

int fwprintf(FILE *f, const wchar_t *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfwprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int wprintf(const wchar_t *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfwprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}

int swprintf(wchar_t *s, size_t n, const wchar_t *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vswprintf(s, n, fmt, ap);
    va_end(ap);
    return r;
}
