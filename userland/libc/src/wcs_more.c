/*
 * The rest of the wide-string functions of C95 and POSIX 2008 (wchar.c has the
 * common ones): spans, tokens, bounded and case-blind comparison, duplication,
 * and wcsftime through strftime. Every locale here collates in code-point order.
 */
#include <wchar.h>
#include <wctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

wchar_t *wcsncat(wchar_t *dst, const wchar_t *src, size_t n)
{
    wchar_t *d = dst + wcslen(dst);

    while (n-- > 0 && *src != 0)
        *d++ = *src++;
    *d = 0;
    return dst;
}

size_t wcsspn(const wchar_t *s, const wchar_t *accept)
{
    size_t n = 0;

    while (s[n] != 0 && wcschr(accept, s[n]) != NULL)
        n++;
    return n;
}

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
    size_t n = 0;

    while (s[n] != 0 && wcschr(reject, s[n]) == NULL)
        n++;
    return n;
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept)
{
    s += wcscspn(s, accept);
    return *s != 0 ? (wchar_t *)s : NULL;
}

/* C95's wcstok keeps its place in *save (unlike strtok's hidden static). */
wchar_t *wcstok(wchar_t *s, const wchar_t *delim, wchar_t **save)
{
    wchar_t *token;

    if (s == NULL)
        s = *save;
    if (s == NULL)
        return NULL;
    s += wcsspn(s, delim);
    if (*s == 0) {
        *save = NULL;
        return NULL;
    }
    token = s;
    s += wcscspn(s, delim);
    if (*s != 0)
        *s++ = 0;
    else
        s = NULL;
    *save = s;
    return token;
}

int wcscoll(const wchar_t *a, const wchar_t *b)
{
    return wcscmp(a, b);
}

/* Code-point order needs no transformation: the key is the string itself. */
size_t wcsxfrm(wchar_t *dst, const wchar_t *src, size_t n)
{
    size_t len = wcslen(src);

    if (len < n)
        wmemcpy(dst, src, len + 1);
    return len;
}

size_t wcsnlen(const wchar_t *s, size_t max)
{
    size_t n = 0;

    while (n < max && s[n] != 0)
        n++;
    return n;
}

wchar_t *wcsdup(const wchar_t *s)
{
    size_t size = (wcslen(s) + 1) * sizeof(wchar_t);
    wchar_t *copy = malloc(size);

    return copy != NULL ? memcpy(copy, s, size) : NULL;
}

int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n)
{
    for (; n > 0; n--, a++, b++) {
        wint_t x = towlower(*a), y = towlower(*b);

        if (x != y)
            return x < y ? -1 : 1;
        if (*a == 0)
            break;
    }
    return 0;
}

int wcscasecmp(const wchar_t *a, const wchar_t *b)
{
    return wcsncasecmp(a, b, (size_t)-1);
}

wchar_t *wcpcpy(wchar_t *dst, const wchar_t *src)
{
    while ((*dst = *src++) != 0)
        dst++;
    return dst;
}

/* Copies at most n characters, pads with zeros to n; returns the end of the copy. */
wchar_t *wcpncpy(wchar_t *dst, const wchar_t *src, size_t n)
{
    size_t len = wcsnlen(src, n);

    wmemcpy(dst, src, len);
    wmemset(dst + len, 0, n - len);
    return dst + len;
}

/*
 * wcsftime: the format goes to multibyte, strftime does the work, the result
 * comes back wide. Like strftime, 0 when the result (with its NUL) does not fit.
 */
size_t wcsftime(wchar_t *dst, size_t n, const wchar_t *format, const struct tm *tm)
{
    size_t flen = wcstombs(NULL, format, 0), len;
    char *mbformat, *out;

    if (flen == (size_t)-1)
        return 0;
    mbformat = malloc(flen + 1);
    out = malloc(n * MB_CUR_MAX + 1);
    len = 0;
    if (mbformat != NULL && out != NULL) {
        wcstombs(mbformat, format, flen + 1);
        /* An empty result is only a success when the format is empty. */
        if (strftime(out, n * MB_CUR_MAX + 1, mbformat, tm) > 0 || flen == 0) {
            len = mbstowcs(dst, out, n);
            if (len == (size_t)-1 || len >= n)
                len = 0;
        }
    }
    free(mbformat);
    free(out);
    return len;
}
