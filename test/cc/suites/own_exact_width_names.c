/*
 * Only <stdio.h>, <time.h>, <unistd.h>, <signal.h> and <fcntl.h> are included, none of
 * which gives int8_t, uint or u_char in glibc: the program may name its own.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

typedef char int8_t;          /* plain char, not signed char as <stdint.h> would have it */
typedef unsigned long uint;   /* wider than the BSD name's unsigned int */
typedef int u_char;
#define LITTLE_ENDIAN "mine"  /* <endian.h> is not dragged in either */

int main(void) {
    int8_t small = (int8_t)0xfe;
    uint big = (uint)1 << 40;
    u_char wide = 300;
    ssize_t n = -1;           /* the POSIX types these headers do give */
    off_t at = 7;
    pid_t who = 0;
    printf("%d %lu %d %s %zd %ld %d\n", small, big, wide, LITTLE_ENDIAN, n, (long)at, who);
    return sizeof(int8_t) + sizeof(uint);
}
