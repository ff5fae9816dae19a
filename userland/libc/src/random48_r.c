/*
 * glibc's reentrant 48-bit generators (drand48_r and friends): the same
 * X = (a * X + c) mod 2^48 as drand48 (random.c), with the state, a and c in
 * the caller's struct drand48_data. A zeroed struct starts with glibc's a
 * and c on its first use.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <stdint.h>
#include "rand48.h"

#define MASK48 0xFFFFFFFFFFFFULL


static void default_multiplier(struct drand48_data *buffer)
{
    buffer->__a = 0x5DEECE66DULL;
    buffer->__c = 0xB;
    buffer->__init = 1;
}

static uint64_t step(unsigned short xsubi[3], struct drand48_data *buffer)
{
    uint64_t v;

    if (!buffer->__init)
        default_multiplier(buffer);
    v = (get48(xsubi) * buffer->__a + buffer->__c) & MASK48;
    put48(xsubi, v);
    return v;
}

int erand48_r(unsigned short xsubi[3], struct drand48_data *buffer, double *result)
{
    /* Exact: a 48-bit integer scaled by 2^-48. */
    *result = (double)step(xsubi, buffer) / 281474976710656.0;
    return 0;
}

int nrand48_r(unsigned short xsubi[3], struct drand48_data *buffer, long *result)
{
    *result = (long)(step(xsubi, buffer) >> 17);
    return 0;
}

int jrand48_r(unsigned short xsubi[3], struct drand48_data *buffer, long *result)
{
    *result = (long)(int32_t)(uint32_t)(step(xsubi, buffer) >> 16);
    return 0;
}

int drand48_r(struct drand48_data *buffer, double *result)
{
    return erand48_r(buffer->__x, buffer, result);
}

int lrand48_r(struct drand48_data *buffer, long *result)
{
    return nrand48_r(buffer->__x, buffer, result);
}

int mrand48_r(struct drand48_data *buffer, long *result)
{
    return jrand48_r(buffer->__x, buffer, result);
}

int srand48_r(long seed, struct drand48_data *buffer)
{
    put48(buffer->__x, ((uint64_t)(uint32_t)seed << 16) | 0x330Eu);
    default_multiplier(buffer);
    return 0;
}

int seed48_r(unsigned short seed16v[3], struct drand48_data *buffer)
{
    put48(buffer->__old_x, get48(buffer->__x));
    put48(buffer->__x, get48(seed16v));
    default_multiplier(buffer);
    return 0;
}

int lcong48_r(unsigned short param[7], struct drand48_data *buffer)
{
    put48(buffer->__x, get48(param));
    buffer->__a = get48(param + 3);
    buffer->__c = param[6];
    buffer->__init = 1;
    return 0;
}
