/*
 * Locals that ask for more than the ABI's 16-byte stack alignment (_Alignas(32/64/128),
 * aligned(64), a struct with such a member) get it: the frame is realigned at run time.
 * Its functions still take variadic and memory arguments, recurse, and return.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

struct line { _Alignas(64) char c[64]; };
struct three { long a, b, c; };

static int misalignment(void *p, int a) { return (int)((uintptr_t)p % a); }

static int sum(int n, ...) {
  _Alignas(128) char buf[3];
  va_list ap;
  va_start(ap, n);
  int s = misalignment(buf, 128);
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static int deep(int d) {
  _Alignas(32) double x = d;
  __attribute__((aligned(64))) int y[3] = { d, d, d };
  struct line lines[2];
  if (misalignment(&x, 32) || misalignment(y, 64) || misalignment(lines, 64) || misalignment(&lines[1], 64)) return -1000;
  return d == 0 ? 0 : (int)x + y[2] + deep(d - 1);
}

static long in_memory(long a, long b, long c, long d, long e, long f, struct three s, char g, long double ld, long h) {
  _Alignas(64) char z = g;
  return misalignment(&z, 64) * 1000 + s.a + s.c + z + (long)ld + a + f + h + b + c + d + e;
}

int main(void) {
  _Alignas(64) char b[10];
  struct three s = { 10, 20, 30 };
  printf("%d %d %d\n", misalignment(b, 64), deep(10), sum(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  printf("%ld\n", in_memory(1, 2, 3, 4, 5, 6, s, 7, 100.0L, 1000));
  printf("%d\n", __builtin_return_address(0) != 0);
  return 0;
}
