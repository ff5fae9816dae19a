/* Like gcc -O0, a branch of `if (constant)` is not compiled (never_defined is never defined),
   except from a label or case inside it on; constant byte swaps and bit counts fold. */
int printf(const char *fmt, ...);
extern void never_defined(void);

static int pick(int x) {
  int r = 0;
  if (0) {
    never_defined();
  again:
    r += 100;
  }
  if (sizeof(int) == 4) r += 1;
  else never_defined();
  if (0) never_defined();
  else r += 10;
  switch (x) {
  case 0:
    if (0) {
      never_defined();
    case 1:
      r += 1000;
    } else {
      r += 5;
    }
    break;
  case 2:
    if (1) r += 7;
    else {
    case 3:
      r += 30;
    }
  }
  if (x == 4 && r < 100) goto again;
  if (__builtin_bswap16(0xaabb) != 0xbbaa || __builtin_bswap32(0xaabbccdd) != 0xddccbbaa) never_defined();
  if (__builtin_bswap64(0x1122334455667788ULL) != 0x8877665544332211ULL) never_defined();
  if (__builtin_popcount(0xff0f) != 12 || __builtin_ctzll(0x100ULL) != 8 || __builtin_ffs(0) != 0) never_defined();
  /* Floating constants are compared as numbers, not truncated. */
  if (0.5) r += 10000;
  else never_defined();
  if (!0.1 || 0.3 < 0.2) never_defined();
  if ((_Bool)0.2 != 1) never_defined();
  return r;
}

int main(void) {
  for (int i = 0; i < 5; i++) printf("%d\n", pick(i));
  return 0;
}
