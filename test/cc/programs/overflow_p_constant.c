/*
 * __builtin_{add,sub,mul}_overflow_p of constants is an integer constant expression, as
 * in gcc (gnulib's intprops.h uses it in static assertions and array sizes); with
 * variables it is computed at run time. Both must agree.
 */
#include <limits.h>
#include <stdio.h>

_Static_assert(__builtin_add_overflow_p(INT_MAX, 1, (int)0), "add");
_Static_assert(!__builtin_add_overflow_p(INT_MAX, 1, (long)0), "add long");
_Static_assert(__builtin_sub_overflow_p(0, 1, (unsigned)0), "sub unsigned");
_Static_assert(!__builtin_mul_overflow_p(-1, -1, (signed char)0), "mul char");
static char sized[__builtin_mul_overflow_p(1 << 20, 1 << 20, (int)0) ? 3 : 1];
enum { NEGATIVE = __builtin_sub_overflow_p(INT_MIN, 1, (int)0), WIDE = __builtin_mul_overflow_p(LLONG_MAX, 2ULL, (unsigned long long)0) };

int main(void) {
  static const long long values[] = { 0, 1, -1, 127, -128, 255, 32767, INT_MAX, INT_MIN, UINT_MAX, LLONG_MAX, LLONG_MIN };
  int n = sizeof values / sizeof values[0];
  unsigned sum = 0;
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) {
      volatile long long a = values[i], b = values[j];
      sum = sum * 3 + __builtin_add_overflow_p(a, b, (int)0) + 2 * __builtin_sub_overflow_p(a, b, (short)0)
          + 4 * __builtin_mul_overflow_p(a, b, (unsigned)0) + 8 * __builtin_mul_overflow_p(a, b, (long long)0);
    }
  }
  printf("sized %zu, NEGATIVE %d, WIDE %d, table %u\n", sizeof sized, NEGATIVE, WIDE, sum);
  return 0;
}
