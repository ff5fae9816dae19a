/* `x++` yields x's old value exactly: for a float `x + 1 - 1` is not x (at 2^24 the add
   rounds away, and -0.0 loses its sign), and the lvalue's address is computed once. */
#include <stdio.h>
#include <string.h>

static int n;
static float floats[3] = {16777216.0f, -0.0f, 2.5f};
static _Bool flags[3];
struct rec { int small : 4; double d; } recs[2];

int main(void) {
  float a = floats[n++]++;
  float b = floats[n++]--;
  printf("%.1f %.1f n=%d %.1f %.1f\n", a, b, n, floats[0], floats[1]);
  float z = -0.0f, old = z++;
  printf("signbit kept: %d\n", memcmp(&old, &(float){-0.0f}, sizeof old) == 0);
  n = 0;
  int f = flags[n++]++;
  int g = flags[n++]--;
  printf("%d %d n=%d %d %d\n", f, g, n, flags[0], flags[1]);
  struct rec *p = recs;
  int s = (p++)->small--;
  double d = (--p)->d++;
  printf("%d %g %d %g\n", s, d, recs[0].small, recs[0].d);
  return 0;
}
