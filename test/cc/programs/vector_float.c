/* GNU vectors of float and double: arithmetic, broadcast, comparisons with NaN, negation. */
#include <stdio.h>

typedef float f4 __attribute__((vector_size(16)));
typedef double d2 __attribute__((vector_size(16)));
typedef double d4 __attribute__((vector_size(32)));
typedef float f2 __attribute__((vector_size(8)));
typedef int i4 __attribute__((vector_size(16)));
typedef long long l2 __attribute__((vector_size(16)));

static d2 lerp(d2 a, d2 b, double t) { return a + (b - a) * t; }

int main(void) {
  f4 x = { 1.5f, -2.25f, 0.0f, 1e30f };
  f4 y = { 0.5f, 4.0f, -0.0f, 1e10f };
  f4 r = x * y + 1;
  printf("f4 %g %g %g %g\n", r[0], r[1], r[2], r[3]);
  r = x / y;
  printf("div %g %g %g %g\n", r[0], r[1], r[2], r[3]);
  r = -x;
  printf("neg %g %g %g %g\n", r[0], r[1], r[2], r[3]);
  f4 nan = { __builtin_nanf(""), 1.0f, 2.0f, __builtin_nanf("") };
  i4 m = nan < 1.5f;
  printf("lt %d %d %d %d\n", m[0], m[1], m[2], m[3]);
  m = nan == nan;
  printf("eq %d %d %d %d\n", m[0], m[1], m[2], m[3]);
  m = nan != nan;
  printf("ne %d %d %d %d\n", m[0], m[1], m[2], m[3]);
  m = nan >= 2.0f;
  printf("ge %d %d %d %d\n", m[0], m[1], m[2], m[3]);

  d2 a = { 1.0, 10.0 }, b = { 3.0, -10.0 };
  d2 mid = lerp(a, b, 0.25);
  printf("lerp %g %g\n", mid[0], mid[1]);
  l2 le = a <= b;
  printf("le %lld %lld\n", le[0], le[1]);
  d2 z = { 0.0, -0.0 };
  z = -z;
  printf("negzero %g %g\n", 1 / z[0], 1 / z[1]);
  d4 wide = { 1, 2, 3, 4 };
  wide = wide * wide - 0.5;
  printf("d4 %g %g %g %g\n", wide[0], wide[1], wide[2], wide[3]);
  f2 small = { 3.0f, 5.0f };
  small /= 2;
  printf("f2 %g %g\n", small[0], small[1]);
  small[0] = 0.125f;
  printf("lane %g\n", small[0] + small[1]);
  return 0;
}
