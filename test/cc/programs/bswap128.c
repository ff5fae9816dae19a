/* __builtin_bswap128: on constants, variables, expressions with side effects (evaluated
   once), signed and narrower arguments (converted to unsigned __int128 first). */
#include <stdio.h>

static void show(const char *name, unsigned __int128 v) {
  printf("%s %016llx%016llx\n", name, (unsigned long long)(v >> 64), (unsigned long long)v);
}

int main(void) {
  unsigned __int128 x = ((unsigned __int128)0x0102030405060708ULL << 64) | 0x090a0b0c0d0e0f10ULL;
  show("x", __builtin_bswap128(x));
  show("twice", __builtin_bswap128(__builtin_bswap128(x)));
  __int128 neg = -2;
  show("neg", __builtin_bswap128(neg));
  int small = 0x1234;
  show("int", __builtin_bswap128(small));
  int calls = 0;
  unsigned __int128 arr[2] = { 1, 2 };
  int i = 0;
  show("side", __builtin_bswap128(arr[i++] + (calls++, 0)));
  printf("i %d calls %d\n", i, calls);
  show("const", __builtin_bswap128((unsigned __int128)0xff));
  return 0;
}
