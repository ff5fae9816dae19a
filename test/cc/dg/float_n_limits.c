/* <float.h>'s TS 18661-3 characteristics of _Float32, _Float64, _Float32x and _Float64x. */
#define __STDC_WANT_IEC_60559_TYPES_EXT__
#include <float.h>
#include <stdio.h>
#include <string.h>

#define SHOW(P, T)                                                                       \
  printf(#P " %d %d %d %d %d %d %d\n", P##_MANT_DIG, P##_DIG, P##_MIN_EXP, P##_MIN_10_EXP, \
         P##_MAX_EXP, P##_MAX_10_EXP, P##_DECIMAL_DIG);                                  \
  printf("  %La %La %La %La\n", (long double)P##_MAX, (long double)P##_MIN,             \
         (long double)P##_EPSILON, (long double)P##_TRUE_MIN);                         \
  {                                                                                    \
    T s = P##_SNAN;                                                                    \
    unsigned char b[sizeof(T)];                                                        \
    memcpy(b, &s, sizeof b);                                                           \
    printf("  snan %02x%02x%02x\n", b[sizeof(T) == 16 ? 9 : sizeof(T) - 1],             \
           b[sizeof(T) == 16 ? 8 : sizeof(T) - 2], b[sizeof(T) == 16 ? 7 : sizeof(T) - 3]); \
  }

int main(void) {
  SHOW(FLT32, _Float32)
  SHOW(FLT64, _Float64)
  SHOW(FLT32X, _Float32x)
  SHOW(FLT64X, _Float64x)
  return 0;
}
