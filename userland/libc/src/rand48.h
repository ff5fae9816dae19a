/* The 48-bit state of the drand48 family, kept as three 16-bit words (random.c, random48_r.c). */
#ifndef _LIBC_RAND48_H
#define _LIBC_RAND48_H

#include <stdint.h>

static inline uint64_t get48(const unsigned short x[3])
{
    return (uint64_t)x[0] | (uint64_t)x[1] << 16 | (uint64_t)x[2] << 32;
}

static inline void put48(unsigned short x[3], uint64_t v)
{
    x[0] = (unsigned short)v;
    x[1] = (unsigned short)(v >> 16);
    x[2] = (unsigned short)(v >> 32);
}

#endif
