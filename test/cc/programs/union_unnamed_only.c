/* Initialising a union whose only members are unnamed bit-fields: there is nothing to
   set, so the braces are empty or their value is dropped (gcc warns and ignores it). */
#include <stdio.h>

struct holder { union { int : 3, : 5; }; int after; };

int main(void) {
  struct holder h = {{7}, 42};
  struct holder e = {{}, 9};
  union { int : 2; int v; } u = {5};
  printf("%d %d %d\n", h.after, e.after, u.v);
  return 0;
}
