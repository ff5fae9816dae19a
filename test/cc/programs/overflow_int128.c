/*
 * __builtin_{add,sub,mul}_overflow when __int128 is involved, as an operand
 * or as the result: every pair of a set of edge values (around 0, 2^63,
 * 2^64, 2^127 and the extremes), with each signedness of operands and
 * results from char to unsigned __int128. Each combination prints how many
 * overflowed and a hash of the stored results.
 */
#include <stdio.h>

typedef __int128 i128;
typedef unsigned __int128 u128;

#define U128(hi, lo) (((u128)(hi) << 64) | (unsigned long)(lo))

static const u128 values[] = {
    0, 1, 2, 3, (u128)-1, (u128)-2, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff,
    U128(1, 0), U128(1, 1), U128(0x7fffffffffffffff, -1), U128(0x8000000000000000, 0), U128(0x8000000000000000, 1),
    U128(0xffffffff, 0x12345678abcdef01), U128(0x4000000000000000, 0), U128(0xc000000000000000, 5), 0xdeadbeef,
    (u128)-0xdeadbeefLL, U128(0x1234, 0x5678),
};
#define N (sizeof values / sizeof values[0])

static unsigned long hash;
static int overflows;

static void mix(u128 v, int flag)
{
    hash = (hash ^ (unsigned long)v) * 0x100000001b3UL;
    hash = (hash ^ (unsigned long)(v >> 64)) * 0x100000001b3UL;
    overflows += flag;
}

#define SWEEP(op, TA, TB, TR)                                                  \
    do {                                                                       \
        hash = 0xcbf29ce484222325UL;                                           \
        overflows = 0;                                                         \
        for (unsigned i = 0; i < N; i++)                                       \
            for (unsigned j = 0; j < N; j++) {                                 \
                TR r = 0;                                                      \
                int f = __builtin_##op##_overflow((TA)values[i], (TB)values[j], &r); \
                int p = __builtin_##op##_overflow_p((TA)values[i], (TB)values[j], (TR)0); \
                mix((u128)r, f + 2 * p);                                       \
            }                                                                  \
        printf("%-4s %-10s %-10s -> %-10s %4d %016lx\n", #op, #TA, #TB, #TR, overflows, hash); \
    } while (0)

#define RESULTS(op, TA, TB)                                                    \
    SWEEP(op, TA, TB, i128);                                                   \
    SWEEP(op, TA, TB, u128);                                                   \
    SWEEP(op, TA, TB, long);                                                   \
    SWEEP(op, TA, TB, unsigned);                                               \
    SWEEP(op, TA, TB, signed char)

#define OPERANDS(op)                                                           \
    RESULTS(op, i128, i128);                                                   \
    RESULTS(op, u128, u128);                                                   \
    RESULTS(op, i128, u128);                                                   \
    RESULTS(op, u128, long);                                                   \
    RESULTS(op, long, unsigned long);                                          \
    RESULTS(op, int, i128)

int main(void)
{
    OPERANDS(add);
    OPERANDS(sub);
    OPERANDS(mul);
    return 0;
}
