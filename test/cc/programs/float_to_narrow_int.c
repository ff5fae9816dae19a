/* Floating values outside a narrow integer type's range: gcc converts through a 32-bit
   integer (SSE) or through the narrowest signed x87 store that covers the type, so the
   "integer indefinite" result shows up as these bits. */
#include <stdio.h>

static volatile double big = 1e10, neg = -5e9;
static volatile float fbig = 3e9f;
static volatile long double lbig = 123456789012345.0L, lneg = -70000.0L;

int main(void) {
  signed char c = big;
  unsigned char uc = neg;
  short s = fbig;
  unsigned short us = big;
  int i = big;
  printf("%d %d %d %d %d\n", c, uc, s, us, i);
  signed char lc = lbig;
  unsigned char luc = lneg;
  short ls = lneg;
  unsigned short lus = lbig;
  int li = lbig;
  unsigned lu = lbig;
  printf("%d %d %d %d %d %u\n", lc, luc, ls, lus, li, lu);
  return 0;
}
