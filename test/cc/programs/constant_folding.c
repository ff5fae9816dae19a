/*
 * Integer constant expressions folded as they are built (compiler/cc/fold-int.ts): every
 * operator and conversion, the usual arithmetic conversions, and the values gcc gives
 * where C leaves them undefined (INT_MIN / -1, shift counts outside the width).
 */
#include <stdio.h>
#include <limits.h>

typedef unsigned long size_t;

#define SHOW(e) printf("%-28s %lld\n", #e, (long long)(e))
#define SHOWU(e) printf("%-28s %llu\n", #e, (unsigned long long)(e))

int main(void)
{
    volatile long x = 1000003;

    SHOW(2 + 3 * 4 - 5);
    SHOW(7 / 2 + -7 / 2 + 7 % -3 + -7 % 3);
    SHOW(~(size_t)15);
    SHOWU(~(size_t)15);
    SHOW(x & ~(size_t)15);
    SHOW(x * (2 + 3));
    SHOW((long)sizeof(int) * 4 + x);
    SHOW((1 << 20) - 1);
    SHOW(0u - 1);
    SHOW(0u - 1 > 0);
    SHOW(-1 < 0u);
    SHOW(-1L < 0u);
    SHOW((unsigned char)300 + (signed char)200);
    SHOW((short)70000 * 2);
    SHOW(INT_MAX + 1LL);
    SHOW(UINT_MAX * UINT_MAX);
    SHOW(LLONG_MIN - 1 + 0ULL);
    SHOW(!0 + !5 + !!7);
    SHOW((3 && 0) + (3 || 0) * 2 + (0 || 0) * 4);
    SHOW(-(-2147483647 - 1));
    SHOW(~0u >> 1);
    SHOW(-16 >> 2);
    SHOW(-16L >> 62);
    SHOW((0x12345678 ^ 0xff00ff00) | 0x0f);
    SHOW('a' + 1);
    SHOW((char)('z' + 10));
    SHOW(1 == 1.0 ? 10 : 20);
    SHOW((x + 0 * 7) * (1 << 3) / (10 - 2));
    /* Undefined in C; these are gcc's values for constants. */
    SHOW(INT_MIN / -1);
    SHOW(INT_MIN % -1);
    SHOW(LLONG_MIN / -1);
    SHOW(1 << 33);
    SHOW(1u >> 32);
    SHOW(-8 >> 40);
    SHOW(3L << 64);
    SHOW(-5L >> 70);
    SHOW(1 << -1);
    SHOW(5 >> -1);
    SHOW(0x7fffffff << 1);
    return 0;
}
