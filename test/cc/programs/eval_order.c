/* Operand evaluation order, observable through calls that print: gcc goes left to right
   for binary operators (and `a > b` too), evaluates the right side of `A op= B` first,
   and reads a plain variable on the left of a commutative operator last; a called expression
   with side effects is computed before the arguments. */
#include <stdio.h>

static int counter;
static int trace(int v) { printf("%d ", v); return v; }
static double traced(int v) { printf("d%d ", v); return v; }
static long double tracel(int v) { printf("l%d ", v); return v; }
static int cells[8];
static int *cell(int i) { printf("c%d ", i); return &cells[i]; }
static int bump(void) { counter += 10; return 1; }
typedef int (*unary)(int);
static unary choose(int which) { printf("choose%d ", which); return trace; }

int main(void) {
  int r = trace(1) + trace(2) * trace(3);
  printf("= %d\n", r);
  r = trace(4) - trace(5);
  printf("= %d\n", r);
  r = (trace(6) < trace(7)) + (trace(8) > trace(9)) + (trace(1) >= trace(2));
  printf("= %d\n", r);
  r = trace(3) << trace(1) | trace(2) / trace(1) % trace(7);
  printf("= %d\n", r);
  printf("= %g\n", traced(1) / traced(4) - traced(2));
  printf("= %d\n", (int)(tracel(9) - tracel(3) * tracel(2)));
  printf("= %d\n", *(cell(1) + trace(2)) + *cell(3));
  printf("= %d\n", (int)(cell(5) - cell(2)));
  *cell(4) = trace(7);
  printf("assign\n");
  *cell(4) += trace(8);
  printf("compound %d\n", cells[4]);
  counter = 1;
  r = counter - bump();
  printf("sub %d\n", r);
  counter = 1;
  r = counter + bump();
  printf("add %d\n", r);
  counter = 1;
  counter -= bump();
  printf("sub-assign %d\n", counter);
  double d = 2;
  d -= traced(5);
  printf("double %g\n", d);
  r = choose(1)(trace(3));
  printf("callee first %d\n", r);
  r = choose(2)(choose(3)(trace(4)));
  printf("nested %d\n", r);
  return 0;
}
