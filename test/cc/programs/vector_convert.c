/* __builtin_convertvector: lane-wise value conversions between vector types of equal lane count. */
#include <stdio.h>

typedef int i4 __attribute__((vector_size(16)));
typedef unsigned u4 __attribute__((vector_size(16)));
typedef float f4 __attribute__((vector_size(16)));
typedef double d4 __attribute__((vector_size(32)));
typedef short s4 __attribute__((vector_size(8)));
typedef unsigned char b4 __attribute__((vector_size(4)));
typedef long long l4 __attribute__((vector_size(32)));
typedef unsigned long long ul4 __attribute__((vector_size(32)));

int main(void) {
  f4 f = { 1.75f, -2.5f, 1e9f, -0.0f };
  i4 i = __builtin_convertvector(f, i4);
  printf("f->i %d %d %d %d\n", i[0], i[1], i[2], i[3]);
  d4 d = __builtin_convertvector(i, d4);
  printf("i->d %g %g %g %g\n", d[0], d[1], d[2], d[3]);
  s4 s = __builtin_convertvector((i4){ 70000, -70000, 32767, -1 }, s4);
  printf("i->s %d %d %d %d\n", s[0], s[1], s[2], s[3]);
  l4 l = __builtin_convertvector(s, l4);
  printf("s->l %lld %lld %lld %lld\n", l[0], l[1], l[2], l[3]);
  u4 u = { 0xffffffffu, 1, 0x80000000u, 7 };
  d4 ud = __builtin_convertvector(u, d4);
  printf("u->d %.1f %.1f %.1f %.1f\n", ud[0], ud[1], ud[2], ud[3]);
  ul4 big = { 18446744073709551615ull, 9223372036854775808ull, 3, 0 };
  f4 bf = __builtin_convertvector(big, f4);
  printf("ul->f %g %g %g %g\n", bf[0], bf[1], bf[2], bf[3]);
  b4 b = __builtin_convertvector((f4){ 255.9f, 0.5f, 128.0f, 3.0f }, b4);
  printf("f->b %d %d %d %d\n", b[0], b[1], b[2], b[3]);
  f4 back = __builtin_convertvector(d * 0.5, f4);
  printf("d->f %g %g %g %g\n", back[0], back[1], back[2], back[3]);
  return 0;
}
