/*
 * GNU and BSD string extras that programs commonly use (apart from string.c,
 * so that programs using only the standard functions stay small).
 */
#define _GNU_SOURCE
#include <string.h>
#include <strings.h>

void *memrchr(const void *s, int c, size_t n)
{
    const unsigned char *p = (const unsigned char *)s + n;

    while (n-- > 0)
        if (*--p == (unsigned char)c)
            return (void *)p;
    return NULL;
}

void *mempcpy(void *dst, const void *src, size_t n)
{
    return (char *)memcpy(dst, src, n) + n;
}

char *stpcpy(char *dst, const char *src)
{
    size_t n = strlen(src);

    memcpy(dst, src, n + 1);
    return dst + n;
}

char *stpncpy(char *dst, const char *src, size_t n)
{
    size_t len = strnlen(src, n);

    memcpy(dst, src, len);
    memset(dst + len, 0, n - len);
    return dst + len;
}

char *strchrnul(const char *s, int c)
{
    while (*s != '\0' && *s != (char)c)
        s++;
    return (char *)s;
}

char *strsep(char **sp, const char *delim)
{
    char *s = *sp, *end;

    if (s == NULL)
        return NULL;
    end = s + strcspn(s, delim);
    if (*end != '\0') {
        *end = '\0';
        *sp = end + 1;
    } else {
        *sp = NULL;
    }
    return s;
}

size_t strxfrm(char *dst, const char *src, size_t n)
{
    size_t len = strlen(src);

    if (n > 0) {
        memcpy(dst, src, len < n ? len + 1 : n - 1);
        if (len >= n)
            dst[n - 1] = '\0';
    }
    return len;
}

char *index(const char *s, int c) { return strchr(s, c); }
char *rindex(const char *s, int c) { return strrchr(s, c); }

void bcopy(const void *src, void *dst, size_t n)
{
    memmove(dst, src, n);
}

int bcmp(const void *a, const void *b, size_t n)
{
    return memcmp(a, b, n);
}

int ffs(int i)
{
    int n = 1;

    if (i == 0)
        return 0;
    while ((i & 1) == 0) {
        i = (int)((unsigned)i >> 1);
        n++;
    }
    return n;
}

int ffsl(long i)
{
    return ffsll(i);
}

int ffsll(long long i)
{
    unsigned long long u = (unsigned long long)i;
    int n = 1;

    if (u == 0)
        return 0;
    while ((u & 1) == 0) {
        u >>= 1;
        n++;
    }
    return n;
}

void explicit_bzero(void *s, size_t n)
{
    memset(s, 0, n);
    /* The compiler must assume the asm reads the cleared bytes, so the stores stay. */
    __asm__ __volatile__("" : : "r"(s) : "memory");
}

/* GNU: memchr without a length, for a byte known to be there. */
void *rawmemchr(const void *s, int c)
{
    const unsigned char *p = s;

    while (*p != (unsigned char)c)
        p++;
    return (void *)p;
}

/* Copy up to and including the first c; returns just past it in dst, or NULL if c was not met. */
void *memccpy(void *dst, const void *src, int c, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    while (n-- > 0) {
        if ((*d++ = *s++) == (unsigned char)c)
            return d;
    }
    return NULL;
}

/* BSD's bounded copies: always terminated (size > 0); return the length they tried to make. */
size_t strlcpy(char *dst, const char *src, size_t size)
{
    size_t len = strlen(src);

    if (size > 0) {
        size_t n = len < size - 1 ? len : size - 1;

        memcpy(dst, src, n);
        dst[n] = '\0';
    }
    return len;
}

size_t strlcat(char *dst, const char *src, size_t size)
{
    size_t used = strnlen(dst, size);

    if (used == size)
        return size + strlen(src);
    return used + strlcpy(dst + used, src, size - used);
}

/*
 * Compare as versions, as glibc does: a scan through the common prefix in one
 * of four states (normal, in an integral digit run, in a fractional run that
 * began with '0', in leading zeros), then the classes of the two differing
 * characters decide: plain byte order, the longer integral run, or a fixed
 * answer. So "9" < "10", and "000" < "00" < "01" < "010" < "09" < "0" < "1".
 */
enum { VS_NORMAL = 0, VS_INTEGRAL = 3, VS_FRACTION = 6, VS_ZEROS = 9 };
enum { VS_CMP = 2, VS_LEN = 3 };   /* results besides -1 and +1 */

/* A character's class: 0 other, 1 digit 1-9, 2 the digit 0. */
static int version_class(unsigned char c)
{
    return (c == '0') + (c >= '0' && c <= '9');
}

int strverscmp(const char *a, const char *b)
{
    static const unsigned char next_state[12] = {
        VS_NORMAL, VS_INTEGRAL, VS_ZEROS,
        VS_NORMAL, VS_INTEGRAL, VS_INTEGRAL,
        VS_NORMAL, VS_FRACTION, VS_FRACTION,
        VS_NORMAL, VS_FRACTION, VS_ZEROS,
    };
    /* Indexed by state + class of a's character, then class of b's (x, d, 0). */
    static const signed char result[36] = {
        VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_LEN, VS_CMP, VS_CMP, VS_CMP, VS_CMP,
        VS_CMP, -1, -1, +1, VS_LEN, VS_LEN, +1, VS_LEN, VS_LEN,
        VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP,
        VS_CMP, +1, +1, -1, VS_CMP, VS_CMP, -1, VS_CMP, VS_CMP,
    };
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    unsigned char c1 = *p++, c2 = *q++;
    int state = VS_NORMAL + version_class(c1), diff, r;

    while ((diff = c1 - c2) == 0) {
        if (c1 == '\0')
            return 0;
        state = next_state[state];
        c1 = *p++;
        c2 = *q++;
        state += version_class(c1);
    }
    r = result[state * 3 + version_class(c2)];
    if (r == VS_CMP)
        return diff;
    if (r != VS_LEN)
        return r;
    /* Both in integral runs: the longer run is the larger number. */
    while (version_class(*p++) != 0)
        if (version_class(*q++) == 0)
            return 1;
    return version_class(*q) != 0 ? -1 : diff;
}
