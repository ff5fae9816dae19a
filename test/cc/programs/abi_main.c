#include "abi_types.h"
int printf(const char *fmt, ...);
int main(void) {
  struct i2 a = lib_i2((struct i2){ 1, 2 }, 10);
  struct i3 b = lib_i3((struct i3){ 1, 2, 3 }, 5);
  struct f2 c = lib_f2((struct f2){ 1.5f, 2.5f });
  struct f3 d = lib_f3((struct f3){ 1, 2, 3 }, 2);
  struct d2 e = lib_d2((struct d2){ 1, 2 }, (struct d2){ 10, 20 });
  struct dl f = lib_dl((struct dl){ 9.0, 4 });
  struct li g = lib_li((struct li){ 41, 43 });
  struct ci h = lib_ci((struct ci){ 'a', 5 });
  struct c3 i = lib_c3((struct c3){ { 'x', 'y', 'z' } });
  struct fi j = lib_fi((struct fi){ 0.5f, 9 });
  struct pk k = lib_pk((struct pk){ 2, 3 });
  printf("%d %d | %ld %ld %ld | %f %f | %f %f %f\n", a.a, a.b, b.a, b.b, b.c, c.a, c.b, d.a, d.b, d.c);
  printf("%f %f | %f %ld | %ld %d | %c %d | %c%c%c | %f %d | %d %d\n", e.a, e.b, f.d, f.l, g.l, g.i, h.c, h.i, i.c[0], i.c[1], i.c[2], j.f, j.i, k.c, k.i);
  printf("many %f\n", lib_many(1, 2.5, (struct dl){ 3, 4 }, 5, (struct d2){ 6, 7 }, 8.5f, (struct i3){ 9, 10, 11 }, 12, 13, 14, 15.25));
  printf("vsum %ld\n", lib_vsum(7, 1L, 2L, (struct i2){ 0, 30 }, 4L, 5L, (struct i2){ 0, 60 }, 7L));
  printf("vdsum %f\n", lib_vdsum(10, 1, 0.5, 2, 0.25, 3, 0.125, 4, 1.0, 5, 2.0));
  printf("small %d %d %d %d\n", lib_char(-128 + 1), lib_ushort(65535), lib_bool(9), lib_bool(1));
  struct ldh m = lib_ldh((struct ldh){ 'a', 1.5L }, 4.0L);
  printf("ld %Lf | %c %Lf\n", lib_ld(1, 2.5L, 3.0, 0.5L, (struct dl){ 1.0, 2 }, 8.0L), m.c, m.v);
  _Complex double cd = lib_cd(1.5 + 2.0i, 0.5f - 1.0if, 3.0);
  _Complex float cf = lib_cf(2.0f + 4.0if, 0.25f);
  printf("complex %f %f | %f %f\n", __real__ cd, __imag__ cd, (double)__real__ cf, (double)__imag__ cf);
  _Complex long double cld = lib_cld(1.25L + 3.0il, 4.0L, 0.5L - 0.25il);
  lib_cld(cld, 1.0L, cld); /* a discarded x87 result must still leave the x87 stack empty */
  printf("complex long double %Lf %Lf | %Lf\n", __real__ cld, __imag__ cld, __real__ lib_cld(cld, 2.0L, 1.0L));
  __int128 big = lib_i128(((__int128)1 << 80) + 5, -3, ~(unsigned __int128)0);
  __int128 st = lib_i128_stack(1, 2, 3, 4, 5, (__int128)7 << 64, 6, -((__int128)1 << 100));
  printf("int128 %llx %llx | %llx %llx\n", (unsigned long long)(big >> 64), (unsigned long long)big,
         (unsigned long long)(st >> 64), (unsigned long long)st);
  return 0;
}
