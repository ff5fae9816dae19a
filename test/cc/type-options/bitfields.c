/* Bit-fields of plain integer types under -funsigned-bitfields: unsigned, unless written
   `signed` (directly or through a typedef that was); enums and _Bool keep their own sign;
   qualifiers are kept; -funsigned-char changes only a plain char bit-field by default. */
#include <stdio.h>

typedef signed int S;
typedef S S2;
typedef int T;
typedef T T2;
typedef signed char SC;
typedef char C;

struct R {
  S a : 3; S2 b : 3; T c : 3; T2 d : 3; SC e : 3; C f : 3; long long g : 3;
  enum { Z, W } h : 3; _Bool i : 1; const int j : 3; unsigned short k : 3; short l : 3; long m : 40;
} r = { 7, 7, 7, 7, 7, 7, 7, 7, 1, 7, 7, 7, -1 };

int main(void) {
  printf("%d %d %d %d %d %d %lld %d %d %d %d %d\n", r.a, r.b, r.c, r.d, r.e, r.f, (long long)r.g, r.h, r.i, r.j, r.k, r.l);
  printf("%d %d\n", r.c - 8 < 0, (long)r.m < 0);
  return 0;
}
