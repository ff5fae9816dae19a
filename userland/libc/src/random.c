/*
 * Pseudo-random numbers that give the very sequences glibc gives, because
 * programs print them: rand (random()'s additive feedback generator,
 * random_additive.c), rand_r, and the 48-bit drand48 family.
 */
#include <stdlib.h>
#include <stdint.h>
#include "rand48.h"

int rand(void)
{
    return (int)random();
}

void srand(unsigned int seed)
{
    srandom(seed);
}

/* glibc's rand_r: three steps of the classic ANSI C LCG, 11 + 10 + 10 bits. */
int rand_r(unsigned int *seed)
{
    unsigned int next = *seed;
    unsigned int result;

    next = next * 1103515245u + 12345u;
    result = (next / 65536u) % 2048u;
    next = next * 1103515245u + 12345u;
    result = (result << 10) ^ ((next / 65536u) % 1024u);
    next = next * 1103515245u + 12345u;
    result = (result << 10) ^ ((next / 65536u) % 1024u);
    *seed = next;
    return (int)result;
}

/*
 * The 48-bit family: X = (a * X + c) mod 2^48, with a = 0x5DEECE66D and c = 0xB unless
 * lcong48 set others. X is three 16-bit words, low first, as in the caller-owned arrays
 * of erand48/nrand48/jrand48; drand48, lrand48 and mrand48 use the library's own.
 */
#define MASK48 0xFFFFFFFFFFFFUL

static unsigned short x48[3];   /* glibc starts from 0 when srand48 was never called */
static uint64_t a48 = 0x5DEECE66DUL;
static unsigned short c48 = 0xB;


static uint64_t step48(unsigned short x[3])
{
    uint64_t v = (get48(x) * a48 + c48) & MASK48;

    put48(x, v);
    return v;
}

static void default_multiplier(void)
{
    a48 = 0x5DEECE66DUL;
    c48 = 0xB;
}

void srand48(long seed)
{
    put48(x48, ((uint64_t)(uint32_t)seed << 16) | 0x330Eu);
    default_multiplier();
}

unsigned short *seed48(unsigned short seed16v[3])
{
    static unsigned short previous[3];

    put48(previous, get48(x48));
    put48(x48, get48(seed16v));
    default_multiplier();
    return previous;
}

void lcong48(unsigned short param[7])
{
    put48(x48, get48(param));
    a48 = get48(param + 3);
    c48 = param[6];
}

double erand48(unsigned short xsubi[3])
{
    /* Exact: a 48-bit integer scaled by 2^-48. */
    return (double)step48(xsubi) / 281474976710656.0;
}

long nrand48(unsigned short xsubi[3])
{
    return (long)(step48(xsubi) >> 17);
}

long jrand48(unsigned short xsubi[3])
{
    return (long)(int32_t)(uint32_t)(step48(xsubi) >> 16);
}

double drand48(void)
{
    return erand48(x48);
}

long lrand48(void)
{
    return nrand48(x48);
}

long mrand48(void)
{
    return jrand48(x48);
}
