/*
 * An __int128 beside a floating operand converts to the floating type (C's usual
 * arithmetic conversions): `i * 0.5` is a double, in +, -, *, /, comparisons, compound
 * assignment and _Generic; it was done as 128-bit integer arithmetic.
 */
#include <stdio.h>

int main(void) {
  __int128 i = 1;
  double d = 0.5;
  unsigned __int128 u = 3;
  float f = -1.5f;
  printf("%g %g %g %g %d %d\n", (double)(d + i), (double)(i * d), (double)(u / 2.0), (double)(i - 0.25), f < u, (long double)2.5L * i > 2);
  __int128 k = 3;
  k *= 0.5;
  printf("%lld\n", (long long)k);
  k = 10;
  k /= 4.0;
  printf("%lld %g\n", (long long)k, (double)(k - 0.25));
  printf("%d %d %d\n", _Generic(f + i, float: 1, __int128: 2, default: 3), _Generic(i + 1.0L, long double: 1, default: 0), _Generic(i + i, __int128: 1, default: 0));
  printf("%d %d\n", i == 1.0, u > 2.5f);
  return 0;
}
