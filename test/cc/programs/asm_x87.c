/* x87 stack operands in inline asm ("t" = %st(0), "u" = %st(1)), as glibc's math inlines use them. */
int printf(const char *fmt, ...);

static long double arctan2(long double y, long double x) {
  long double v;
  __asm__("fpatan" : "=t"(v) : "0"(x), "u"(y) : "st(1)"); /* fpatan pops %st(1) itself */
  return v;
}

static double root(double x) {
  double r;
  __asm__("fsqrt" : "=t"(r) : "0"(x));
  return r;
}

static float negate(float x) {
  __asm__("fchs" : "+t"(x));
  return x;
}

static long double sum(long double a, long double b) {
  long double r;
  __asm__("fadd %2, %0" : "=t"(r) : "0"(a), "u"(b)); /* b stays on the stack: the compiler pops it */
  return r;
}

int main(void) {
  for (int i = 0; i < 3; i++) /* repeated: a leftover x87 register would overflow the stack */
    printf("%.6Lf %.6f %.2f %.3Lf\n", arctan2(1, 1 + i), root(2.0 + i), negate(1.5f + i), sum(1.25L, 2.5L * i));
  return 0;
}
