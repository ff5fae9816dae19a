/*
 * A decimal constant without `u` past LLONG_MAX: gcc types it __int128 (and warns that it
 * is "so large that it is unsigned"); one past 64 bits keeps its low 64 bits. Its type
 * shows in sizeof, in signed comparisons after negation, and in constant expressions:
 * static initializers, case labels and array sizes.
 */
#include <stdio.h>

static __int128 wide = 9223372036854775808;
static long folded = 9223372036854775808;
static unsigned long long all_ones = 18446744073709551615;
static long long most_negative = -9223372036854775808LL;
static unsigned long table[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 9223372036854775808, 20 };
static char sized[9223372036854775808 > 0 ? 3 : 1];

static int which(unsigned long v) {
  switch (v) {
  case 9223372036854775808: return 1;
  case 18446744073709551615: return 2;
  }
  return 0;
}

int main(void) {
  printf("%zu %zu %zu\n", sizeof(9223372036854775808), sizeof(18446744073709551615l), sizeof(0xffffffffffffffff));
  printf("%d %ld %llu %lld %lu %zu\n", (int)(wide >> 63), folded, all_ones, most_negative, table[18], sizeof sized);
  printf("%d %d %d\n", which(9223372036854775808u), which(18446744073709551615u), which(3));
  long long m = -9223372036854775808;
  printf("%lld %d %d\n", m, -9223372036854775808 < 0, 18446744073709551615 == -1);
  printf("%llu %d\n", (unsigned long long)(18446744073709551615 / 3), (int)18446744073709551617);
  printf("%zu\n", sizeof(18446744073709551616));
  return 0;
}
