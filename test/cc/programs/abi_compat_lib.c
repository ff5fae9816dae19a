/* The called half of abi_compat_main.c. */
#include "abi_compat_types.h"

struct LoneLd lone_add(struct LoneLd x, int k) { x.a += k; return x; }
union LdUnion union_add(union LdUnion x, int k) { x.b += k; return x; }
struct LdNested nested_add(struct LdNested x, int k) { x.a[0] += k; return x; }
struct LdInt ldint_add(struct LdInt x, int k) { x.a += k; x.b -= k; return x; }

union LdOrLongs longs_add(union LdOrLongs a, union LdOrLongs *p, union LdOrLongs b) {
  a.h[0] += p->h[1] + b.h[1];
  return a;
}

/* A callback from the other half: its result comes back on the x87 stack too. */
struct LoneLd lone_through(struct LoneLd (*f)(struct LoneLd, int), struct LoneLd x) {
  struct LoneLd y = f(x, 100);
  y.a *= 2;
  return y;
}

long double lone_sum(int n, ...) {
  va_list ap;
  long double s = 0;
  va_start(ap, n);
  while (n-- > 0) s += va_arg(ap, struct LoneLd).a;
  va_end(ap);
  return s;
}

struct PackedSpec packed_echo(struct PackedSpec a, struct PackedSpec *p, struct PackedSpec b) {
  printf("lib: packed %d %g %d | %d %g %d | %d %g %d\n", a.c, a.f, a.i, p->c, p->f, p->i, b.c, b.f, b.i);
  a.i += b.i;
  return a;
}

struct PtrAligned ptr_echo(struct PtrAligned a, struct PtrAligned *p, struct PtrAligned b) {
  printf("lib: ptr %d %d %d | %d %d %d | %d %d %d\n", a.c, *a.p, a.s, p->c, *p->p, p->s, b.c, *b.p, b.s);
  a.s = (short)(a.s + b.s);
  return a;
}

struct OverAlignedBits over_echo(struct OverAlignedBits a, struct ByteBits b, struct IntModeBits m,
                                 struct UnderAlignedBits u) {
  show_bits("lib", a, b, m, u);
  a.d += u.b;
  return a;
}

struct AlignedZeroWidth zero_echo(int n, ...) {
  va_list ap;
  struct AlignedZeroWidth z = { 0, 0 };
  va_start(ap, n);
  while (n-- > 0) {
    struct AlignedZeroWidth x = va_arg(ap, struct AlignedZeroWidth);
    z.a = (char)(z.a + x.a);
    z.e += x.e;
  }
  va_end(ap);
  return z;
}

struct AlignedDouble padded_sum(struct AlignedDouble a, struct AlignedDouble b, double c) {
  a.d += b.d + c;
  return a;
}

double padded_va(int n, ...) {
  va_list ap;
  double s = 0;
  va_start(ap, n);
  while (n-- > 0) s += va_arg(ap, struct AlignedDouble).d + va_arg(ap, double);
  va_end(ap);
  return s;
}

struct ZeroTail zero_tail(struct ZeroTail a, int k, struct ZeroTail b) {
  a.s = (short)(a.s * 10 + b.s + k);
  return a;
}

void lib_layouts(void) { layouts("lib"); }
