/* <tgmath.h>: the function chosen by the argument types (integers count as double; complex ones pick the c functions), and sqrtl. */
#include <stdio.h>
#include <tgmath.h>
int main(void){
  float f = 2.0f; double d = 2.0; long double l = 2.0L; int i = 2;
  printf("%d %d %d %d\n", (int)sizeof(sqrt(f)), (int)sizeof(sqrt(d)), (int)sizeof(sqrt(l)), (int)sizeof(sqrt(i)));
  printf("%.9g %.17g %.17Lg %.17g\n", sqrt(f), sqrt(d), sqrtl(l), sqrt(i));
  printf("%d %d %.9g\n", (int)sizeof(pow(f, 2)), (int)sizeof(pow(f, d)), pow(f, 0.5f));
  printf("%.9g %.17g\n", sin(f), atan2(f, 3.0f));
  double _Complex z = 1.0 + 2.0 * _Complex_I;
  float _Complex fz = 0.5f - 1.0f * _Complex_I;
  long double _Complex lz = 2.0L + 0.5L * _Complex_I;
  printf("%d %d %d %d\n", (int)sizeof(sqrt(z)), (int)sizeof(sqrt(fz)), (int)sizeof(exp(lz)), (int)sizeof(pow(fz, 2.0)));
  double _Complex r = sqrt(z), e = exp(z), p = pow(z, fz);
  float _Complex s = sin(fz);
  printf("%.12g %.12g %.12g %.12g %.12g %.12g\n", creal(r), cimag(r), creal(e), cimag(e), creal(p), cimag(p));
  printf("%.6g %.6g %.12g %.6g %.12Lg\n", crealf(s), cimagf(s), fabs(z), fabs(fz), fabs(lz));
  printf("%.12g %.12g %.12g %.12Lg\n", carg(z), creal(conj(z)), cimag(conj(z)), creal(lz));
  return 0;
}
