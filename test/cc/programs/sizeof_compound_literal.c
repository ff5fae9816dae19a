/* `sizeof (type){...}` and `_Alignof (type){...}` take a compound literal as their operand
   (the element-counting idiom), unevaluated; a VLA type aligns as its elements, and an
   over-aligned member reports its declared alignment. */
#include <stdio.h>

struct pair { short a; long b; };
struct roomy { char c; _Alignas(64) int wide; };
static const unsigned long counted = sizeof (int[]){4, 5, 6, 7} / sizeof(int);

int main(int argc, char **argv) {
  int calls = 0;
  unsigned long n = sizeof (char[]){"hello"};
  unsigned long m = sizeof (struct pair){1, 2}.a;
  unsigned long k = sizeof (int[]){calls++, calls++, calls++};
  printf("%lu %lu %lu %lu calls=%d\n", counted, n, m, k, calls);
  struct roomy r;
  printf("%zu %zu %zu %zu %zu\n", _Alignof (struct pair){0}, _Alignof (char){1}, _Alignof (short[argc + 2]),
         _Alignof r.wide, _Alignof r.c);
  return 0;
}
