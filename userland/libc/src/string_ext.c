/*
 * GNU and BSD string extras that programs commonly use (apart from string.c,
 * so that programs using only the standard functions stay small).
 */
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

void *memmem(const void *haystack, size_t hn, const void *needle, size_t nn)
{
    const char *h = haystack;
    size_t i;

    if (nn == 0)
        return (void *)h;
    for (i = 0; i + nn <= hn; i++)
        if (h[i] == *(const char *)needle && memcmp(h + i, needle, nn) == 0)
            return (void *)(h + i);
    return NULL;
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

char *strcasestr(const char *haystack, const char *needle)
{
    size_t n = strlen(needle);

    for (; *haystack; haystack++)
        if (strncasecmp(haystack, needle, n) == 0)
            return (char *)haystack;
    return n == 0 ? (char *)haystack : NULL;
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

/* GNU: memchr without a length, for a byte known to be there. */
void *rawmemchr(const void *s, int c)
{
    const unsigned char *p = s;

    while (*p != (unsigned char)c)
        p++;
    return (void *)p;
}
