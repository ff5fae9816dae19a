/*
 * Wide characters: the wcs* string functions, whole-string conversions
 * (one character at a time: mbchar.c). The wide classes of <wctype.h> are in wctype.c.
 */
#include <wchar.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include "libc.h"

size_t wcslen(const wchar_t *s)
{
    size_t n = 0;

    while (s[n] != 0)
        n++;
    return n;
}

wchar_t *wcscpy(wchar_t *dst, const wchar_t *src)
{
    wchar_t *d = dst;

    while ((*d++ = *src++) != 0)
        ;
    return dst;
}

wchar_t *wcsncpy(wchar_t *dst, const wchar_t *src, size_t n)
{
    size_t i = 0;

    for (; i < n && src[i] != 0; i++)
        dst[i] = src[i];
    for (; i < n; i++)
        dst[i] = 0;
    return dst;
}

wchar_t *wcscat(wchar_t *dst, const wchar_t *src)
{
    wcscpy(dst + wcslen(dst), src);
    return dst;
}

int wcscmp(const wchar_t *a, const wchar_t *b)
{
    while (*a != 0 && *a == *b) {
        a++;
        b++;
    }
    return *a < *b ? -1 : *a > *b;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
    for (; n > 0; n--, a++, b++) {
        if (*a != *b)
            return *a < *b ? -1 : 1;
        if (*a == 0)
            break;
    }
    return 0;
}

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
    for (;; s++) {
        if (*s == c)
            return (wchar_t *)s;
        if (*s == 0)
            return NULL;
    }
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
    const wchar_t *last = NULL;

    for (;; s++) {
        if (*s == c)
            last = s;
        if (*s == 0)
            return (wchar_t *)last;
    }
}

wchar_t *wmemcpy(wchar_t *dst, const wchar_t *src, size_t n)
{
    return memcpy(dst, src, n * sizeof(wchar_t));
}

wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n)
{
    return memmove(dst, src, n * sizeof(wchar_t));
}

wchar_t *wmemset(wchar_t *s, wchar_t c, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        s[i] = c;
    return s;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] == c)
            return (wchar_t *)(s + i);
    return NULL;
}

size_t mbsrtowcs(wchar_t *dst, const char **src, size_t n, mbstate_t *ps)
{
    const char *s = *src;
    size_t count = 0, k;
    wchar_t wc = 0;

    while (dst == NULL || count < n) {
        k = mbrtowc(&wc, s, 4, ps);
        if (k == (size_t)-1 || k == (size_t)-2)
            return (size_t)-1;
        if (dst != NULL)
            dst[count] = wc;
        if (k == 0) {
            if (dst != NULL)
                *src = NULL;
            return count;
        }
        s += k;
        count++;
    }
    *src = s;
    return count;
}

/* mbsrtowcs reading at most nms bytes: a character they cut short waits in the state. */
size_t mbsnrtowcs(wchar_t *dst, const char **src, size_t nms, size_t n, mbstate_t *ps)
{
    static mbstate_t internal;
    const char *s = *src;
    size_t count = 0, k;
    wchar_t wc = 0;

    if (ps == NULL)
        ps = &internal;
    while ((dst == NULL || count < n) && nms > 0) {
        k = mbrtowc(&wc, s, nms, ps);
        if (k == (size_t)-1) {
            if (dst != NULL)
                *src = s;
            return (size_t)-1;
        }
        if (k == (size_t)-2) {
            s += nms;
            break;
        }
        if (dst != NULL)
            dst[count] = wc;
        if (k == 0) {
            if (dst != NULL)
                *src = NULL;
            return count;
        }
        s += k;
        nms -= k;
        count++;
    }
    if (dst != NULL)
        *src = s;
    return count;
}

/* wcsrtombs converting at most nwc wide characters. */
size_t wcsnrtombs(char *dst, const wchar_t **src, size_t nwc, size_t n, mbstate_t *ps)
{
    const wchar_t *w = *src;
    char buf[MB_LEN_MAX];
    size_t count = 0, k;

    for (; nwc > 0; w++, nwc--) {
        k = wcrtomb(buf, *w, ps);
        if (k == (size_t)-1) {
            if (dst != NULL)
                *src = w;
            return (size_t)-1;
        }
        if (dst != NULL) {
            if (count + k > n) {
                *src = w;
                return count;
            }
            memcpy(dst + count, buf, k);
        }
        if (*w == 0) {
            if (dst != NULL)
                *src = NULL;
            return count;
        }
        count += k;
    }
    if (dst != NULL)
        *src = w;
    return count;
}

