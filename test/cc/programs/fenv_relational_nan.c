/* Relational operators on a NaN raise FE_INVALID (C11 F.9.3); == and != and the
   isgreater family are quiet comparisons and raise nothing. */
#include <stdio.h>

static volatile float nf = __builtin_nanf(""), f1 = 1.0f;
static volatile double nd = __builtin_nan(""), d1 = 1.0;
static volatile long double nl = __builtin_nanl(""), l1 = 1.0L;

#include "invalid_flag.h"

#define PROBE(a, b)                                                             \
  do {                                                                          \
    int r;                                                                      \
    clear_invalid();                                                           \
    r = a < b; printf("%s < : %d %d\n", #a, r, invalid_raised());                       \
    r = a <= b; printf("%s <=: %d %d\n", #a, r, invalid_raised());                      \
    r = a > b; printf("%s > : %d %d\n", #a, r, invalid_raised());                       \
    r = b >= a; printf("%s >=: %d %d\n", #a, r, invalid_raised());                      \
    r = a == b; printf("%s ==: %d %d\n", #a, r, invalid_raised());                      \
    r = a != b; printf("%s !=: %d %d\n", #a, r, invalid_raised());                      \
    r = __builtin_isless(a, b); printf("%s isless: %d %d\n", #a, r, invalid_raised());   \
    r = __builtin_islessgreater(a, b); printf("%s islg: %d %d\n", #a, r, invalid_raised()); \
    r = __builtin_isunordered(a, b); printf("%s isun: %d %d\n", #a, r, invalid_raised()); \
    r = __builtin_isinf(a) + __builtin_isfinite(a); printf("%s isinf: %d %d\n", #a, r, invalid_raised()); \
    if (a > b) r = 7; else r = 8; printf("%s if>: %d %d\n", #a, r, invalid_raised());   \
  } while (0)

int main(void) {
  PROBE(nf, f1);
  PROBE(nd, d1);
  PROBE(nl, l1);
  PROBE(f1, f1);
  PROBE(d1, nd);
  return 0;
}
