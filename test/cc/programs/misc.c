int printf(const char *fmt, ...);
typedef int (*binop_t)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static const binop_t ops[] = { add, sub, mul };
struct ops_table { const char *name; binop_t fn; };
static struct ops_table named_ops[] = { { "add", add }, { .name = "mul", .fn = mul } };
int arr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int *mid = &arr[4];
static const char *const words[] = { "alpha", "beta", "gamma" };
struct config { char name[8]; int flags[3]; struct { short x, y; } pos; };
struct config cfgs[2] = { { "first", { 1, 2 }, { 3, 4 } }, [1] = { .name = "second", .pos.y = 9, .flags[2] = 7 } };
_Static_assert(sizeof(struct config) == 24, "config layout");
struct aligned { char c; int x __attribute__((aligned(16))); };
static int counter(void) { static int n = 10; return n++; }
static unsigned long fact(unsigned n) { return n <= 1 ? 1 : n * fact(n - 1); }
enum state { IDLE, RUNNING = 4, STOPPED };
static const char *state_name(enum state s) {
  switch (s) { case IDLE: return "idle"; case RUNNING: return "running"; case STOPPED: return "stopped"; }
  return "?";
}
static int dispatch(int i) {
  static void *labels[] = { &&l0, &&l1, &&l2 };
  goto *labels[i];
l0: return 100;
l1: return 101;
l2: return 102;
}
int main(void) {
  printf("ops %d %d %d %s=%d %s=%d\n", ops[0](6, 3), ops[1](6, 3), ops[2](6, 3), named_ops[0].name, named_ops[0].fn(2, 2), named_ops[1].name, named_ops[1].fn(3, 3));
  printf("mid %d %d %ld\n", *mid, mid[-1], (long)(mid - arr));
  printf("words %s %s %c\n", words[0], words[2], words[1][1]);
  printf("cfg %s %d %d %d %d | %s %d %d %d\n", cfgs[0].name, cfgs[0].flags[0], cfgs[0].flags[2], cfgs[0].pos.x, cfgs[0].pos.y, cfgs[1].name, cfgs[1].flags[2], cfgs[1].pos.x, cfgs[1].pos.y);
  printf("aligned %d %d %d\n", (int)sizeof(struct aligned), (int)_Alignof(struct aligned), (int)__builtin_offsetof(struct aligned, x));
  printf("static %d %d %d\n", counter(), counter(), counter());
  printf("fact %lu\n", fact(20));
  printf("enum %s %s %s\n", state_name(IDLE), state_name(RUNNING), state_name(STOPPED));
  printf("goto* %d %d %d\n", dispatch(0), dispatch(1), dispatch(2));
  int *lit = (int[]){ 5, 6, 7 };
  printf("literal %d %d\n", lit[0], lit[2]);
  __typeof__(lit[0]) t = 42;
  typeof(struct config) c2 = cfgs[1];
  printf("typeof %d %d %s\n", t, (int)sizeof(c2), c2.name);
  _Bool b1 = 5, b2 = 0;
  b2 = !b2;
  printf("bool %d %d %d\n", b1, b2, (int)sizeof(_Bool));
  unsigned char uc = 250;
  uc += 10;
  int ov = 0x7fffffff;
  unsigned uov = (unsigned)ov + 1u;
  printf("wrap %d %u %d\n", uc, uov, -7 >> 1);
  long long ll = 123456789LL * 1000;
  printf("ll %lld %lld %llu\n", ll, ll / 7, (unsigned long long)ll % 1000u);
  int i, j;
  for (i = 0, j = 10; i < j; i += 2, j--) ;
  printf("comma %d %d\n", i, j);
  int k = 0, evens = 0;
  do { k++; if (k & 1) continue; evens++; } while (k < 10);
  printf("do %d %d\n", k, evens);
  printf("builtins %d %d %d %d %d\n", __builtin_clz(1), __builtin_ctz(8), __builtin_popcount(0xff0f), __builtin_ffs(0x10), (int)__builtin_bswap32(0x01020304) == 0x04030201);
  printf("expect %d %d\n", __builtin_expect(k == 10, 1), __builtin_constant_p(3 * 4));
  char buf[16];
  char *bp = buf;
  for (const char *q = "copy"; (*bp++ = *q++); ) ;
  printf("copy %s %d\n", buf, (int)(bp - buf));
  int m[3][4];
  for (int a = 0; a < 3; a++) for (int b = 0; b < 4; b++) m[a][b] = a * 10 + b;
  int (*row)[4] = m + 1;
  printf("2d %d %d %d\n", (*row)[2], m[2][3], (int)sizeof(m[0]));
  const char *p1 = words[0], *p2 = words[1];
  printf("ptrcmp %d %d\n", p1 < p1 + 1, (p2 ? 1 : 0));
  short sh = -2;
  unsigned short ush = sh;
  printf("short %d %u %d\n", sh, ush, sh < ush);
  return 0;
}
