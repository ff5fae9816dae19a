/* A narrow bit-field keeps its width through `,`, `=`, `op=` and statement expressions,
   so the value promotes to int (gcc): `~(0, s.u)` is negative. */
#include <stdio.h>

struct narrow { unsigned u : 8; int i : 5; } s;
static int slot, cells[2] = {-6, -9};
static int next(void) { return ++slot; }

int main(void) {
  printf("%d\n", ~s.u < 0);
  printf("%d\n", ~(0, s.u) < 0);
  printf("%d\n", ~(s.u = 3) < 0);
  printf("%d\n", ~(s.u += 1) < 0);
  printf("%d\n", ~({ s.u; }) < 0);
  printf("%d\n", (int)sizeof((0, s.u) + 0));
  printf("%d %d\n", s.u, (s.i = 20, s.i));
  /* The right side goes first (it moves `slot`) and still divides as a signed int. */
  s.u = 2;
  cells[slot] /= (next(), s.u);
  printf("%d %d %d\n", cells[0], cells[1], slot);
  return 0;
}
