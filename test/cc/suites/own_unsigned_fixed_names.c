/*
 * glibc's <sys/types.h> (which <stdlib.h> includes) gives int32_t but not uint32_t or
 * UINT32_MAX: a program may define the unsigned names itself, even differently.
 */
#include <stdlib.h>
#include <sys/types.h>

typedef unsigned long long uint64_t;   /* glibc's <stdint.h> would say unsigned long */
typedef unsigned uint32_t;
#define UINT32_MAX 0xffffffffu

int main(void) {
    uint64_t big = (uint64_t)UINT32_MAX + 1;
    int32_t small = -2;                /* this one does come with <sys/types.h> */
    return (int)(big >> 32) + small + (int)sizeof(uint32_t) - 3;
}
