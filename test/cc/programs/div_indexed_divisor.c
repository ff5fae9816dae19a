/* A divisor read from an array indexed by a variable (`x % d[i]`): the index register
   must survive the sign extension (cltd/cqo) or zeroing of %rdx that division needs. */
#include <stdio.h>

static int ints[] = {7, 3, 2, 5};
static unsigned uints[] = {7, 3, 2, 5};
static long longs[] = {7, 3, 2, 5};
static unsigned long ulongs[] = {7, 3, 2, 5};

int main(void) {
  volatile int n = 4;
  for (int i = 0; i < n; i++) {
    int x = 100 + i;
    unsigned u = 100u + i;
    long l = -100 - i;
    unsigned long ul = 1000ul + i;
    printf("%d %d %u %u %ld %ld %lu %lu\n", x / ints[i], x % ints[i], u / uints[i], u % uints[i],
           l / longs[i], l % longs[i], ul / ulongs[i], ul % ulongs[i]);
  }
  int acc[4] = {0, 0, 0, 0};
  for (int i = 0; i < n; i++) acc[i] = (acc[i] + 1 + i) % ints[i];
  printf("%d %d %d %d\n", acc[0], acc[1], acc[2], acc[3]);
  return 0;
}
