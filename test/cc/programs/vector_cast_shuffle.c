/* GNU vectors: casts that keep the bits, __builtin_shuffle, layout, static data, literals. */
#include <stdio.h>
#include <stddef.h>

typedef int i4 __attribute__((vector_size(16)));
typedef unsigned u4 __attribute__((vector_size(16)));
typedef float f4 __attribute__((vector_size(16)));
typedef short s4 __attribute__((vector_size(8)));
typedef int i2 __attribute__((vector_size(8)));
typedef unsigned char b16 __attribute__((vector_size(16)));
typedef double d2 __attribute__((vector_size(16)));
typedef long long l2 __attribute__((vector_size(16)));
typedef int i8 __attribute__((vector_size(32)));
typedef char c2 __attribute__((vector_size(2)));

struct holder { char tag; i8 v; short after; };
struct small { char tag; i2 v; };

i4 global = { 10, 20, 30 };
static const u4 table[2] = { { 1, 2, 3, 4 }, { 0xffffffffu } };
i4 from_literal = (i4){ 9, 8, 7, 6 };

int main(void) {
  f4 f = { 1.0f, -1.0f, 0.5f, 0.0f };
  i4 bits = (i4)f;
  printf("bits %x %x %x %x\n", bits[0], bits[1], bits[2], bits[3]);
  long long whole = (long long)(s4){ 1, 2, 3, 4 };
  printf("whole %llx\n", whole);
  s4 back = (s4)0x0004000300020001LL;
  printf("back %d %d %d %d\n", back[0], back[1], back[2], back[3]);
  b16 bytes = (b16)global;
  printf("bytes %d %d %d\n", bytes[0], bytes[4], bytes[15]);
  __int128 wide = (__int128)(i4){ 1, 2, 3, -1 };
  printf("int128 %llx %llx\n", (unsigned long long)(wide >> 64), (unsigned long long)wide);
  i4 narrow = (i4)(wide + 1);
  printf("narrow %d %d %d %d\n", narrow[0], narrow[1], narrow[2], narrow[3]);
  short pair = (short)(c2){ 1, 2 };
  printf("pair %d\n", pair);

  i4 v = { 10, 11, 12, 13 }, w = { 20, 21, 22, 23 };
  i4 rev = __builtin_shuffle(v, (i4){ 3, 2, 1, 0 });
  printf("rev %d %d %d %d\n", rev[0], rev[1], rev[2], rev[3]);
  i4 wrap = __builtin_shuffle(v, (i4){ 4, 5, -1, 9 });
  printf("wrap %d %d %d %d\n", wrap[0], wrap[1], wrap[2], wrap[3]);
  i4 mix = __builtin_shuffle(v, w, (i4){ 0, 4, 7, 9 });
  printf("mix %d %d %d %d\n", mix[0], mix[1], mix[2], mix[3]);
  d2 d = { 1.5, 2.5 };
  d2 swapped = __builtin_shuffle(d, (l2){ 1, 0 });
  printf("swapped %g %g\n", swapped[0], swapped[1]);

  /* A comparison's result may be stored in a vector of either signedness. */
  u4 mask = v > 11;
  printf("mask %u %u\n", mask[0], mask[3]);
  u4 chosen = ((u4)v & mask) | ((u4)w & ~mask);
  printf("select %u %u %u %u\n", chosen[0], chosen[1], chosen[2], chosen[3]);

  printf("layout %zu %zu %zu %zu %zu\n", sizeof(struct holder), offsetof(struct holder, v),
         offsetof(struct holder, after), sizeof(struct small), offsetof(struct small, v));
  printf("global %d %d %d %d\n", global[0], global[1], global[2], global[3]);
  printf("table %u %u %u\n", table[0][3], table[1][0], table[1][1]);
  printf("literal %d\n", from_literal[2]);
  const i4 *p = &(i4){ 4, 3, 2, 1 };
  printf("addr %d\n", (*p)[0] + (*p)[3]);
  printf("rvalue %d\n", (v + w)[2]);
  union { i4 v; int a[4]; } u = { .v = { 1, 2, 3, 4 } };
  printf("union %d\n", u.a[2]);
  return 0;
}
