/* Unary plus on the arithmetic types kept in structs inside: __int128 and complex. */
#include <stdio.h>

static __int128 wide(__int128 c) { return +c; }
static unsigned __int128 uwide(unsigned __int128 c) { return +c + 1; }
static _Complex double cplx(_Complex double z) { return +z * 2; }

int main(void) {
  __int128 big = (__int128)1 << 100;
  __int128 x = wide(-5) + +big;
  _Complex double z = cplx(1.5 + 2.0i);
  printf("%d %d %d %g %g\n", (int)x, (int)(x >> 100), (int)uwide(41), __real__ z, __imag__ z);
  return 0;
}
