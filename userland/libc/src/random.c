/*
 * Pseudo-random numbers that give the very sequences glibc gives, because
 * programs print them: rand/random (glibc's default "TYPE_3" additive
 * feedback generator), rand_r, and the 48-bit drand48 family.
 */
#include <stdlib.h>
#include <stdint.h>

/*
 * TYPE_3: r[i] = r[i-3] + r[i-31] (mod 2^32), output r[i] >> 1. The 34 most
 * recent words live in a ring. Seeding fills r[0..30] with a Lehmer
 * generator (16807 * r mod 2^31-1), copies r[0..2] to r[31..33]... and
 * throws away the first 310 outputs, exactly as glibc's srandom_r.
 */
#define RING 34

static int32_t ring[RING];
static int ring_pos;
static int seeded;

static uint32_t next_word(void)
{
    int i = ring_pos;
    uint32_t v = (uint32_t)ring[(i + RING - 31) % RING] + (uint32_t)ring[(i + RING - 3) % RING];

    ring[i] = (int32_t)v;
    ring_pos = (i + 1) % RING;
    return v;
}

void srandom(unsigned int seed)
{
    int32_t word;
    long hi, lo;
    int i;

    /* Seed 0 would make the Lehmer generator stick at zero. */
    ring[0] = seed == 0 ? 1 : (int32_t)seed;
    for (i = 1; i < 31; i++) {
        /* 16807 * r mod (2^31 - 1) without overflow (Schrage's method). */
        hi = ring[i - 1] / 127773;
        lo = ring[i - 1] % 127773;
        word = (int32_t)(16807 * lo - 2836 * hi);
        if (word < 0)
            word += 2147483647;
        ring[i] = word;
    }
    for (i = 31; i < RING; i++)
        ring[i] = ring[i - 31];
    ring_pos = 0;
    seeded = 1;
    for (i = 0; i < 310; i++)
        next_word();
}

long random(void)
{
    if (!seeded)
        srandom(1);
    return (long)(next_word() >> 1);
}

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

/* The 48-bit family: X = (0x5DEECE66D * X + 0xB) mod 2^48. */
static uint64_t x48;      /* glibc starts from 0 when srand48 was never called */

static uint64_t step48(void)
{
    x48 = (x48 * 0x5DEECE66DUL + 0xBu) & 0xFFFFFFFFFFFFUL;
    return x48;
}

void srand48(long seed)
{
    x48 = ((uint64_t)(uint32_t)seed << 16) | 0x330Eu;
}

double drand48(void)
{
    /* Exact: a 48-bit integer scaled by 2^-48. */
    return (double)step48() / 281474976710656.0;
}

long lrand48(void)
{
    return (long)(step48() >> 17);
}

long mrand48(void)
{
    return (long)(int32_t)(uint32_t)(step48() >> 16);
}
