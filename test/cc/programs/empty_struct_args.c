/* Empty structs (a GNU extension) travel in nothing: no register, no stack slot. */
#include <stdarg.h>
int printf(const char *fmt, ...);

struct none { char bytes[0]; };
struct three { char c[3]; };

static int after_empty(struct none a, int x, struct none b, long y) {
  (void)a;
  (void)b;
  return x * 100 + (int)y;
}

static struct none make_none(void) {
  struct none n;
  return n;
}

static void list(int count, ...) {
  va_list ap;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    struct three t = va_arg(ap, struct three);
    int k = va_arg(ap, int);
    printf("%c%c%c %d\n", t.c[0], t.c[1], t.c[2], k);
  }
  va_end(ap);
}

int main(void) {
  struct none z = make_none();
  struct three a = { { 'a', 'b', 'c' } }, b = { { 'x', 'y', 'z' } };
  printf("%d %d\n", (int)sizeof z, after_empty(z, 4, z, 2));
  list(2, a, 1, b, 2);
  return 0;
}
