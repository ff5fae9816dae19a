/* GNU complex integer division, (a + bi) / (c + di) = ((ac + bd) + (bc - ad)i) / (c^2 + d^2)
   truncated, in every part width; at run time, in static initializers, and folded in an
   `if` (gcc folds a constant complex comparison even at -O0). */
#include <stdio.h>

extern void never_defined(void);

#define SHOW(T, fmt, x, y)                                                   \
  do {                                                                       \
    volatile _Complex T a = (x), b = (y);                                    \
    _Complex T q = a / b;                                                    \
    printf(#T ": " fmt " " fmt "\n", __real__ q, __imag__ q);               \
  } while (0)

static _Complex int folded = (_Complex int)(30 + 40i) / (_Complex int)(5i);

int main(void) {
  SHOW(int, "%d", 14 + 6i, 7 + 3i);
  SHOW(int, "%d", 30 + 40i, 5i);
  SHOW(int, "%d", -17 + 9i, 2 - 3i);
  SHOW(long, "%ld", 1000000007L + 3i, 10 + 1i);
  SHOW(unsigned, "%u", 100 + 50i, 5 + 0i);
  SHOW(short, "%d", 300 + 7i, 3 + 1i);
  SHOW(unsigned char, "%d", 200 + 10i, 2 + 1i);
  SHOW(signed char, "%d", -100 + 20i, 3 - 1i);
  printf("static: %d %d\n", __real__ folded, __imag__ folded);
  /* `_Complex unsigned` and `_Complex signed` are integer types, not _Complex double. */
  printf("%d %d %d\n", (int)sizeof(_Complex unsigned), (int)sizeof(_Complex signed), (int)sizeof(unsigned _Complex));
  if ((_Complex int)(8 + 24i) / (_Complex int)(4 + 12i) != (_Complex int)2) never_defined();
  if ((_Complex int)(3 + 4i) * (_Complex int)(2 + 5i) != (_Complex int)(-14 + 23i)) never_defined();
  return 0;
}
