/* Constant tables: lists of plain (or negated) integer constants, which the compiler reads
   as one run, used for every kind of object they can initialize. Each table is printed as
   a checksum so that any byte written differently shows. */
#include <stdio.h>

static const unsigned char crc_seed[] = {
  0x00, 0x07, 0x0e, 0x09, 0x1c, 0x1b, 0x12, 0x15, 0x38, 0x3f, 0x36, 0x31,
  0x24, 0x23, 0x2a, 0x2d, 0x70, 0x77, 0x7e, 0x79, 0x6c, 0x6b, 0x62, 0x65,
  0xff, 0x80, 0x7f, 0x01,
};
short wave[] = { 0, 3211, 6392, 9511, 12539, 15446, 18204, -18204, -15446, -12539, -9511, -6392, -3211, -0 };
const unsigned int words[12] = { 0xdeadbeef, 0xcafebabe, 4294967295, 017777777777, 1, 2, 3, 4, 5 };
long longs[] = { 9223372036854775807, 0x7fffffffffffffff, 9007199254740993, -2147483647, -1, 0, 1, 2 };
unsigned long ulongs[] = { 18446744073709551615, 0x8000000000000000, 9007199254740993, 1, 2, 3, 4, 5 };
signed char small[] = { -128, 127, -1, 1, -2, 2, -3, 3, 200, 255 };  /* the last two wrap */
unsigned char wrapped[] = { -1, -2, 256, 257, 1, 2, 3, 4 };
int grid[3][9] = { { 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { -1, -2, -3, -4, -5, -6, -7, -8, -9 } };
/* A later designator changes one element of a table given whole just before. */
int patched[2][8] = { [1] = { 1, 2, 3, 4, 5, 6, 7, 8 }, [1][3] = 40, [0] = { 8, 7, 6, 5, 4, 3, 2, 1 } };
/* Braces elided: the run fills the structs' members in order. */
struct point { int x, y; unsigned char tag; } points[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
float floats[] = { 1, 2, 3, 4, 5, 6, 7, 16777217 };
_Bool flags[] = { 0, 1, 2, 3, 0, 5, 6, 7 };
struct flex { int n; short v[]; } flex = { 8, { 1, 2, 3, 4, 5, 6, 7, 8 } };
int *literal = (int[]){ 9, 8, 7, 6, 5, 4, 3, 2 };

static unsigned long sum(const void *p, unsigned long n) {
  const unsigned char *b = p;
  unsigned long s = 0;
  for (unsigned long i = 0; i < n; i++) s = s * 131 + b[i];
  return s;
}

static long locals(int k) {
  static const short kept[] = { -5, -4, -3, -2, -1, 0, 1, 2, 3 };
  int mine[] = { 10, 20, 30, 40, 50, 60, 70, 80, 90 };
  unsigned char bytes[16] = { 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80 };
  mine[k] += kept[k];
  return (long)sum(mine, sizeof mine) + (long)sum(bytes, sizeof bytes) + kept[k];
}

int main(void) {
  printf("crc_seed %zu %lu\n", sizeof crc_seed, sum(crc_seed, sizeof crc_seed));
  printf("wave %zu %lu\n", sizeof wave, sum(wave, sizeof wave));
  printf("words %lu longs %lu ulongs %lu\n", sum(words, sizeof words), sum(longs, sizeof longs), sum(ulongs, sizeof ulongs));
  printf("small %lu wrapped %lu\n", sum(small, sizeof small), sum(wrapped, sizeof wrapped));
  printf("grid %lu patched %lu points %zu %lu\n", sum(grid, sizeof grid), sum(patched, sizeof patched), sizeof points, sum(points, sizeof points));
  printf("floats %lu flags %lu flex %d %d literal %d\n", sum(floats, sizeof floats), sum(flags, sizeof flags), flex.v[0], flex.v[7], literal[7]);
  for (int k = 0; k < 9; k += 4) printf("locals %d %ld\n", k, locals(k));
  return 0;
}
