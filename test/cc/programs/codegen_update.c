/* Updates whose value is dropped (done in place), compares against memory and constants,
   and widening loads, at the edges of every integer type. */
#include <stdio.h>
#include <limits.h>

struct counters { int hits; unsigned misses; long total; short small; unsigned char byte; _Bool flag; int bits : 5; };

static struct counters gc;
static long gl = LONG_MAX;
static unsigned gu = UINT_MAX;
static volatile int vol;
static int calls;

static int next(void)
{
  return ++calls;
}

static int *pick(int *p)
{
  calls += 10;
  return p;
}

int main(void)
{
  struct counters c = { 0 };
  struct counters *pc = &c;
  int i = INT_MAX, n = 0, arr[6] = { 1, 2, 3, 4, 5, 6 };
  unsigned u = 0;
  signed char sc = 127;
  unsigned char uc = 255;
  short s = SHRT_MIN;
  unsigned short us = 0;
  long l = LONG_MIN;
  char *cp = (char *)arr;
  int *ip = arr;
  _Bool b = 0;

  /* ++/-- as statements: wrap-around and promotion */
  i++; u--; sc++; uc++; s--; us--; l--; cp++; ip += 2; b++; b++;
  printf("%d %u %d %d %d %d %ld %d %d %d\n", i, u, sc, uc, s, us, l, (int)(cp - (char *)arr), *ip, b);
  for (n = 0; n < 5; n++, ip--) arr[n] += n;
  printf("%d %d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4], (int)(ip - arr));

  /* compound assignments in place, through pointers and members */
  pc->hits += 7; pc->hits -= 9; pc->hits *= 3; pc->hits <<= 2; pc->hits >>= 1;
  pc->misses -= 1; pc->misses >>= 4; pc->misses ^= 0xf0f0; pc->misses |= 1; pc->misses &= ~2u;
  pc->total -= 5; pc->total += LONG_MAX; pc->total += pc->hits; pc->total -= pc->misses;
  pc->small += 30000; pc->small += 30000; pc->byte -= 1; pc->flag += 2; pc->bits += 17;
  printf("%d %u %ld %d %d %d %d\n", pc->hits, pc->misses, pc->total, pc->small, pc->byte, pc->flag, pc->bits);
  gc.hits -= INT_MIN + 1; gc.total ^= -1; gl += 1; gu += 2; gu >>= 31;
  printf("%d %ld %ld %u\n", gc.hits, gc.total, gl, gu);
  n = -17; n >>= 2; i = -17; i /= 4; u = 17; u %= 5; l = -9; l %= 4;
  printf("%d %d %u %ld\n", n, i, u, l);

  /* the right side first for compound assignments, the target's address once */
  calls = 0;
  n = 5;
  n -= next();
  *pick(&arr[1]) += next();
  arr[next()] -= calls;
  printf("%d %d %d %d %d\n", n, calls, arr[1], arr[2], arr[3]);

  /* comparisons with constants on either side, signed and unsigned, against memory */
  {
    long big = 5000000000L;
    unsigned small = 3;
    int neg = -1;
    int r = 0;
    if (32416 < big) r |= 1;
    if (big > 4999999999L) r |= 2;
    if (neg < small) r |= 4;           /* compared unsigned */
    if (-1 < (long)small) r |= 8;
    if (small >= 3u) r |= 16;
    if (0 == neg + 1) r |= 32;
    if (neg <= INT_MIN) r |= 64;
    if (UINT_MAX > small) r |= 128;
    printf("%d %d %d %d %d\n", r, big > 1, 7 >= small, neg != -1, (unsigned char)neg > 200);
  }

  /* widening loads of every type into long arithmetic */
  {
    signed char m1 = -1;
    unsigned char ff = 255;
    short ms = -300;
    unsigned short mu = 65000;
    int mi = INT_MIN;
    unsigned ui = UINT_MAX;
    long r = (long)m1 + ff + ms + mu + (long)mi + ui;
    unsigned long ur = (unsigned long)m1 + (unsigned long)mi;
    printf("%ld %lu %ld %ld\n", r, ur, (long)(m1 < ff), (long)ms * mu);
  }

  /* volatile accesses keep their number and order */
  vol = 1;
  vol += 2;
  vol++;
  n = vol + vol;
  printf("%d %d\n", vol, n);
  return 0;
}
