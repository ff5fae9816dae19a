/*
 * __int128 to float and double rounds once (the bits below 64 kept as a sticky bit; it
 * rounded at 64 bits first, then again), long double at 64 bits; and double or float to
 * unsigned __int128 from 2^127 up (the high half's top bit set; it saturated at 2^127).
 */
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void hex(u128 u) { printf("%016llx%016llx\n", (unsigned long long)(u >> 64), (unsigned long long)u); }

int main(void) {
  volatile u128 a = ((u128)1 << 64) + ((u128)1 << 40) + 1;
  volatile u128 b = ((u128)1 << 100) + ((u128)1 << 47) + 1;
  volatile u128 c = ~(u128)0, d = (u128)1 << 127, e = 12345, z = 0;
  volatile s128 f = -(s128)b, m = (s128)((u128)1 << 127), g = -7, h = (s128)1 << 63;
  printf("%a %a %a %a %a %a\n", (float)a, (double)b, (double)c, (float)c, (double)d, (double)e);
  printf("%a %a %a %a %a %a\n", (double)f, (double)m, (float)g, (double)h, (double)z, (float)(-(s128)a));
  printf("%La %La %La %La\n", (long double)b, (long double)c, (long double)m, (long double)g);
  for (int i = 0; i < 128; i += 7) {
    volatile u128 x = ((u128)0x9e3779b97f4a7c15 << 64 | 0xf39cc0605cedc834) >> i;
    printf("%a %a %a\n", (double)x, (float)x, (double)(s128)x);
  }
  volatile double big[] = { 0x1.8p127, 0x1.fffffffffffffp+127, 0x1p127, 0x1.fffffffffffffp+126, 1e30, 0x1p64, 0x1.8p64 + 12345.0, 3.9 };
  for (int i = 0; i < 8; i++) hex((u128)big[i]);
  volatile float top = 0x1.fffffep+127f;
  hex((u128)top);
  volatile double negative = -1e30;
  hex((u128)(s128)negative);
  return 0;
}
