/* Constant long double initializers are folded in the x87's 64-bit precision, as gcc does. */
int printf(const char *fmt, ...);
void *memcpy(void *d, const void *s, unsigned long n);

static long double third = 1.0L / 3.0L;
static long double tenth_sum = 0.1L + 0.2L;
static long double past_double = 1e308L * 10.0L;
static long double all_ones = (long double)0xffffffffffffffffULL;
static long double tiny_step = (1.0L + 0x1p-60L) - 1.0L;
static long double via_double = (double)(1.0L / 3.0L);
static long double via_float = 2.0f / 3.0f;
static long double neg_zero = -0.0L;
static long double underflow = 1e-4000L * 1e-4000L + 2.0L;
static long double table[] = { 1.0L / 7, -2.0L / 7, 355.0L / 113 - 3 };
const long double product = 2.0L * 1.1L;

static void show(const char *name, long double v) {
  unsigned char b[10];
  memcpy(b, &v, 10);
  printf("%-12s", name);
  for (int i = 9; i >= 0; i--) printf("%02x", b[i]);
  printf(" %.21Lg\n", v);
}

int main(void) {
  show("third", third);
  show("tenth_sum", tenth_sum);
  show("past_double", past_double);
  show("all_ones", all_ones);
  show("tiny_step", tiny_step);
  show("via_double", via_double);
  show("via_float", via_float);
  show("neg_zero", neg_zero);
  show("underflow", underflow);
  for (int i = 0; i < 3; i++) show("table", table[i]);
  show("product", product);
  long double runtime = 1.0L;
  runtime /= 3;
  printf("%d\n", runtime == third);
  return 0;
}
