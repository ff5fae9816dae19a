/* memset with a length written as 0 and a value that is not: the two were most likely swapped (-Wmemset-transposed-args, in -Wall). */
#include <string.h>

void clear(char *buf, int *ints, unsigned long n, int c) {
  memset(buf, 1, 0);
  memset(buf, n, 0);
  memset(buf, 'a', 0);
  memset(ints, sizeof *ints, 0);
  memset(buf, c, 0L);
  memset(buf, 1, '\0');
  /* not warned: both zero, a length that is not a lone zero, the usual order */
  memset(buf, 0, 0);
  memset(buf, 1, (0));
  memset(buf, '\0', 0);
  memset(buf, 1, 0 + 0);
  memset(buf, 0, n);
  memset(ints, 0, sizeof *ints);
}
