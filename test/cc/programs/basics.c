int printf(const char *fmt, ...);
typedef unsigned long size_t;
void *memset(void *s, int c, size_t n);
struct bits { unsigned a:3; int b:5; unsigned c:12; char d; long long e:33; };
union U { int i; char c[4]; float f; };
enum color { RED, GREEN = 5, BLUE };
struct inner { int x; int y[3]; };
struct outer { char tag; struct inner in; union { int ui; short us; }; struct { int anon_a, anon_b; }; };
static int counter;
int table[10] = { [0 ... 9] = 7, [3] = 1 };
const char *names[] = { "zero", "one", "two" };
struct outer g_outer = { 'x', { 1, { 2, 3, 4 } }, .ui = 9, .anon_b = 11 };
int (*fp)(const char *, ...) = printf;
static long sq(long x) { return x * x; }
int sum(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}
int main(void) {
  struct bits b;
  memset(&b, 0, sizeof b);
  b.a = 5; b.b = -3; b.c = 4095; b.d = 'q'; b.e = -5;
  printf("bits %u %d %u %c %lld size=%d\n", b.a, b.b, b.c, b.d, (long long)b.e, (int)sizeof(struct bits));
  b.b += 20;
  printf("b.b=%d\n", b.b);
  union U u; u.i = 0x41424344;
  printf("union %c %c %d\n", u.c[0], u.c[3], (int)sizeof u);
  printf("enum %d %d %d\n", RED, GREEN, BLUE);
  printf("table %d %d %d\n", table[0], table[3], table[9]);
  printf("names %s %s %d\n", names[1], names[2], (int)(sizeof names / sizeof names[0]));
  printf("outer %c %d %d %d %d %d\n", g_outer.tag, g_outer.in.x, g_outer.in.y[2], g_outer.ui, g_outer.anon_a, g_outer.anon_b);
  fp("fp %ld\n", sq(12));
  printf("sum %d\n", sum(5, 1, 2, 3, 4, 5));
  counter++; counter += 2; ++counter;
  printf("counter %d\n", counter);
  int arr[2][3] = { {1, 2, 3}, {4, 5, 6} };
  int *p = &arr[1][0];
  printf("arr %d %d %ld\n", arr[1][2], p[1], (long)(&arr[1][2] - &arr[0][0]));
  char s[] = "hello";
  printf("s %s %d\n", s, (int)sizeof s);
  unsigned char uc = 200; signed char sc = -100;
  printf("conv %d %d %u %d\n", uc + 100, sc - 100, (unsigned)(uc << 24), (int)(short)70000);
  long big = 0x123456789abLL;
  printf("big %lx %ld %d\n", big, big >> 8, (int)(big & 0xff));
  unsigned long ul = ~0UL;
  printf("ul %lu %lu %d\n", ul, ul / 3, (int)(ul % 7));
  int neg = -17;
  printf("div %d %d %u\n", neg / 4, neg % 4, (unsigned)neg / 4);
  int x = 10;
  int y = ({ int t = x * 2; t + 1; });
  printf("stmtexpr %d\n", y);
  x = x > 5 ? : 3;
  printf("elvis %d\n", x);
  switch (y) { case 0 ... 10: printf("low\n"); break; case 21: printf("21\n"); /* fall */ default: printf("dflt\n"); }
  for (int i = 0; i < 40; i += 7) {
    switch (i) { case 0: printf("c0 "); break; case 7: printf("c7 "); break; case 14: printf("c14 "); break;
      case 21: printf("c21 "); break; case 28: printf("c28 "); break; default: printf("d%d ", i); }
  }
  printf("\n");
  int k = 0;
  goto skip;
  k = 99;
skip:
  do { k++; } while (k < 5);
  while (1) { if (k > 8) break; k += 2; continue; }
  printf("k %d\n", k);
  struct inner in2 = (struct inner){ .x = 5, .y = { 9 } };
  struct inner in3 = in2;
  in3.y[1] = 8;
  printf("compound %d %d %d %d\n", in2.x, in2.y[0], in3.y[1], in2.y[1]);
  printf("offsetof %d %d\n", (int)__builtin_offsetof(struct outer, in.y[1]), (int)__builtin_offsetof(struct outer, anon_b));
  printf("logic %d %d %d %d\n", 3 && 0, 0 || 5, !7, ~5);
  char *str = "abc";
  int n = 0;
  while (*str++) n++;
  printf("strlen %d\n", n);
  return 0;
}
