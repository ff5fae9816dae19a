/* errno after <math.h>'s domain and range errors (and none for NaN or an exact
   infinity), as glibc sets it: sqrt of a negative is EDOM, exp2/expm1 of +inf are not
   range errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>

static volatile double d;
static volatile int i = 100;

#define T(call) do { volatile double r; errno = 0; r = call; (void)r; printf(" %s=%d", #call, errno); } while (0)

int main(void) {
  static const double values[] = {__builtin_nan(""), -1e80, 1e80, -__builtin_inf(), __builtin_inf(), -0.0};
  for (unsigned k = 0; k < sizeof values / sizeof values[0]; k++) {
    d = values[k];
    printf("%g:", values[k]);
    T(acos(d)); T(asin(d)); T(acosh(d)); T(atanh(d)); T(cosh(d)); T(sinh(d)); T(log(d));
    T(log2(d)); T(log10(d)); T(log1p(d)); T(exp(d)); T(exp2(d)); T(expm1(d)); T(sqrt(d));
    T(pow(100.0, d)); T(pow(i, d));
    printf("\n");
  }
  return 0;
}
