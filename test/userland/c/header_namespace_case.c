/*
 * <stdio.h>, <string.h>, <stdlib.h> and <time.h> give size_t and NULL but not the rest of
 * <stddef.h>, as glibc's do: a program may name its own ptrdiff_t, max_align_t and offsetof.
 * <stdlib.h> has glibc's BSD names strtoq and strtouq.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int ptrdiff_t;
typedef double max_align_t;
#define offsetof(type, member) ((size_t)(char *)&((type *)0)->member)

struct pair { char tag; long value; };

int main(void) {
  ptrdiff_t d = -3;
  max_align_t m = 2.5;
  size_t n = strlen("four");
  printf("%d %.1f %zu %zu %d\n", d, m, n, offsetof(struct pair, value), NULL == (void *)0);
  printf("%lld %llu\n", strtoq("-42", NULL, 10), strtouq("0x2a", NULL, 0));
  return 0;
}
