/* The calling half: see abi_compat_types.h. */
#include "abi_compat_types.h"

static struct LoneLd triple(struct LoneLd x, int k) { x.a = x.a * 3 + k; return x; }

int main(void) {
  layouts("main");
  lib_layouts();

  struct LoneLd l = { 1.25L };
  union LdUnion u = { 2.5L };
  struct LdNested n = { {}, { 3.75L } };
  struct LdInt li = { 4.5L, 7 };
  l = lone_add(l, 1);
  u = union_add(u, 2);
  n = nested_add(n, 3);
  li = ldint_add(li, 4);
  printf("main: x87 %Lg %Lg %Lg %Lg %d\n", l.a, u.a, n.a[0], li.a, li.b);
  union LdOrLongs la = { .h = { 1, 2 } }, lb = { .h = { 30, 40 } };
  printf("main: union %ld\n", longs_add(la, &lb, lb).h[0]);
  printf("main: callback %Lg\n", lone_through(triple, l).a);
  struct LoneLd l2 = { 0.5L }, l3 = { 1000.125L };
  printf("main: varargs %Lg\n", lone_sum(3, l, l2, l3));

  int x = 11, y = 22, z = 33;
  struct PackedSpec pa = { 1, 1.5f, 100 }, pb = { 2, 2.5f, 200 }, pc = { 3, 3.5f, 300 };
  pa = packed_echo(pa, &pb, pc);
  printf("main: packed %d %g %d\n", pa.c, pa.f, pa.i);
  struct PtrAligned qa = { 4, &x, 40 }, qb = { 5, &y, 50 }, qc = { 6, &z, 60 };
  qa = ptr_echo(qa, &qb, qc);
  printf("main: ptr %d %d %d\n", qa.c, *qa.p, qa.s);

  struct OverAlignedBits ob = { -12345678, e4_255, 45, 12345678 };
  struct ByteBits bb = { 0, 33, 2, 100, 200 };
  struct IntModeBits mb = { 0xdeadbeef, 0x12345678, 0xcafef00d, 'm' };
  struct UnderAlignedBits ub = { 'u', 0xabcde, 0x2345678 };
  show_bits("main", ob, bb, mb, ub);
  ob = over_echo(ob, bb, mb, ub);
  printf("main: bits back %d %d %d %u\n", ob.a, ob.b, ob.c, ob.d);

  struct AlignedZeroWidth za = { 1, 1000 }, zb = { 2, 2000 };
  struct AlignedZeroWidth zs = zero_echo(2, za, zb);
  printf("main: zero-width %d %d\n", zs.a, zs.e);
  struct AlignedDouble da = { 1.5 }, db = { 2.25 };
  printf("main: padded %g %g\n", padded_sum(da, db, 4.0).d, padded_va(2, da, 0.5, db, 0.125));
  struct ZeroTail ta = { 3 }, tb = { 4 };
  printf("main: zero tail %d\n", zero_tail(ta, 5, tb).s);
  return 0;
}
