/*
 * One multibyte character at a time: ASCII in the "C" locale (bytes above
 * 127 are an error, as in glibc), UTF-8 once setlocale chose a UTF-8 locale.
 * Kept apart from the rest of <wchar.h> because printf's %lc and %ls need it.
 */
#include <wchar.h>
#include <errno.h>
#include <stdio.h>

/* Set by setlocale (locale.c): multibyte strings are UTF-8 rather than ASCII. */
int __utf8_locale;

int __mb_cur_max(void)
{
    return __utf8_locale ? 6 : 1;
}

wint_t btowc(int c)
{
    return c >= 0 && c < 128 ? (wint_t)c : WEOF;
}

int wctob(wint_t c)
{
    return c < 128 ? (int)c : EOF;
}

int mbsinit(const mbstate_t *ps)
{
    return ps == NULL || ps->pending == 0;
}

/* Decode one UTF-8 sequence from at most n bytes (restartable state is not kept). */
size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned int c, need, i;

    (void)ps;
    if (s == NULL)
        return 0;
    if (n == 0)
        return (size_t)-2;
    c = p[0];
    if (c < 0x80) {
        if (pwc != NULL)
            *pwc = (wchar_t)c;
        return c != 0;
    }
    if (!__utf8_locale) {
        errno = EILSEQ;
        return (size_t)-1;
    }
    if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        c &= 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        c &= 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        c &= 0x07;
    } else {
        errno = EILSEQ;
        return (size_t)-1;
    }
    for (i = 1; i <= need; i++) {
        if (i >= n)
            return (size_t)-2;
        if ((p[i] & 0xc0) != 0x80) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        c = (c << 6) | (p[i] & 0x3f);
    }
    if (pwc != NULL)
        *pwc = (wchar_t)c;
    return need + 1;
}

size_t mbrlen(const char *s, size_t n, mbstate_t *ps)
{
    return mbrtowc(NULL, s, n, ps);
}

size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps)
{
    unsigned int c = (unsigned int)wc;
    unsigned char *p = (unsigned char *)s;

    (void)ps;
    if (s == NULL)
        return 1;
    if (c < 0x80) {
        p[0] = (unsigned char)c;
        return 1;
    }
    if (!__utf8_locale) {
        errno = EILSEQ;
        return (size_t)-1;
    }
    if (c < 0x800) {
        p[0] = (unsigned char)(0xc0 | (c >> 6));
        p[1] = (unsigned char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c >= 0xd800 && c < 0xe000) {
        errno = EILSEQ;
        return (size_t)-1;
    }
    if (c < 0x10000) {
        p[0] = (unsigned char)(0xe0 | (c >> 12));
        p[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        p[2] = (unsigned char)(0x80 | (c & 0x3f));
        return 3;
    }
    if (c < 0x110000) {
        p[0] = (unsigned char)(0xf0 | (c >> 18));
        p[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
        p[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        p[3] = (unsigned char)(0x80 | (c & 0x3f));
        return 4;
    }
    errno = EILSEQ;
    return (size_t)-1;
}
