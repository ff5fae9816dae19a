/* GNU builtins programs rely on: overflow-checked arithmetic, floating-point
 * classification, bit counting, and library builtins that must keep their prototypes. */
#include <limits.h>
int printf(const char *fmt, ...);

#define SHOW(call, res) do { int ovf_ = call; printf("%-40s %d %lld\n", #call, ovf_, (long long)(res)); } while (0)

static void overflow(void) {
  int i; unsigned u; long l; unsigned long ul; signed char sc; unsigned char uc; short sh;
  SHOW(__builtin_add_overflow(INT_MAX, 1, &i), i);
  SHOW(__builtin_add_overflow(-5, 3, &i), i);
  SHOW(__builtin_add_overflow(-5, 3, &u), u);
  SHOW(__builtin_sub_overflow(INT_MIN, 1, &i), i);
  SHOW(__builtin_sub_overflow(5u, 7u, &l), l);
  SHOW(__builtin_sub_overflow(0UL, ULONG_MAX, &l), l);
  SHOW(__builtin_add_overflow(ULONG_MAX, -1L, &ul), ul);
  SHOW(__builtin_mul_overflow(300, 2, &sh), sh);
  SHOW(__builtin_mul_overflow(200, 2, &uc), uc);
  SHOW(__builtin_mul_overflow(-64, 2, &sc), sc);
  SHOW(__builtin_mul_overflow(-64, 3, &sc), sc);
  SHOW(__builtin_mul_overflow(-1, 1u, &i), i);
  SHOW(__builtin_mul_overflow(-3L, 5UL, &l), l);
  SHOW(__builtin_mul_overflow(-3L, ULONG_MAX, &ul), ul);
  SHOW(__builtin_mul_overflow(ULONG_MAX, ULONG_MAX, &ul), ul);
  SHOW(__builtin_mul_overflow(LONG_MIN, -1L, &l), l);
  SHOW(__builtin_mul_overflow(1L << 40, 1L << 22, &l), l);
  SHOW(__builtin_sadd_overflow(INT_MAX - 1, 1, &i), i);
  SHOW(__builtin_uaddl_overflow(ULONG_MAX, 1UL, &ul), ul);
  SHOW(__builtin_smulll_overflow(1LL << 62, 2LL, (long long *)&l), l);
  printf("%d %d\n", __builtin_add_overflow_p(127, 1, (signed char)0), __builtin_mul_overflow_p(15, 17, (unsigned char)0));
}

static void classify(void) {
  volatile double zero = 0.0;
  double nan = __builtin_nan(""), inf = __builtin_inf();
  float finf = __builtin_inff();
  printf("nan: %d %d %d\n", __builtin_isnan(nan), __builtin_isnan(1.5), __builtin_isnan(zero / zero));
  printf("inf: %d %d %d %d\n", __builtin_isinf(inf), __builtin_isinf(-inf), __builtin_isinf(finf), __builtin_isinf(2.0));
  printf("finite: %d %d %d\n", __builtin_isfinite(inf), __builtin_isfinite(nan), __builtin_isfinite(-3.0));
  printf("signbit: %d %d %d %d\n", !!__builtin_signbit(-zero), !!__builtin_signbit(zero),
         !!__builtin_signbit(-1.0f), !!__builtin_signbitl(-2.0L));
  printf("huge: %g %g %Lg\n", __builtin_huge_val(), (double)__builtin_huge_valf(), __builtin_huge_vall());
  printf("unordered: %d %d\n", __builtin_isunordered(nan, 1.0), __builtin_isunordered(1.0, 2.0));
  printf("compare: %d %d %d %d %d\n", __builtin_isgreater(2.0, 1.0), __builtin_isless(nan, 1.0),
         __builtin_islessequal(1.0, 1.0), __builtin_isgreaterequal(0.5, 1.0), __builtin_islessgreater(3.0, 1.0));
  double samples[] = {0.0, -0.0, 1.0, -2.5, 2.2250738585072014e-308, 1e-310, 1.7976931348623157e308, inf, -inf, nan};
  for (int i = 0; i < 10; i++) printf("%d%d ", __builtin_fpclassify(0, 1, 2, 3, 4, samples[i]), __builtin_isnormal(samples[i]));
  printf("| %d %d %d\n", __builtin_fpclassify(0, 1, 2, 3, 4, 1e-40f), __builtin_fpclassify(0, 1, 2, 3, 4, 1e-4940L),
         __builtin_isnormal(1.0L));
}

static void *jump_buffer[5];

static void __attribute__((noinline)) bounce(int depth) {
  if (depth > 0) bounce(depth - 1);
  __builtin_longjmp(jump_buffer, 1);
}

int main(void) {
  volatile int tries = 0;
  if (__builtin_setjmp(jump_buffer) == 0) {
    tries++;
    bounce(3);
  }
  printf("setjmp came back after %d\n", tries);
  overflow();
  classify();
  printf("parity: %d %d %d\n", __builtin_parity(7), __builtin_parityl(3UL), __builtin_parityll(1ULL << 40));
  char buf[24];
  __builtin_memset(buf, '-', 4);
  buf[4] = 0;
  __builtin_strcat(buf, "tail");
  char *t = __builtin_strchr(buf, 't'); /* a char * result, not an int */
  printf("%s %s %d %d\n", buf, t, (int)__builtin_strlen(buf), __builtin_memcmp(buf, "----", 4));
  printf("%d %ld %lld\n", __builtin_abs(-4), __builtin_labs(-5L), __builtin_llabs(-6LL));
  printf("%ld %ld %ld\n", (long)__builtin_object_size(buf, 0), (long)__builtin_object_size(t, 0),
         (long)__builtin_object_size(t, 2));
  printf("%ld %ld %ld\n", (long)__builtin_dynamic_object_size(buf, 1), (long)__builtin_dynamic_object_size(t, 1),
         (long)__builtin_dynamic_object_size(t, 3));
  printf("%d\n", __builtin_expect_with_probability(9, 9, 0.5));
  return 0;
}
