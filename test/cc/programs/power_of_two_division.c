/* Division and remainder by powers of two (shifts and masks, with the bias for negative values) agree with gcc. */
#include <stdio.h>
#include <limits.h>
int main(void){
  long vals[] = {0, 1, -1, 7, -7, 8, -8, 9, -9, 63, -63, 64, -64, 65, -65, 1000001, -1000001, LONG_MAX, LONG_MIN, LONG_MIN + 1};
  int ivals[] = {0, 1, -1, 7, -7, 8, -8, 9, -9, INT_MAX, INT_MIN, INT_MIN + 1, 123456, -123456};
  unsigned long s = 0;
  for (int i = 0; i < 20; i++) { long x = vals[i]; unsigned long u = (unsigned long)x;
    s = s * 31 + (unsigned long)(x / 1) + (x % 1) + (x / 2) * 3 + (x % 2) * 5 + (x / 8) * 7 + (x % 8) * 11 + (x / 1024) + (x % 1024) * 13 + (x / 4294967296L) + (x % 2147483648L) * 17 + (x / 0x4000000000000000L);
    s = s * 31 + u / 1 + u % 1 + u / 2 + u % 2 + u / 8 + u % 8 + u / 4294967296UL + u % 2147483648UL + u / 0x8000000000000000UL;
    printf("%ld: %ld %ld %ld %ld %ld %ld\n", x, x / 8, x % 8, x / 2, x % 2, x / 4294967296L, x % 1024); }
  for (int i = 0; i < 14; i++) { int x = ivals[i]; unsigned u = (unsigned)x;
    printf("%d: %d %d %d %d %d %u %u %u %u\n", x, x / 4, x % 4, x / 1073741824, x % 1073741824, x % 1, u / 16, u % 16, u / 2147483648u, u % 2147483648u); }
  short sh = -77; unsigned char uc = 250; char c = -9;
  printf("%d %d %d %d %d %d\n", sh / 4, sh % 4, uc / 8, uc % 8, c / 2, c % 2);
  printf("%lu\n", s); return 0; }
