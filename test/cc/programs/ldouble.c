int printf(const char *fmt, ...);
long double g_ld = 1.5L;
static long double half(long double x) { return x / 2; }
static long double mix(int a, long double b, double c, long double d) { return a + b * c - d; }
static long double sum(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long double s = 0;
  for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, long double);
  __builtin_va_end(ap);
  return s;
}
struct holder { char tag; long double v; };
static long double get(struct holder h) { return h.v * 3; }
int main(void) {
  long double a = 10.0L, b = 4;
  printf("%Lf %Lf %Lf %Lf\n", a + b, a - b, a * b, a / b);
  printf("%d %d %d %d %d\n", a < b, a > b, a == 10, a != b, !a);
  printf("%Lf %Lf\n", half(g_ld), mix(2, a, 0.5, b));
  printf("%Lf\n", sum(3, 1.25L, 2.5L, 3.0L));
  struct holder h = { 'x', 2.5L };
  printf("%Lf %d\n", get(h), (int)sizeof(struct holder));
  long l = (long)(a * 3.7L);
  unsigned long ul = (unsigned long)a;
  double d = (double)(a / 3);
  float f = (float)b;
  printf("%ld %lu %f %f %Lf\n", l, ul, d, f, (long double)-7);
  long double x = 0;
  for (int i = 0; i < 10; i++) x += i;
  x;
  printf("%Lf %Lf\n", x, -x);
  return (int)x;
}
