/*
 * long double to __int128 keeps the 64-bit significand (it went through a double:
 * (__int128)1e30L lost its low bits), at run time and in static initializers.
 */
#include <stdio.h>
static __int128 a = 1e30L, b = -123456789012345678901234567.0L;
static unsigned __int128 c = 1.7e38L, d = 0.9L, e = 18446744073709551617.0L;
static __int128 f = (__int128)-2.5L;
#define P(x) printf("%016llx%016llx\n", (unsigned long long)((x) >> 64), (unsigned long long)(x))
int main(void) {
  P(a); P(b); P(c); P(d); P(e); P(f);
  volatile long double z = 0.0L, tiny = 1e-4000L, n = -1.0L, big = 0x1p64L, half = 0x1.8p0L, m = -0x1p100L;
  __int128 r;
  r = z; P(r); r = tiny; P(r); r = n; P(r); r = big; P(r); r = half; P(r); r = m; P(r);
  unsigned __int128 ur = 0x1.fffffffffffffffep127L; P(ur);
  volatile long double x = 0x1.fffffffffffffffep127L; ur = x; P(ur);
  volatile float fl = 3e30f; r = fl; P(r);
  return 0;
}
