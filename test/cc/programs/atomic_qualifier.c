/* C11's _Atomic: the qualifier (also among pointer stars) and the _Atomic(type) specifier. */
#include <stdio.h>
_Atomic int counter;
_Atomic(long) total = 5;
struct s { _Atomic unsigned flags; int * _Atomic p; };
int main(void) {
  int x = 3;
  struct s v = { 1, &x };
  counter = 2;
  __atomic_fetch_add(&counter, 40, __ATOMIC_SEQ_CST);
  total += counter;
  printf("%d %ld %u %d %zu\n", counter, total, v.flags, *v.p, sizeof(_Atomic(char)));
  return 0;
}