size_t wcsrtombs(char *dst, const wchar_t **src, size_t n, mbstate_t *ps)
{
    /* The string ends at its null wide character: no limit on the characters read. */
    return wcsnrtombs(dst, src, (size_t)-1, n, ps);
}

/* UTF-8 keeps no shift state: each call starts afresh, and a cut-short character is an error. */
int mbtowc(wchar_t *pwc, const char *s, size_t n)
{
    mbstate_t st = { 0, 0 };
    size_t r;

    if (s == NULL)
        return 0;
    r = mbrtowc(pwc, s, n, &st);
    return r == (size_t)-2 ? -1 : (int)r;
}

int mblen(const char *s, size_t n)
{
    return mbtowc(NULL, s, n);
}

int wctomb(char *s, wchar_t wc)
{
    return s == NULL ? 0 : (int)wcrtomb(s, wc, NULL);
}

size_t mbstowcs(wchar_t *dst, const char *src, size_t n)
{
    return mbsrtowcs(dst, &src, n, NULL);
}

size_t wcstombs(char *dst, const wchar_t *src, size_t n)
{
    return wcsrtombs(dst, &src, n, NULL);
}

wint_t fputwc(wchar_t c, FILE *f)
{
    char buf[4];
    size_t k = wcrtomb(buf, c, NULL);

    if (k == (size_t)-1 || fwrite(buf, 1, k, f) != k)
        return WEOF;
    return (wint_t)c;
}

wint_t putwc(wchar_t c, FILE *f) { return fputwc(c, f); }
wint_t putwchar(wchar_t c) { return fputwc(c, stdout); }

int fputws(const wchar_t *s, FILE *f)
{
    for (; *s != 0; s++)
        if (fputwc(*s, f) == WEOF)
            return -1;
    return 0;
}

/* One wide character: bytes are read until they make a whole multibyte character. */
wint_t fgetwc(FILE *f)
{
    char buf[MB_LEN_MAX];
    wchar_t wc;
    mbstate_t st;
    size_t n = 0, r;
    int c;

    for (;;) {
        c = fgetc(f);
        if (c == EOF) {
            if (n > 0)
                errno = EILSEQ;
            return WEOF;
        }
        buf[n++] = (char)c;
        memset(&st, 0, sizeof st);   /* buf is decoded whole each time */
        r = mbrtowc(&wc, buf, n, &st);
        if (r == (size_t)-2 && n < sizeof(buf))
            continue;
        if (r == (size_t)-1 || r == (size_t)-2) {
            errno = EILSEQ;
            return WEOF;
        }
        return (wint_t)wc;
    }
}

wint_t getwc(FILE *f) { return fgetwc(f); }
wint_t getwchar(void) { return fgetwc(stdin); }

wchar_t *fgetws(wchar_t *ws, int n, FILE *f)
{
    int i = 0;
    wint_t c;

    if (n <= 0)
        return NULL;
    while (i < n - 1) {
        c = fgetwc(f);
        if (c == WEOF) {
            if (i == 0 || errno == EILSEQ)
                return NULL;
            break;
        }
        ws[i++] = (wchar_t)c;
        if (c == L'\n')
            break;
    }
    ws[i] = 0;
    return ws;
}

/* The character's bytes go back in front of the input (see __stdio_unread for the limits). */
wint_t ungetwc(wint_t c, FILE *f)
{
    char buf[MB_LEN_MAX];
    size_t n;

    if (c == WEOF)
        return WEOF;
    n = wcrtomb(buf, (wchar_t)c, NULL);
    if (n == (size_t)-1 || __stdio_unread(f, (const unsigned char *)buf, n) < 0)
        return WEOF;
    return c;
}

int fwide(FILE *f, int mode)
{
    (void)f;
    return mode;
}
