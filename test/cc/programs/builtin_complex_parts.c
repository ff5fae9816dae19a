/* __builtin_complex(re, im) keeps both parts exactly, -0 and NaN included (where
   re + im * I would compute), at run time and in static initializers. */
#include <stdio.h>

static void show(const char *what, double re, double im) {
  printf("%s: %g%s %g%s\n", what, re, __builtin_signbit(re) ? "(-)" : "", im, __builtin_signbit(im) ? "(-)" : "");
}

static _Complex double sd = __builtin_complex(-0.0, __builtin_inf());
static _Complex float sf = __builtin_complex(-0.0f, -0.0f);
static _Complex long double sl = __builtin_complex(1.5L, -0.0L);

int main(void) {
  volatile double nz = -0.0, nan = __builtin_nan(""), two = 2.0;
  volatile float f = -1.5f;
  volatile long double l = 0.25L;
  _Complex double d = __builtin_complex(nz, nan);
  _Complex float cf = __builtin_complex(f, (float)two);
  _Complex long double cl = __builtin_complex(l, -l);
  _Complex double sum = __builtin_complex(two, nz) + __builtin_complex(nz, two);

  show("static double", __real__ sd, __imag__ sd);
  show("static float", __real__ sf, __imag__ sf);
  show("static long double", (double)__real__ sl, (double)__imag__ sl);
  show("double", __real__ d, __imag__ d);
  show("float", __real__ cf, __imag__ cf);
  show("long double", (double)__real__ cl, (double)__imag__ cl);
  show("sum", __real__ sum, __imag__ sum);
  printf("%d\n", (int)sizeof(__builtin_complex(1.0f, 2.0f)));
  return 0;
}
