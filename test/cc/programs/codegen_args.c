/* Call arguments loaded straight into their registers: evaluation order and extension as gcc. */
#include <stdio.h>
#include <string.h>
static int g = 1;
static volatile int vg = 5;
static long big = 0x123456789L;
static int bump(void) { return ++g; }
static void show(const char *tag, long a, int b, unsigned c, char d, unsigned char e, long f) { printf("%s %ld %d %u %d %u %ld\n", tag, a, b, c, d, e, f); }
static void six(int a, int b, int c, int d, int e, int f, int h, int i) { printf("%d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, h, i); }
int main(void) {
  int x = -7; unsigned u = 4000000000u; char c = -3; unsigned char uc = 250; char buf[8] = "abc";
  struct { int a; long b; } s = { -1, -2 };
  show("a", big, x, u, c, uc, -1L);
  show("b", g, bump(), g, 'x', 255, 0x7fffffffffL);
  show("c", bump(), g, bump(), c, uc, g);
  show(buf, s.b, s.a, vg, vg, 0, (long)&s == 0);
  six(g, x, bump(), g, s.a, 0, -2147483647 - 1, vg);
  printf("%s %zu %d\n", buf, strlen(buf), g);
  return 0;
}
