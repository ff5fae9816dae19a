/* The big-integer operations strtod.c and strtold.c share (bignum.h). */
#include <string.h>
#include "bignum.h"

void __big_set(bignum *b, uint64_t v)
{
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
    b->n = b->w[1] != 0 ? 2 : (b->w[0] != 0 ? 1 : 0);
}

void __big_mul_add(bignum *b, uint32_t mul, uint32_t add)
{
    uint64_t carry = add, cur;
    int i;

    for (i = 0; i < b->n; i++) {
        cur = (uint64_t)b->w[i] * mul + carry;
        b->w[i] = (uint32_t)cur;
        carry = cur >> 32;
    }
    if (carry != 0 && b->n < BIG_WORDS)
        b->w[b->n++] = (uint32_t)carry;
}

void __big_shl(bignum *b, long k)
{
    int words = (int)(k / 32), bits = (int)(k % 32), i;

    if (b->n == 0 || k == 0)
        return;
    if (bits != 0) {
        b->w[b->n] = 0;
        for (i = b->n; i > 0; i--)
            b->w[i] = (b->w[i] << bits) | (b->w[i - 1] >> (32 - bits));
        b->w[0] <<= bits;
        if (b->w[b->n] != 0)
            b->n++;
    }
    if (words > 0) {
        memmove(b->w + words, b->w, (size_t)b->n * sizeof(uint32_t));
        memset(b->w, 0, (size_t)words * sizeof(uint32_t));
        b->n += words;
    }
}

int __big_cmp(const bignum *a, const bignum *b)
{
    int i;

    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}
