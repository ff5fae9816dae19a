/* <tgmath.h>: the function chosen by the argument types (integers count as double), and sqrtl. */
#include <stdio.h>
#include <tgmath.h>
int main(void){
  float f = 2.0f; double d = 2.0; long double l = 2.0L; int i = 2;
  printf("%d %d %d %d\n", (int)sizeof(sqrt(f)), (int)sizeof(sqrt(d)), (int)sizeof(sqrt(l)), (int)sizeof(sqrt(i)));
  printf("%.9g %.17g %.17Lg %.17g\n", sqrt(f), sqrt(d), sqrtl(l), sqrt(i));
  printf("%d %d %.9g\n", (int)sizeof(pow(f, 2)), (int)sizeof(pow(f, d)), pow(f, 0.5f));
  printf("%.9g %.17g\n", sin(f), atan2(f, 3.0f));
  return 0;
}
