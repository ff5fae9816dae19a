/* Static long double initializers below LDBL_MIN keep their subnormal value (the exact
   80-bit image), rounded to the subnormal grid when computed, instead of the double
   approximation (which is zero down there). */
#include <stdio.h>

static long double table[] = {
  3.64519953188247460252840593361941982e-4951L, /* LDBL_TRUE_MIN */
  -2e-4950L,
  3.6e-4951L * 3,
  1e-4940L / 7,
  1.9e-4951L, /* rounds up to LDBL_TRUE_MIN */
  1.5e-4951L, /* below half of it: zero */
  3.3621031431120935062e-4932L * 0.999L,
  (long double)1e-310,
};
static volatile long double true_min = 3.64519953188247460252840593361941982e-4951L;

int main(void) {
  for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++) printf("%La\n", table[i]);
  printf("%d\n", __builtin_fpclassify(0, 1, 4, 3, 2, true_min));
  return 0;
}
