#include "abi_types.h"
#include <stdarg.h>
struct i2 lib_i2(struct i2 x, int k) { x.a += k; x.b *= k; return x; }
struct i3 lib_i3(struct i3 x, long k) { x.a += k; x.c -= k; return x; }
struct f2 lib_f2(struct f2 x) { struct f2 r = { x.b, x.a * 2 }; return r; }
struct f3 lib_f3(struct f3 x, float k) { x.a *= k; x.c += k; return x; }
struct d2 lib_d2(struct d2 x, struct d2 y) { struct d2 r = { x.a + y.a, x.b - y.b }; return r; }
struct dl lib_dl(struct dl x) { x.d /= 2; x.l *= 3; return x; }
struct li lib_li(struct li x) { x.l += 1; x.i -= 1; return x; }
struct ci lib_ci(struct ci x) { x.c += 1; x.i += 100; return x; }
struct c3 lib_c3(struct c3 x) { char t = x.c[0]; x.c[0] = x.c[2]; x.c[2] = t; return x; }
struct fi lib_fi(struct fi x) { x.f *= 4; x.i = -x.i; return x; }
struct pk lib_pk(struct pk x) { x.c ^= 1; x.i += 7; return x; }
double lib_many(int a, double b, struct dl c, long d, struct d2 e, float f, struct i3 g, int h, int i, int j, double k) {
  return a + b + c.d + c.l + d + e.a + e.b + f + g.a + g.b + g.c + h + i + j + k;
}
long lib_vsum(int n, ...) {
  va_list ap; va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) { if (i % 3 == 2) s += va_arg(ap, struct i2).b; else s += va_arg(ap, long); }
  va_end(ap);
  return s;
}
double lib_vdsum(int n, ...) {
  va_list ap; va_start(ap, n);
  va_list ap2; va_copy(ap2, ap);
  double s = 0;
  for (int i = 0; i < n; i++) { if (i % 2) s += va_arg(ap, double); else s += va_arg(ap, int); }
  for (int i = 0; i < n; i++) { if (i % 2) s += va_arg(ap2, double); else s += va_arg(ap2, int); }
  va_end(ap); va_end(ap2);
  return s;
}
char lib_char(char c) { return c - 1; }
unsigned short lib_ushort(unsigned short s) { return s + 1; }
_Bool lib_bool(int x) { return x > 3; }
long double lib_ld(int a, long double b, double c, long double d, struct dl e, long double f) { return a + b * c - d + e.d + e.l + f / 4; }
struct ldh lib_ldh(struct ldh x, long double k) { x.c++; x.v *= k; return x; }
_Complex double lib_cd(_Complex double a, _Complex float b, double k) { return a * b + k; }
_Complex float lib_cf(_Complex float a, float k) { return a * k - 1.0if; }
_Complex long double lib_cld(_Complex long double a, long double k, _Complex long double b) { return a * k - b; }
__int128 lib_i128(__int128 a, long b, unsigned __int128 c) { return a * b + (__int128)(c >> 3); }
__int128 lib_i128_stack(long a, long b, long c, long d, long e, __int128 f, int g, __int128 h) {
  return (f << 1) - h + a + b + c + d + e + g;
}
