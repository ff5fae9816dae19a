/* GNU untyped calls: a wrapper forwards whatever arguments it received and returns
   whatever the callee returned, without knowing either type. */
#include <stdio.h>

struct pair { long a; double b; };

static long add3(long a, long b, long c) { return a * 100 + b * 10 + c; }
static double mix(double x, int n, double y) { return x * n + y; }
static struct pair make(long a, double b) { struct pair p = { a * 2, b / 2 }; return p; }
static long many(long a, long b, long c, long d, long e, long f, long g, long h) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}
static int count_calls;
static int sum_var(int n, ...) { count_calls++; return n; }

static long forward_add3(long a, long b, long c) {
  void *args = __builtin_apply_args();
  a = b = c = 0;   /* the block holds the registers as they were on entry */
  __builtin_return(__builtin_apply((void (*)())add3, args, 0));
}

static double forward_mix(double x, int n, double y) {
  __builtin_return(__builtin_apply((void (*)())mix, __builtin_apply_args(), 16));
}

static struct pair forward_make(long a, double b) {
  __builtin_return(__builtin_apply((void (*)())make, __builtin_apply_args(), 0));
}

/* Two arguments go on the stack: 16 bytes of them are copied. */
static long forward_many(long a, long b, long c, long d, long e, long f, long g, long h) {
  __builtin_return(__builtin_apply((void (*)())many, __builtin_apply_args(), 16));
}

/* The same from a frame realigned for a 64-byte-aligned local. */
static long forward_many_aligned(long a, long b, long c, long d, long e, long f, long g, long h) {
  _Alignas(64) char line[64];
  line[0] = (char)((unsigned long)line % 64);
  if (line[0] != 0) return -1;
  __builtin_return(__builtin_apply((void (*)())many, __builtin_apply_args(), 16));
}

static void forward_twice(int n) {
  void *args = __builtin_apply_args();
  void *r1 = __builtin_apply((void (*)())sum_var, args, 0);
  void *r2 = __builtin_apply((void (*)())sum_var, args, 0);
  printf("twice: %d %d calls=%d\n", *(int *)r1, *(int *)r2, count_calls);
}

int main(void) {
  printf("%ld\n", forward_add3(1, 2, 3));
  printf("%g\n", forward_mix(1.5, 4, 0.25));
  struct pair p = forward_make(21, 5.0);
  printf("%ld %g\n", p.a, p.b);
  printf("%ld\n", forward_many(1, 2, 3, 4, 5, 6, 7, 8));
  printf("%ld\n", forward_many_aligned(1, 2, 3, 4, 5, 6, 7, 8));
  forward_twice(7);
  return 0;
}
