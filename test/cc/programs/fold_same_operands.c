/* `E != E` (and `E == E`) on one side-effect-free integer expression is a constant, as
   gcc folds it even at -O0: the dead call to an undefined function must not be compiled.
   Volatile reads and calls are never folded. */
#include <stdio.h>

extern void never_defined(void);

static int calls;
static int next(void) { return ++calls; }

static void check(int a, int b, unsigned u, long *p, volatile int *v) {
  if ((a < b) != (b > a)) never_defined();
  if ((a <= b) != (b >= a)) never_defined();
  if (a + 1 != a + 1) never_defined();
  if (!((a & b) == (a & b))) never_defined();
  if (u != u) never_defined();
  if (p[1] != p[1]) never_defined();
  if ((long)a * 3 != (long)a * 3) never_defined();
  printf("volatile: %d\n", *v != *v);
  printf("calls: %d\n", next() != next());
}

int main(void) {
  long x[2] = {1, 2};
  volatile int v = 5;
  check(1, 2, 3u, x, &v);
  return 0;
}
