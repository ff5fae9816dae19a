/* __builtin_clrsb* (redundant sign bits), the float-classification builtins' f/l forms */
int printf(const char *fmt, ...);

int main(void) {
  int v[] = { 0, -1, 1, 5, -5, 0x7fffffff, -0x7fffffff - 1, 0x10000 };
  for (int i = 0; i < 8; i++)
    printf("%d %d %d|", __builtin_clrsb(v[i]), __builtin_clrsbl((long)v[i] << 20), __builtin_clrsbll(v[i]));
  volatile float f = 1.0f / 0.0f;
  volatile double d = -1.0 / 0.0;
  volatile long double l = 3;
  printf("\n%d %d %d %d %d\n", __builtin_isinff(f), __builtin_isinfl(l), __builtin_isinf_sign(f), __builtin_isinf_sign(d),
         __builtin_isinf_sign(l));
  printf("%d %d %d %d\n", __builtin_finite(d), __builtin_isnanf(f - f), __builtin_finitel(l), __builtin_isnanl(l));
  return 0;
}
