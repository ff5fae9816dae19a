/* The callee half of the vector ABI test (see abi_vec_types.h). */
#include "abi_vec_types.h"
#include <stdarg.h>
v4si vlib_add(v4si a, v4si b) { return a + b * 10; }
v2si vlib_swap(v2si a) { v2si r = { a[1], a[0] }; return r; }
v4sf vlib_scale(v4sf a, float k) { return a * k; }
v2df vlib_half(v2df a, double bias) { return a / 2 + bias; }
v4qu vlib_bytes(v4qu a, v2hi b) { return a + (unsigned char)(b[0] - b[1]); }
v2qi vlib_tiny(v2qi a, v2qi b) { return a * b; }
v4di vlib_wide(v4di a, v4di b) { return a - b; }
struct wrap4 vlib_wrap(struct wrap4 w, int k) { w.v += k; return w; }
struct pair2 vlib_pair(struct pair2 p) { struct pair2 r = { p.b, p.a * 3 }; return r; }
struct mixed vlib_mixed(struct mixed m) { m.v -= (int)m.n; m.n++; return m; }
double vlib_many(v2df a, v2df b, v2df c, v2df d, v2df e, v2df f, v2df g, v2df h, v2df i, v4si j, double k) {
  v2df s = a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9;
  return s[0] - s[1] + j[0] * 1000 + j[3] + k;
}
/* Past the registers, a 32-byte vector's stack slot is 32-aligned. */
long vlib_late(long a1, long a2, long a3, long a4, long a5, long a6, long s, v4di v, int t, v4si w) {
  return a1 + a6 + s * 1000 + v[0] * 100 + v[3] + t * 7 + w[2];
}
/* n ints, then a 32-byte vector: va_arg finds it at a 32-aligned address. */
long vlib_vwide(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  v4di v = va_arg(ap, v4di);
  va_end(ap);
  return s * 10000 + v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
}
struct bytesf vlib_bytesf(struct bytesf b) { b.q += 1; b.f *= 2; return b; }
union either vlib_either(union either e, v2si tail) { e.v += tail[0] - tail[1]; return e; }
/* Odd arguments are v4si, even ones v2df; sums every lane. */
long vlib_vsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) {
    if (i % 2) {
      v4si v = va_arg(ap, v4si);
      s += v[0] + v[1] + v[2] + v[3];
    } else {
      v2df d = va_arg(ap, v2df);
      s += (long)(d[0] * 10 + d[1]);
    }
  }
  va_end(ap);
  return s;
}
