/* __builtin_tgmath picks a function the way <tgmath.h> does; complex integer values
   convert to every floating complex type, long double included. */
#include <stdio.h>

static float sq_f(float x) { return x * x + 0.25f; }
static double sq_d(double x) { return x * x + 0.5; }
static long double sq_l(long double x) { return x * x + 0.75L; }
#define sq(x) __builtin_tgmath(sq_f, sq_d, sq_l, x)

/* Only the second parameter is generic. */
static float scale_f(int n, float x) { return n * x; }
static double scale_d(int n, double x) { return n * x * 10; }
static long double scale_l(int n, long double x) { return n * x * 100; }
#define scale(n, x) __builtin_tgmath(scale_l, scale_d, scale_f, n, x)

/* Real and complex variants, listed in any order. */
static double mag_d(double x) { return x < 0 ? -x : x; }
static double mag_cd(_Complex double z) { return __real__ z * __real__ z + __imag__ z * __imag__ z; }
static float mag_f(float x) { return x < 0 ? -x : x; }
static float mag_cf(_Complex float z) { return __real__ z + __imag__ z; }
static long double mag_l(long double x) { return -x; }
static long double mag_cl(_Complex long double z) { return __imag__ z; }
#define mag(x) __builtin_tgmath(mag_cd, mag_d, mag_f, mag_cl, mag_l, mag_cf, x)

/* Complex-only functions take real arguments too. */
static _Complex float twice_cf(_Complex float z) { return 2 * z; }
static _Complex double twice_cd(_Complex double z) { return 3 * z; }
static _Complex long double twice_cl(_Complex long double z) { return 4 * z; }
#define twice(x) __builtin_tgmath(twice_cf, twice_cd, twice_cl, x)

/* Narrowing functions: no float variant, so float arguments use the double one. */
static float narrow_d(double x) { return (float)(x / 3); }
static float narrow_l(long double x) { return (float)(x / 7); }
#define narrow(x) __builtin_tgmath(narrow_d, narrow_l, x)

static int calls;
static float counted(void) { calls++; return 1.5f; }

int main(void) {
  float f = 1.5f;
  double d = 2.5;
  long double ld = 3.5L;
  int i = 4;
  unsigned long long ull = 5;
  _Complex float cf = 1 + 2i;
  _Complex int ci = 3 - 4i;
  _Complex long long cll = 7 + 8i;

  printf("%zu %zu %zu %zu\n", sizeof sq(f), sizeof sq(d), sizeof sq(ld), sizeof sq(i));
  printf("%g %g %Lg %g %g\n", (double)sq(f), sq(d), sq(ld), sq(i), sq(ull));
  printf("%g %g %Lg %g\n", (double)scale(2, f), scale(2, d), scale(2, ld), scale(2, i));
  printf("%g %g %Lg %g %g %Lg\n", (double)mag(-f), mag(-d), mag(ld), mag(cf), mag(ci), mag((_Complex long double)cll));
  _Complex float a = twice(f);
  _Complex double b = twice(d);
  _Complex long double c = twice(ci);
  printf("%g%+gi %g%+gi %Lg%+Lgi\n", __real__ a, __imag__ a, __real__ b, __imag__ b, __real__ c, __imag__ c);
  printf("%zu %g %g %g\n", sizeof narrow(f), (double)narrow(f), (double)narrow(ld), (double)narrow(i));
  sq(counted());
  printf("argument evaluated %d time(s)\n", calls);

  /* Complex integer <-> complex long double and unsigned 64-bit parts. */
  _Complex long double wide = cll;
  _Complex unsigned long long big = 0;
  __real__ big = 18446744073709551615ull;
  __imag__ big = 9223372036854775809ull;
  _Complex long double from_big = big;
  _Complex long double huge = 1e19L + 9.3e18Li;
  _Complex unsigned long long back = huge;
  _Complex short small = -7.9L - 300.2Li;
  printf("%Lg%+Lgi %.20Lg %.20Lg\n", __real__ wide, __imag__ wide, __real__ from_big, __imag__ from_big);
  printf("%llu %llu %d %d\n", __real__ back, __imag__ back, __real__ small, __imag__ small);
  volatile long double edge = 9223372036854775808.0L, top = 18446744073709551615.0L, below = 9223372036854775807.0L;
  printf("%llu %llu %llu\n", (unsigned long long)edge, (unsigned long long)top, (unsigned long long)below);
  return 0;
}
