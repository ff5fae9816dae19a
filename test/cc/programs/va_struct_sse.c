/* va_arg of a 12-byte all-float struct: two SSE eightbytes reassembled in a 16-byte temporary. */
#include <stdarg.h>
int printf(const char *fmt, ...);

struct triple { float a[3]; };

static int check(int z, ...) {
  va_list ap;
  struct triple t;
  int seen = 0;
  va_start(ap, z);
  for (int i = 2; i < 4; i++) {
    switch ((z << 4) | i) {
    case 0x12:
    case 0x13:
      t = va_arg(ap, struct triple);
      seen++;
      printf("%g %g %g\n", t.a[0], t.a[1], t.a[2]);
      break;
    default:
      printf("lost at %d\n", i);
    }
  }
  va_end(ap);
  return seen;
}

int main(void) {
  struct triple one = { { 1, 2, -49026 } }, two = { { 4, 5, 6 } };
  printf("%d\n", check(1, one, two));
  return 0;
}
