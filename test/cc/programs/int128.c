/* GNU __int128: arithmetic in 128 bits (including division and shifts across the
 * halves), comparisons, conversions to and from narrower integers and floating point,
 * static initializers, conditions, and the predeclared __int128_t/__uint128_t. */
int printf(const char *fmt, ...);

typedef unsigned long long u64;

static void show(const char *what, unsigned __int128 v) {
  printf("%-10s %016llx%016llx\n", what, (u64)(v >> 64), (u64)v);
}

static __int128 factorial(int n) {
  __int128 r = 1;
  for (int i = 2; i <= n; i++) r *= i;
  return r;
}

static __int128 big = (__int128)1 << 100;
static __int128 from_float = -12345.75;
static unsigned __int128 pattern = ((unsigned __int128)0xdeadbeefULL << 64) | 0xcafe;

int main(void) {
  __int128 a = big + 5;
  unsigned __int128 ones = ~(unsigned __int128)0;
  show("a", a);
  show("from_float", from_float);
  int table[4] = {10, 20, 30, 40};
  printf("%d\n", table[(__int128)2]);
  show("a*3-7", a * 3 - 7);
  show("ones", ones);
  show("pattern", pattern);
  show("30!", factorial(30));
  show("30!/p", factorial(30) / 1000000007);
  show("30!%p", factorial(30) % 1000000007);
  __int128 n = -factorial(25);
  show("n/7", n / 7);
  show("n%7", n % 7);
  show("n/-7", n / -7);
  show("-n", -n);
  show("n>>70", n >> 70);
  show("un>>70", (unsigned __int128)n >> 70);
  show("1<<64", (__int128)1 << 64);
  __uint128_t sq = 12345678901234567890ULL;
  sq *= sq;
  show("sq", sq);
  show("sq/3", sq / 3);
  printf("%d %d %d %d %d\n", a > 0, -a < 0, (int)(ones >> 120), ones > (unsigned __int128)a, n <= n);
  printf("%lld %d %d %d\n", (long long)(n >> 3), !a, (_Bool)(a - a), (int)sizeof(__int128_t));
  __int128 m = -5;
  m += 3;
  m ^= 0xff;
  m |= 0x100;
  m &= ~0x1LL;
  show("m", m);
  double d = -3.5e30;
  __int128 from_double = d;
  show("from -3.5e30", from_double);
  printf("%.6g %.6g %g\n", (double)from_double, (double)ones, (double)(__int128)-5);
  int steps = 0;
  for (__int128 k = 3; k; k--) steps++;
  printf("steps %d %s\n", steps, a ? "true" : "false");
  /* A 128-bit operation inside an asm operand needs its result slot like any other. */
  long moved;
  __asm__("mov %1, %0" : "=r"(moved) : "r"((long)(a * 3 + 7)));
  printf("asm operand %ld\n", moved);
  return 0;
}
