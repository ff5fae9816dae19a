/*
 * What older portable code takes from <sys/types.h> and <limits.h> alone: the BSD type
 * names (u_int32_t, u_char, caddr_t...), the exact-width signed types, the byte order
 * macros, and Linux's limits such as HOST_NAME_MAX and LINE_MAX.
 */
#define _GNU_SOURCE /* IOV_MAX, NZERO and useconds_t are X/Open names in glibc */
#include <sys/types.h>
#include <limits.h>
#include <stdio.h>

/* The classic portable-code test: decided only if <sys/types.h> brought the byte order. */
#if BYTE_ORDER == BIG_ENDIAN
#define ORDER "big"
#elif BYTE_ORDER == LITTLE_ENDIAN
#define ORDER "little"
#else
#define ORDER "unknown"
#endif

int main(void) {
    u_int8_t a = 255; u_int16_t b = 65535; u_int32_t c = 4294967295u; u_int64_t d = 1;
    u_char e = 'e'; u_short f = 7; u_int g = 8; u_long h = 9; ushort i = 10; uint j = 11; ulong k = 12;
    int8_t l = -128; int16_t m = -2; int32_t n = -3; int64_t o = -4;
    quad_t q = -5; u_quad_t uq = 6; register_t r = 7; caddr_t p = (caddr_t)"str"; daddr_t da = 8; key_t key = 9;
    useconds_t us = 999999; fsblkcnt_t fb = 10; fsfilcnt_t ff = 11; loff_t lo = 12;
    printf("%u %u %u %lu %c %u %u %lu %u %u %lu\n", a, b, c, (unsigned long)(d << 63 >> 60), e, f, g, h, i, j, k);
    printf("%d %d %d %ld %ld %lu %ld %s %d %d %u %lu %lu %ld\n", l, m, n, (long)o, (long)q, (unsigned long)uq, (long)r, p, da, key, us,
           (unsigned long)fb, (unsigned long)ff, (long)lo);
    printf("sizes %zu %zu %zu %zu %zu %zu\n", sizeof(u_int64_t), sizeof(quad_t), sizeof(register_t), sizeof(caddr_t), sizeof(key_t), sizeof(fsid_t));
    printf("order %s %d\n", ORDER, BYTE_ORDER);
    printf("limits %d %d %d %d %d %d %d %d\n", HOST_NAME_MAX, LOGIN_NAME_MAX, TTY_NAME_MAX, LINE_MAX, IOV_MAX, NZERO, _POSIX_PATH_MAX, _POSIX2_LINE_MAX);
    return 0;
}
