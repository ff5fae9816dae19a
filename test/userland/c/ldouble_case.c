/*
 * printf of long doubles over their whole range (%Lg %Le %La %Lf). Built by gcc
 * only: tcc-lite keeps long double constants in double precision (noted for
 * the compiler), so LDBL_MAX would already be infinite there.
 */
#include <stdio.h>
#include <float.h>
int main(void){
  long double v[] = { LDBL_MAX, LDBL_MIN, -LDBL_MAX, 3.6e-4951L, 1e1000L, 1e-1000L, 12345.678L, 0.1L, 1e300L * 1e300L, 3.0L };
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++)
    printf("%Lg %Le %.20Le %La %.3Lf\n", v[i], v[i], v[i], v[i], v[i] > 1e100L || v[i] < -1e100L ? 0.0L : v[i]);
  printf("%Lf\n", 1e50L);
  printf("%.30Lf\n", LDBL_MIN * 1e4920L);
  printf("%e %g %.17e\n", 1e-300, 1e300, 2.5e-310);
  return 0;
}
