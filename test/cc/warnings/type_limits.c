/* Comparisons decided by a type's range (-Wtype-limits, on with -Wextra): unsigned values against 0, narrow ones against constants outside their range. */
#include <stddef.h>
enum e { A, B };
int g(unsigned u, size_t n, int i, unsigned char uc, char c, unsigned short us, short s, enum e en, _Bool b, unsigned long long ull, signed char sc) {
  int r = 0;
  if (uc < 0) r++;
  if (uc >= 0) r++;
  if (us < 0) r++;
  if (n <= 0) r++;
  if (n > 0) r++;
  if (0 < n) r++;
  if (0 >= n) r++;
  if (en < 0) r++;
  if (en >= 0) r++;
  if (b < 0) r++;
  if (ull < 0) r++;
  if ((unsigned)i < 0) r++;
  if (u + 1 < 0) r++;
  if (u < 0u) r++;
  if (u < 0L) r++;
  if (s > 40000) r++;
  if (s < -40000) r++;
  if (s != 40000) r++;
  if (s == 40000) r++;
  if (sc > 127) r++;
  if (sc >= 127) r++;
  if (sc < -128) r++;
  if (us > 65535) r++;
  if (us >= 65536) r++;
  if (uc == 256) r++;
  if (uc != -1) r++;
  if (c < 128) r++;
  if (uc < 0 || us < 0) r++;
  return r;
}
