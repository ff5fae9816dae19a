/*
 * The unsigned big integers of the exact conversions (strtod.c, strtold.c): 32-bit
 * little-endian words, w[n - 1] != 0 (n = 0 for zero).
 */
#ifndef _BIGNUM_H
#define _BIGNUM_H

#include <stdint.h>

/*
 * The largest operand any conversion makes: strtold's 5^16552 (~38440 bits) or 11601
 * digits (~38540 bits), plus 68 bits of quotient (strtod needs 320 words).
 */
#define BIG_WORDS 1220

typedef struct {
    uint32_t w[BIG_WORDS];
    int n;
} bignum;

void __big_set(bignum *b, uint64_t v);
/* b = b * mul + add. */
void __big_mul_add(bignum *b, uint32_t mul, uint32_t add);
/* b <<= k. */
void __big_shl(bignum *b, long k);
/* -1, 0 or 1 as a < b, a == b or a > b. */
int __big_cmp(const bignum *a, const bignum *b);

#endif
