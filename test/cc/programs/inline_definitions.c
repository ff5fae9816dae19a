/*
 * C99 inline rules in one file: a function is an external definition as soon as one
 * file-scope declaration lacks `inline` or says `extern`, even a declaration after the
 * body; `static inline` is private. Every call here must reach a definition.
 */
#include <stdio.h>

inline int twice(int x) { return 2 * x; }
int twice(int x); /* makes the body above the external definition */

extern inline int square(int x) { return x * x; }

static inline int cube(int x) { return x * x * x; }
static inline int unused(int x) { return x - 1; }

inline int add(int a, int b);
extern int add(int a, int b);
inline int add(int a, int b) { return a + b; }

int (*pick(int which))(int) { return which ? twice : square; }

int main(void) {
  printf("%d %d %d %d\n", twice(21), square(7), cube(3), add(40, 2));
  printf("%d %d\n", pick(1)(5), pick(0)(5));
#ifdef __GNUC_STDC_INLINE__
  puts("C99 inline semantics");
#endif
#ifdef __GNUC_GNU_INLINE__
  puts("GNU89 inline semantics");
#endif
  return twice(1) + add(1, 2) == 5 ? 0 : 1;
}
