/*
 * Static objects whose initializer stops early: the rest of the object is zero, however
 * big it is. The compiler keeps only the initialized prefix in memory (Obj.initData), so
 * this checks the zero tail is still emitted (.data and .bss), that constant reads past
 * the prefix fold to zero, and that padding, bit-fields and flexible array members at
 * the end keep their bytes.
 */
#include <stdio.h>
#include <string.h>

#define BIG (1 << 20)

int tail_data[BIG] = {1, 2, [BIG / 2] = 3};            /* nonzero at the start and middle */
long tail_bss[BIG] = {0};                                /* all zero: .bss */
static const int folded[100] = {7, 8};                   /* reads past the prefix: zero */
struct bits { int a; unsigned b : 3, c : 5; char pad[40]; };
struct bits b1 = {1, 2, 3};                              /* bit-fields, then zero padding */
struct flex { int n; int v[]; };
static struct flex fl = {2, {5, 0}};                     /* explicit zero at the end */
char text[1000] = "a short string";
double dtail[300] = {1.5};
struct ptrs { const char *name; void *p[20]; } ps = {"ps"};

static long sum_bytes(const void *p, size_t n) {
  const unsigned char *c = p;
  long s = 0;
  for (size_t i = 0; i < n; i++) s += c[i] * (long)(i % 251 + 1);
  return s;
}

int main(void) {
  printf("%d %d %d %d %d\n", tail_data[0], tail_data[1], tail_data[2], tail_data[BIG / 2], tail_data[BIG - 1]);
  printf("%ld %ld\n", sum_bytes(tail_data, sizeof tail_data), sum_bytes(tail_bss, sizeof tail_bss));
  printf("%d %d %d %d\n", folded[0], folded[1], folded[2], folded[99]);
  enum { FOLD = sizeof(folded) };
  printf("%d\n", FOLD);
  printf("%d %u %u %ld\n", b1.a, b1.b, b1.c, sum_bytes(&b1, sizeof b1));
  printf("%d %d %d\n", fl.n, fl.v[0], fl.v[1]);
  printf("%s %zu %ld\n", text, strlen(text), sum_bytes(text, sizeof text));
  printf("%g %g %ld\n", dtail[0], dtail[299], sum_bytes(dtail, sizeof dtail));
  printf("%s %p %ld\n", ps.name, ps.p[19], sum_bytes(ps.p, sizeof ps.p));
  return 0;
}
