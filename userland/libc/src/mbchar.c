/*
 * One multibyte character at a time: ASCII in the "C" locale (bytes above
 * 127 are an error, as in glibc), UTF-8 once setlocale chose a UTF-8 locale.
 * Kept apart from the rest of <wchar.h> because printf's %lc and %ls need it.
 */
#include <wchar.h>
#include <errno.h>
#include <stdio.h>
#include "libc.h"

/* Set by setlocale (locale.c): the global locale's multibyte strings are UTF-8 rather than ASCII. */
int __utf8_locale;
locale_t (*__thread_locale)(void);

int __ctype_utf8(void)
{
    locale_t own = __thread_locale != NULL ? __thread_locale() : NULL;

    return own != NULL ? own->utf8 : __utf8_locale;
}

int __mb_cur_max(void)
{
    return __ctype_utf8() ? 6 : 1;
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

/*
 * A character cut short by the end of the input waits in the mbstate_t:
 * `state` holds the bits decoded so far, `pending` the sequence's length and
 * how many bytes are still to come (kept below 0xdc00: mbrtoc16 stores a low
 * surrogate there, uchar.c). pending == 0 is the initial state.
 */
#define PENDING(length, remaining) (0x100u | (length) << 4 | (remaining))
#define PENDING_LENGTH(pending) (((pending) >> 4) & 0xfu)
#define PENDING_REMAINING(pending) ((pending) & 0xfu)

/*
 * The length of a sequence starting with byte c and the bits c carries; 0 if
 * no sequence starts so. Like glibc, the old 5- and 6-byte forms (values up
 * to 0x7fffffff) are accepted.
 */
static unsigned int utf8_lead(unsigned int c, unsigned int *bits)
{
    if (c >= 0xc2 && c <= 0xdf) {
        *bits = c & 0x1f;
        return 2;
    }
    if (c >= 0xe0 && c <= 0xef) {
        *bits = c & 0x0f;
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf7) {
        *bits = c & 0x07;
        return 4;
    }
    if (c >= 0xf8 && c <= 0xfb) {
        *bits = c & 0x03;
        return 5;
    }
    if (c >= 0xfc && c <= 0xfd) {
        *bits = c & 0x01;
        return 6;
    }
    return 0;
}

/* The smallest value each length may encode: anything less is an overlong form. */
static const unsigned int utf8_min[7] = { 0, 0, 0x80, 0x800, 0x10000, 0x200000, 0x4000000 };

static size_t illegal_sequence(void)
{
    errno = EILSEQ;
    return (size_t)-1;
}

/*
 * Decode one character from at most n bytes. A sequence cut short returns -2
 * and continues with the next call's bytes; an error leaves the state as it
 * was (glibc's behaviour, errors included).
 */
size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps)
{
    static mbstate_t internal;
    const unsigned char *p = (const unsigned char *)s;
    unsigned int value, length, remaining;
    size_t used = 0;

    if (ps == NULL)
        ps = &internal;
    if (s == NULL)
        return ps->pending != 0 ? illegal_sequence() : 0;
    if (n == 0)
        return (size_t)-2;
    if (ps->pending == 0) {
        if (p[0] < 0x80) {
            if (pwc != NULL)
                *pwc = (wchar_t)p[0];
            return p[0] != 0;
        }
        if (!__ctype_utf8())
            return illegal_sequence();
        length = utf8_lead(p[0], &value);
        if (length == 0)
            return illegal_sequence();
        remaining = length - 1;
        used = 1;
    } else {
        value = ps->state;
        length = PENDING_LENGTH(ps->pending);
        remaining = PENDING_REMAINING(ps->pending);
    }
    for (; remaining > 0; remaining--) {
        if (used >= n) {
            ps->state = value;
            ps->pending = PENDING(length, remaining);
            return (size_t)-2;
        }
        if ((p[used] & 0xc0) != 0x80)
            return illegal_sequence();
        value = value << 6 | (p[used++] & 0x3f);
    }
    /* Overlong forms would let "/" or NUL hide; surrogates are not characters. */
    if (value < utf8_min[length] || (value >= 0xd800 && value < 0xe000))
        return illegal_sequence();
    ps->state = 0;
    ps->pending = 0;
    if (pwc != NULL)
        *pwc = (wchar_t)value;
    return used;
}

size_t mbrlen(const char *s, size_t n, mbstate_t *ps)
{
    static mbstate_t internal;

    return mbrtowc(NULL, s, n, ps != NULL ? ps : &internal);
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
    if (!__ctype_utf8()) {
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
