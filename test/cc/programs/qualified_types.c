/* Qualifiers below the top level tell types apart in _Generic and __builtin_types_compatible_p;
   ?: combines the pointees' qualifiers and prefers void *; casts drop top-level qualifiers. */
int printf(const char *fmt, ...);

#define KIND(x) _Generic((x), char *: "char *", const char *: "const char *", volatile int *: "volatile int *", \
  const volatile void *: "const volatile void *", void *: "void *", long *: "long *", \
  const volatile long *: "const volatile long *", int: "int", const int: "const int", default: "other")

enum small { A, B };

int main(void) {
  const int ci = 1;
  char *p = 0;
  const char *cp = 0;
  volatile int *vp = 0;
  printf("%s %s %s %s\n", KIND(p), KIND(cp), KIND(vp), KIND(ci));
  printf("%s %s\n", KIND((const int)5), KIND(*&ci));
  printf("%s %s\n", KIND(1 ? vp : (const void *)p), KIND(1 ? vp : (void *)0));
  printf("%s %s\n", KIND(0 ? (long volatile *)0 : (long const *)0), KIND(0 ? (long *)0 : (void *)0));
  printf("%d %d %d %d\n", __builtin_types_compatible_p(char *, const char *), __builtin_types_compatible_p(int, const int),
         __builtin_types_compatible_p(const char *, char const *), __builtin_types_compatible_p(enum small, unsigned int));
  typedef const int cint;
  cint *q = &ci;
  printf("%s %d\n", KIND(*q), __builtin_types_compatible_p(cint *, int *));
  return 0;
}
