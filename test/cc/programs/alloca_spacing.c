/* Consecutive alloca blocks sit where gcc puts them: it reserves the request plus 8 bytes,
   rounded up to 16, so alloca(16) blocks are 32 bytes apart and alloca(3) ones 16. */
#include <stdio.h>
#include <alloca.h>

int main(void) {
  char *a = alloca(16), *b = alloca(16), *c = alloca(3), *d = alloca(3), *e = alloca(9), *f = alloca(40);
  printf("%ld %ld %ld %ld %ld\n", (long)(a - b), (long)(b - c), (long)(c - d), (long)(d - e), (long)(e - f));
  printf("%d\n", (int)((unsigned long)f % 16));
  return 0;
}
