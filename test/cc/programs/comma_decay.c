/* The comma operator's value is not an lvalue: an array or a function on its right
   decays to a pointer (C11 6.5.17), which sizeof shows; the value is still usable. */
#include <stdio.h>

static int twice(int x) { return 2 * x; }
static void (*hook)(void);
static int table[10] = { 3, 1, 4, 1, 5, 9, 2, 6 };
char as_pointer_sized[sizeof (0, twice) == sizeof hook ? 1 : -1];

int main(void) {
  int side = 0;
  printf("%zu %zu %zu\n", sizeof (side, table), sizeof table, sizeof (0, twice));
  printf("%d %d\n", (side++, table)[5], (side++, twice)(21));
  int *p = (side, table) + 2;
  printf("%d %d\n", *p, side);
  return 0;
}
