/*
 * strstr, memmem and strcasestr in time linear in the haystack and needle, by the
 * Two-Way algorithm (Crochemore and Perrin, "Two-way string-matching", J. ACM 38, 1991):
 *
 * The needle x is cut at a critical position, x = u v, taken from the larger of the two
 * maximal suffixes of x (for the byte order and for its reverse). Each window of the
 * haystack is compared with v from left to right, then with u from right to left. A
 * mismatch in v shifts the window past the bytes that matched; a full match of v with a
 * mismatch in u shifts by the period of x. When x is periodic (u is a suffix of its
 * first period), the bytes of the period known to match are remembered and not
 * compared again; otherwise the period shift is max(|u|, |v|) + 1. No byte of the
 * haystack is compared more than twice.
 *
 * strstr and strcasestr do not measure their haystack first: it is read only as far as
 * the windows need (a match near its start is found without reading the rest).
 */
#define _GNU_SOURCE
#include <string.h>
#include <strings.h>
#include <ctype.h>

/* The bytes searched, as far as known; a string's length is learnt a piece at a time. */
typedef struct {
    const unsigned char *p;
    size_t len;         /* bytes known to be there */
    int growing;        /* a string whose terminator has not been reached yet */
} haystack;

/* Whether bytes [0, end) exist. */
static int has_bytes(haystack *h, size_t end)
{
    size_t want, got;

    if (end <= h->len)
        return 1;
    if (!h->growing)
        return 0;
    want = end - h->len;
    if (want < 256)
        want = 256;     /* read ahead a little: fewer calls */
    got = strnlen((const char *)h->p + h->len, want);
    h->len += got;
    if (got < want)
        h->growing = 0;
    return end <= h->len;
}

static inline unsigned char fold(unsigned char c, int icase)
{
    return icase ? (unsigned char)tolower(c) : c;
}

/*
 * The start of the maximal suffix of x[0..n) (less one: -1 for all of x) for the byte
 * order, or for its reverse when `reverse`; its period in *period.
 */
static long maximal_suffix(const unsigned char *x, long n, int reverse, int icase, long *period)
{
    long ms = -1, j = 0, k = 1, p = 1;
    unsigned char a, b;

    while (j + k < n) {
        a = fold(x[j + k], icase);
        b = fold(x[ms + k], icase);
        if (reverse ? a > b : a < b) {
            /* the suffix at j+k is smaller: the candidate's period grows to cover it */
            j += k;
            k = 1;
            p = j - ms;
        } else if (a == b) {
            if (k != p) {
                k++;
            } else {
                j += p;
                k = 1;
            }
        } else {
            /* a larger suffix starts here */
            ms = j;
            j = ms + 1;
            k = p = 1;
        }
    }
    *period = p;
    return ms;
}

static int same(const unsigned char *a, const unsigned char *b, long n, int icase)
{
    long i;

    for (i = 0; i < n; i++)
        if (fold(a[i], icase) != fold(b[i], icase))
            return 0;
    return 1;
}

/* The first match of x[0..n) (n >= 1) in h, or NULL. */
static void *two_way(haystack *h, const unsigned char *x, long n, int icase)
{
    long p1, p2, per, ell, i, memory;
    long ms1 = maximal_suffix(x, n, 0, icase, &p1);
    long ms2 = maximal_suffix(x, n, 1, icase, &p2);
    size_t j = 0;

    if (ms1 > ms2) {
        ell = ms1;
        per = p1;
    } else {
        ell = ms2;
        per = p2;
    }
    if (per < n && same(x, x + per, ell + 1, icase)) {
        /* x has period per: after a full-period shift, the first n-per bytes still match */
        memory = -1;
        while (has_bytes(h, j + (size_t)n)) {
            const unsigned char *y = h->p + j;

            i = (ell > memory ? ell : memory) + 1;
            while (i < n && fold(x[i], icase) == fold(y[i], icase))
                i++;
            if (i < n) {
                j += (size_t)(i - ell);
                memory = -1;
                continue;
            }
            i = ell;
            while (i > memory && fold(x[i], icase) == fold(y[i], icase))
                i--;
            if (i <= memory)
                return (void *)y;
            j += (size_t)per;
            memory = n - per - 1;
        }
    } else {
        per = (ell + 1 > n - ell - 1 ? ell + 1 : n - ell - 1) + 1;
        while (has_bytes(h, j + (size_t)n)) {
            const unsigned char *y = h->p + j;

            i = ell + 1;
            while (i < n && fold(x[i], icase) == fold(y[i], icase))
                i++;
            if (i < n) {
                j += (size_t)(i - ell);
                continue;
            }
            i = ell;
            while (i >= 0 && fold(x[i], icase) == fold(y[i], icase))
                i--;
            if (i < 0)
                return (void *)y;
            j += (size_t)per;
        }
    }
    return NULL;
}

void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
    haystack h = { hay, hn, 0 };

    if (nn == 0)
        return (void *)hay;
    if (nn > hn)
        return NULL;
    if (nn == 1)
        return memchr(hay, *(const unsigned char *)needle, hn);
    return two_way(&h, needle, (long)nn, 0);
}

char *strstr(const char *hay, const char *needle)
{
    haystack h = { (const unsigned char *)hay, 0, 1 };

    if (needle[0] == '\0')
        return (char *)hay;
    if (needle[1] == '\0')
        return strchr(hay, needle[0]);
    return two_way(&h, (const unsigned char *)needle, (long)strlen(needle), 0);
}

char *strcasestr(const char *hay, const char *needle)
{
    haystack h = { (const unsigned char *)hay, 0, 1 };

    if (needle[0] == '\0')
        return (char *)hay;
    return two_way(&h, (const unsigned char *)needle, (long)strlen(needle), 1);
}
