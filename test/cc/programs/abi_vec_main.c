/* The caller half of the vector ABI test (see abi_vec_types.h). */
#include "abi_vec_types.h"
#include <stdio.h>
int main(void) {
  v4si a = { 1, 2, 3, 4 }, b = { -1, 5, 100, 7 };
  v4si r = vlib_add(a, b);
  printf("add %d %d %d %d\n", r[0], r[1], r[2], r[3]);
  v2si s = vlib_swap((v2si){ 11, 22 });
  printf("swap %d %d\n", s[0], s[1]);
  v4sf f = vlib_scale((v4sf){ 1.5f, -2, 0.25f, 8 }, 3);
  printf("scale %g %g %g %g\n", f[0], f[1], f[2], f[3]);
  v2df d = vlib_half((v2df){ 5, -9 }, 0.5);
  printf("half %g %g\n", d[0], d[1]);
  v4qu q = vlib_bytes((v4qu){ 250, 1, 2, 3 }, (v2hi){ 30, 20 });
  printf("bytes %d %d %d %d\n", q[0], q[1], q[2], q[3]);
  v2qi t = vlib_tiny((v2qi){ 3, -4 }, (v2qi){ 5, 6 });
  printf("tiny %d %d\n", t[0], t[1]);
  v4di w = vlib_wide((v4di){ 1LL << 40, 2, 3, 4 }, (v4di){ 1, 1, 1, 1 });
  printf("wide %lld %lld %lld %lld\n", w[0], w[1], w[2], w[3]);
  struct wrap4 wr = vlib_wrap((struct wrap4){ { 9, 8, 7, 6 } }, 100);
  printf("wrap %d %d %d %d\n", wr.v[0], wr.v[1], wr.v[2], wr.v[3]);
  struct pair2 p = vlib_pair((struct pair2){ { 1, 2 }, { 3, 4 } });
  printf("pair %d %d %d %d\n", p.a[0], p.a[1], p.b[0], p.b[1]);
  struct mixed m = vlib_mixed((struct mixed){ { 50, 60 }, 5 });
  printf("mixed %d %d %ld\n", m.v[0], m.v[1], m.n);
  v2df x = { 1, 2 };
  printf("many %g\n", vlib_many(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, a, 0.125));
  printf("vsum %ld\n", vlib_vsum(5, (v2df){ 1, 2 }, a, (v2df){ 3, 4 }, b, (v2df){ 5, 6 }));
  printf("late %ld\n", vlib_late(1, 2, 3, 4, 5, 6, 7, (v4di){ 8, 9, 10, 11 }, 12, (v4si){ 13, 14, 15, 16 }));
  struct bytesf bf = vlib_bytesf((struct bytesf){ { 1, 2, 3, 255 }, 1.25f });
  printf("bytesf %d %d %g\n", bf.q[0], bf.q[3], bf.f);
  union either e = vlib_either((union either){ .v = { 1, 2, 3, 4 } }, (v2si){ 50, 8 });
  printf("either %d %d %d %d\n", e.v[0], e.v[1], e.v[2], e.v[3]);
  v4di big = { 1, 2, 3, 4 };
  for (int k = 0; k < 9; k += 4) printf("vwide %ld\n", k == 0 ? vlib_vwide(0, big) : k == 4 ? vlib_vwide(5, 1, 1, 1, 1, 1, big) : vlib_vwide(8, 1, 1, 1, 1, 1, 1, 1, 1, big));
  return 0;
}
