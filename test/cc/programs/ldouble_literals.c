/* long double literals keep all 64 bits of the x87 mantissa (not a double's 53), in code
 * and in static initializers, negated or not, decimal or hex. */
int printf(const char *fmt, ...);

long double tenth = 0.1L, minus = -3.3L, tiny = 1e-300L, hexed = 0x1.8p-3L, large = 12345678901234567890.0L;

int main(void) {
  long double a = 0.1L, third = 1.0L / 3, e = 2.718281828459045235360287471352662497757L;
  printf("%.25Lf %.25Lf %.30Lf\n", a, third, e);
  printf("%.25Lg %.25Lg %.25Lg %.25Lg %.25Lg\n", tenth, minus, tiny, hexed, large);
  printf("%.25Lg %.25Lg %d\n", -0.7L, 0.1L * 3, 0.1L == 0.1);
  /* Exponents far past the x87 range: zero and infinity, beyond a double's: exact. */
  printf("%Lg %Lg %.20Lg\n", 0x1.8p-123456789012345678903L, 0x1p+99999999L, 0x1p-16400L);
  return 0;
}
