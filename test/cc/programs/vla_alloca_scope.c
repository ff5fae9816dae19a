/* Leaving a VLA's block gives its stack back, unless the block called alloca: alloca'd
   memory lives until the function returns, so then the block keeps its stack (as gcc). */
#include <stdio.h>
#include <string.h>

static int alloca_in_vla_scope(int n) {
  char *p, *q;
  {
    char vla[n];
    vla[0] = 0;
    p = __builtin_alloca(8);
    p[0] = 1;
    {
      char inner[n];
      inner[0] = 2;
      q = __builtin_alloca(16);
      memset(q, 3, 16);
    }
  }
  char *r = __builtin_alloca(256);
  memset(r, 0, 256);
  return p[0] * 10 + q[15];
}

/* Without alloca, a VLA in a loop reuses the same stack: a million 4 KiB arrays fit. */
static long vla_in_loop(int n) {
  long sum = 0;
  for (int i = 0; i < 1000000; i++) {
    char buf[n];
    buf[i % n] = (char)i;
    sum += buf[i % n];
  }
  return sum;
}

int main(void) {
  printf("%d\n", alloca_in_vla_scope(48));
  printf("%ld\n", vla_in_loop(4096));
  return 0;
}
