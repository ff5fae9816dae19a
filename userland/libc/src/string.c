/*
 * <string.h> and <strings.h>: byte-at-a-time, written for clarity, but for
 * strlen, which most string functions and printf's %s call (memcpy and memset
 * use the string instructions: memcpy.S). strstr, memmem, strcasestr: string_search.c.
 */
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include <stdlib.h>
#include <ctype.h>

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    /* Copy backwards when the destination overlaps the end of the source. */
    if (d > s && d < s + n) {
        d += n;
        s += n;
        while (n-- > 0)
            *--d = *--s;
        return dst;
    }
    /* Otherwise memcpy's ascending byte copy is right even when the two overlap. */
    return memcpy(dst, src, n);
}

void bzero(void *s, size_t n)
{
    memset(s, 0, n);
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;

    for (; n > 0; n--, p++, q++)
        if (*p != *q)
            return *p - *q;
    return 0;
}

void *memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;

    for (; n > 0; n--, p++)
        if (*p == (unsigned char)c)
            return (void *)p;
    return NULL;
}

/*
 * strlen looks at a word at a time once p is 8-byte aligned: a word has a zero
 * byte when (v - ONES) & ~v & HIGHS is not 0. An aligned word never crosses a
 * page, so reading past the terminator within the last one cannot fault.
 */
#define ONES 0x0101010101010101UL
#define HIGHS 0x8080808080808080UL
typedef uint64_t __attribute__((__may_alias__)) string_word;

size_t strlen(const char *s)
{
    const char *p = s;
    const string_word *w;
    uint64_t v;

    for (; (uintptr_t)p % 8 != 0; p++)
        if (*p == '\0')
            return (size_t)(p - s);
    /* (One load a word: tcc-lite does not merge the two reads of *w.) */
    for (w = (const string_word *)p; v = *w, ((v - ONES) & ~v & HIGHS) == 0; w++)
        ;
    for (p = (const char *)w; *p != '\0'; p++)
        ;
    return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max)
{
    size_t n = 0;

    while (n < max && s[n])
        n++;
    return n;
}

char *strcpy(char *dst, const char *src)
{
    char *d = dst;

    while ((*d++ = *src++) != '\0')
        ;
    return dst;
}

char *strncpy(char *dst, const char *src, size_t n)
{
    size_t i = 0;

    for (; i < n && src[i]; i++)
        dst[i] = src[i];
    /* strncpy pads the rest with NULs (and does not terminate when src is too long). */
    for (; i < n; i++)
        dst[i] = '\0';
    return dst;
}

char *strcat(char *dst, const char *src)
{
    strcpy(dst + strlen(dst), src);
    return dst;
}

char *strncat(char *dst, const char *src, size_t n)
{
    char *d = dst + strlen(dst);

    while (n-- > 0 && *src)
        *d++ = *src++;
    *d = '\0';
    return dst;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
    for (; n > 0; n--, a++, b++) {
        if (*a != *b)
            return (unsigned char)*a - (unsigned char)*b;
        if (*a == '\0')
            return 0;
    }
    return 0;
}

int strcoll(const char *a, const char *b)
{
    return strcmp(a, b);
}

int strcasecmp(const char *a, const char *b)
{
    int ca, cb;

    do {
        ca = tolower((unsigned char)*a++);
        cb = tolower((unsigned char)*b++);
    } while (ca == cb && ca != '\0');
    return ca - cb;
}

int strncasecmp(const char *a, const char *b, size_t n)
{
    int ca, cb;

    for (; n > 0; n--) {
        ca = tolower((unsigned char)*a++);
        cb = tolower((unsigned char)*b++);
        if (ca != cb || ca == '\0')
            return ca - cb;
    }
    return 0;
}

char *strchr(const char *s, int c)
{
    for (;; s++) {
        if (*s == (char)c)
            return (char *)s;
        if (*s == '\0')
            return NULL;
    }
}

char *strrchr(const char *s, int c)
{
    const char *last = NULL;

    for (;; s++) {
        if (*s == (char)c)
            last = s;
        if (*s == '\0')
            return (char *)last;
    }
}

char *strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);

    if (p != NULL)
        memcpy(p, s, n);
    return p;
}

char *strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = malloc(len + 1);

    if (p != NULL) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

size_t strspn(const char *s, const char *accept)
{
    size_t n = 0;

    while (s[n] && strchr(accept, s[n]) != NULL)
        n++;
    return n;
}

size_t strcspn(const char *s, const char *reject)
{
    size_t n = 0;

    while (s[n] && strchr(reject, s[n]) == NULL)
        n++;
    return n;
}

char *strpbrk(const char *s, const char *accept)
{
    s += strcspn(s, accept);
    return *s ? (char *)s : NULL;
}

char *strtok_r(char *s, const char *delim, char **save)
{
    char *end;

    if (s == NULL)
        s = *save;
    s += strspn(s, delim);
    if (*s == '\0') {
        *save = s;
        return NULL;
    }
    end = s + strcspn(s, delim);
    if (*end != '\0')
        *end++ = '\0';
    *save = end;
    return s;
}

char *strtok(char *s, const char *delim)
{
    static char *save = "";
    return strtok_r(s, delim, &save);
}
