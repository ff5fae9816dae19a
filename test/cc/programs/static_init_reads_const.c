/* gcc folds reads of read-only objects (and of file-scope compound literals) inside static
   initializers, as an extension: their initial bytes are known at compile time. */
#include <stdio.h>

static const int width = 12;
static const double ratio = 0.75;
const short table[2][3] = {{1, 2, 3}, {40, 50, 60}};
static int target = 99;
const struct config { int id; int *where; long weight; } cfg = {7, &target, -5};

int area = width * width + 1;
double scaled = ratio * 8;
int picked = table[1][2] - table[0][1];
int *aim = cfg.where;
long heavy = cfg.weight * 3;
int literal = (int){42};
struct { unsigned bits : 5; } packed = {width + 3};

int main(void) {
  static long inner = width * 2L;
  printf("%d %g %d %d %ld %d %u %ld\n", area, scaled, picked, *aim, heavy, literal, packed.bits, inner);
  return 0;
}
