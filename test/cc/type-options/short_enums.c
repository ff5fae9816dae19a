/* -fshort-enums: every enum is the smallest integer type holding its values, as a packed
   one is; records and arrays of them lay out accordingly. */
#include <stdio.h>

enum colour { RED, GREEN, BLUE };
enum big { SMALL = 1, LARGE = 40000 };
enum negative { MINUS = -1, PLUS = 1 };
struct pixel { enum colour c; enum negative n; enum big b; };

int main(void)
{
  enum colour palette[10];
  printf("%zu %zu %zu %zu %zu\n", sizeof(enum colour), sizeof(enum big), sizeof(enum negative), sizeof(struct pixel), sizeof palette);
  enum negative m = MINUS;
  printf("%d %d\n", m < 0, (int)(enum colour)258);
  return 0;
}
