/* A quiet NaN argument raises no floating-point exception in <math.h>'s functions
   (glibc's behaviour): the library's own tests on it must be quiet comparisons, now
   that `<` and `>` raise FE_INVALID on a NaN as C requires. */
#define _GNU_SOURCE
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static volatile double d;
static volatile float f;
static volatile long double l;

#define CHECK(call)                                                          \
  do {                                                                       \
    volatile long double r;                                                  \
    feclearexcept(FE_ALL_EXCEPT);                                            \
    r = call;                                                                \
    printf("%-16s %s %#x\n", #call, isnan(r) ? "nan" : "num", fetestexcept(FE_ALL_EXCEPT)); \
  } while (0)

int main(void) {
  d = __builtin_nan("");
  f = __builtin_nanf("");
  l = __builtin_nanl("");
  CHECK(floor(d)); CHECK(ceil(d)); CHECK(trunc(d)); CHECK(round(d)); CHECK(rint(d));
  CHECK(nearbyint(d)); CHECK(exp10(d)); CHECK(log1p(d)); CHECK(pow(100.0, d)); CHECK(pow(d, 3.0));
  CHECK(sin(d)); CHECK(cos(d)); CHECK(exp(d)); CHECK(log(d)); CHECK(sqrt(d)); CHECK(atan(d));
  CHECK(floorf(f)); CHECK(roundf(f)); CHECK(log1pf(f)); CHECK(sinf(f)); CHECK(powf(2.0f, f));
  CHECK(floorl(l)); CHECK(ceill(l)); CHECK(rintl(l)); CHECK(sinl(l)); CHECK(powl(2.0L, l)); CHECK(exp10l(l));
  return 0;
}
