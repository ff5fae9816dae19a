/*
 * <arpa/inet.h> and the byte-order functions of <netinet/in.h>: converting
 * IPv4 and IPv6 addresses between text and network byte order, as glibc does
 * (inet_aton's classic a.b.c.d / a.b.c / a.b / a forms in decimal, octal or
 * hex; inet_pton's strict forms; inet_ntop's shortest IPv6 text, RFC 5952).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;

uint32_t htonl(uint32_t host) { return __builtin_bswap32(host); }
uint16_t htons(uint16_t host) { return (uint16_t)(host << 8 | host >> 8); }
uint32_t ntohl(uint32_t net) { return __builtin_bswap32(net); }
uint16_t ntohs(uint16_t net) { return (uint16_t)(net << 8 | net >> 8); }

/* One number of an inet_aton part: 0x hex, 0 octal, else decimal; 0 when there is none. */
static const char *aton_number(const char *s, unsigned long *value)
{
    unsigned long v = 0, base = 10;
    int digits = 0;

    if (*s < '0' || *s > '9')
        return 0;
    if (s[0] == '0') {
        base = 8;
        if (s[1] == 'x' || s[1] == 'X') {
            base = 16;
            s += 2;
        }
    }
    for (;; s++, digits++) {
        int d;
        if (*s >= '0' && *s <= '9')
            d = *s - '0';
        else if (base == 16 && *s >= 'a' && *s <= 'f')
            d = *s - 'a' + 10;
        else if (base == 16 && *s >= 'A' && *s <= 'F')
            d = *s - 'A' + 10;
        else
            break;
        if ((unsigned long)d >= base)
            return 0;
        v = v * base + d;
        if (v > 0xffffffffUL)
            return 0;
    }
    if (base == 16 && digits == 0)
        return 0;
    *value = v;
    return s;
}

int inet_aton(const char *text, struct in_addr *addr)
{
    unsigned long part[4];
    int n = 0;
    const char *s = text;
    uint32_t v;

    for (;;) {
        s = aton_number(s, &part[n]);
        if (!s)
            return 0;
        n++;
        if (*s != '.')
            break;
        if (n == 4)
            return 0;
        s++;
    }
    /* Trailing white space ends the address, as in glibc; anything else is an error. */
    if (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n')
        return 0;
    /* The last part fills the bytes that remain: a.b.c.d, a.b.(16 bits), a.(24 bits), (32 bits). */
    v = (uint32_t)part[n - 1];
    for (int i = 0; i < n - 1; i++) {
        if (part[i] > 0xff)
            return 0;
        v |= (uint32_t)part[i] << (24 - 8 * i);
    }
    if (n > 1 && part[n - 1] >> (8 * (5 - n)) != 0)
        return 0;
    if (addr)
        addr->s_addr = htonl(v);
    return 1;
}

in_addr_t inet_addr(const char *text)
{
    struct in_addr a;

    return inet_aton(text, &a) ? a.s_addr : INADDR_NONE;
}

char *inet_ntoa(struct in_addr addr)
{
    static char buf[INET_ADDRSTRLEN];
    const unsigned char *b = (const unsigned char *)&addr.s_addr;

    snprintf(buf, sizeof buf, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    return buf;
}

/* Strict dotted decimal: four parts 0-255, no leading zeros, nothing else. */
static int pton4(const char *s, unsigned char *out)
{
    for (int i = 0; i < 4; i++) {
        unsigned v = 0;
        int digits = 0;
        while (*s >= '0' && *s <= '9') {
            if (digits > 0 && v == 0)
                return 0; /* a leading zero */
            v = v * 10 + (*s++ - '0');
            if (v > 255)
                return 0;
            digits++;
        }
        if (digits == 0)
            return 0;
        out[i] = (unsigned char)v;
        if (i < 3 && *s++ != '.')
            return 0;
    }
    return *s == '\0';
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Eight groups of up to four hex digits; one "::" stands for a run of zero groups; an IPv4 tail. */
static int pton6(const char *s, unsigned char *out)
{
    unsigned char a[16] = { 0 };
    int n = 0, gap = -1;

    if (s[0] == ':' && s[1] != ':')
        return 0;
    while (*s != '\0') {
        if (s[0] == ':' && s[1] == ':') {
            if (gap >= 0)
                return 0;
            gap = n;
            s += 2;
            if (*s == '\0')
                break;
            continue;
        }
        if (n > 0 && (gap != n || s[-1] != ':')) {
            if (*s != ':' || s[1] == '\0')
                return 0;
            s++;
        }
        /* A dotted IPv4 address ends the text. */
        const char *end = s;
        while (hexval(*end) >= 0)
            end++;
        if (*end == '.') {
            if (n > 12 || !pton4(s, a + n))
                return 0;
            n += 4;
            break;
        }
        if (end == s || end - s > 4 || n > 14)
            return 0;
        unsigned v = 0;
        for (; s < end; s++)
            v = v * 16 + (unsigned)hexval(*s);
        a[n++] = (unsigned char)(v >> 8);
        a[n++] = (unsigned char)v;
    }
    if (gap >= 0) {
        if (n == 16)
            return 0;
        memmove(a + 16 - (n - gap), a + gap, (size_t)(n - gap));
        memset(a + gap, 0, (size_t)(16 - n));
    } else if (n != 16) {
        return 0;
    }
    memcpy(out, a, 16);
    return 1;
}

int inet_pton(int family, const char *text, void *addr)
{
    if (family == AF_INET)
        return pton4(text, addr);
    if (family == AF_INET6)
        return pton6(text, addr);
    errno = EAFNOSUPPORT;
    return -1;
}

/* The longest run of two or more zero groups becomes "::" (the first, on a tie). */
static void ntop6(const unsigned char *a, char *text)
{
    unsigned g[8];
    int best = -1, bestLen = 0;

    for (int i = 0; i < 8; i++)
        g[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0)
            j++;
        if (j - i > bestLen && j - i >= 2) {
            best = i;
            bestLen = j - i;
        }
        i = j > i ? j : i + 1;
    }
    char *p = text;
    for (int i = 0; i < 8; i++) {
        if (i == best) {
            p += sprintf(p, "::");
            i += bestLen - 1;
            continue;
        }
        if (i > 0 && i != best + bestLen)
            *p++ = ':';
        /* ::ffff:a.b.c.d and ::a.b.c.d keep their IPv4 tail dotted, as glibc writes them. */
        if (i == 6 && best == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xffff))) {
            sprintf(p, "%u.%u.%u.%u", a[12], a[13], a[14], a[15]);
            return;
        }
        p += sprintf(p, "%x", g[i]);
    }
    *p = '\0';
}

const char *inet_ntop(int family, const void *addr, char *buf, socklen_t size)
{
    char text[INET6_ADDRSTRLEN];
    const unsigned char *a = addr;

    if (family == AF_INET)
        snprintf(text, sizeof text, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
    else if (family == AF_INET6)
        ntop6(a, text);
    else {
        errno = EAFNOSUPPORT;
        return 0;
    }
    if (strlen(text) >= size) {
        errno = ENOSPC;
        return 0;
    }
    return strcpy(buf, text);
}
