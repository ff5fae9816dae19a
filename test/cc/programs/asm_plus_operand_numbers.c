/* A '+' asm operand also counts as a hidden input, numbered after the explicit inputs,
   and asm goto labels are numbered after those (gcc's numbering). */
#include <stdio.h>

static int bump(int x, int add) {
  /* %0 is x (read-write), %1 is add, %2 is x's hidden input: the same register as %0. */
  __asm__("addl %1, %0\n\taddl %2, %0" : "+r"(x) : "r"(add));
  return x;
}

static int skip_if_zero(int v) {
  int calls = 0;
  __asm__ goto("testl %0, %0\n\tjz %l2" : "+r"(v) : : "cc" : zero);
  calls += 10;
zero:
  calls += v;
  __asm__ goto("incl %0\n\tincl %1\n\tjmp %l[out]" : "+r"(calls), "+r"(v) : : : out);
  calls += 1000;
out:
  return calls + v;
}

int main(void) {
  printf("%d %d %d\n", bump(5, 3), skip_if_zero(0), skip_if_zero(7));
  return 0;
}
