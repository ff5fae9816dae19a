/* TS 18661-3's _Float32, _Float64, _Float32x and _Float64x: the formats of float, double
   and long double, but types of their own: not promoted through `...` or by a K&R
   definition, told apart by _Generic; constants take the f32/F64/f32x/f64x suffixes. */
#include <stdarg.h>
#include <stdio.h>

#define KIND(x) _Generic((x), float: "float", double: "double", long double: "long double", \
  _Float32: "_Float32", _Float64: "_Float64", _Float32x: "_Float32x", _Float64x: "_Float64x", default: "other")

static _Float32 sum32(int n, ...) {
  va_list ap;
  _Float32 s = 0;
  va_start(ap, n);
  while (n-- > 0) s += va_arg(ap, _Float32);
  va_end(ap);
  return s;
}

static _Float64x sum64x(int n, ...) {
  va_list ap;
  _Float64x s = 0;
  va_start(ap, n);
  while (n-- > 0) s += va_arg(ap, _Float64x);
  va_end(ap);
  return s;
}

static _Float32 kr_half(x)
  _Float32 x;
{
  return x / 2;
}

_Float32 g32 = 1.25f32;
_Float64 g64 = -2.5F64;
_Float32x g32x = 0x1.8p1f32x;
_Float64x g64x = 1e-4000f64x;

int main(void) {
  _Float32 a = 1.5f32, b = 2.25F32;
  float f = 1.0f;
  double d = 1.0;
  long double l = 1.0L;
  _Complex _Float32 z = 2.0f32 + 3.0if32;
  _Complex _Float64 w = 1.0f64 - 0.5F64i;

  printf("%s %s %s %s\n", KIND(a), KIND(1.0f64), KIND(1.0f32x), KIND(1.0F64x));
  printf("%s %s %s\n", KIND(a + f), KIND(g64 + d), KIND(g32x + d));
  printf("%s %s %s\n", KIND(g64x + l), KIND(g64 + g32x), KIND(a + 1));
  printf("%g %Lg\n", (double)sum32(3, a, b, g32), sum64x(2, g64x, (_Float64x)3));
  printf("%g\n", (double)kr_half(a));
  printf("%g %g %g %Lg\n", (double)g32, (double)g64, (double)g32x, (long double)g64x);
  printf("%g %g %g %g\n", (double)__real__ z, (double)__imag__ z, (double)__real__ w, (double)__imag__ w);
  printf("%g %g %Lg\n", (double)__builtin_inff32(), (double)__builtin_copysignf64(3.0, -1.0),
         (long double)__builtin_fabsf64x(-2.0f64x));
  printf("%d %d %d\n", (int)sizeof(_Float32), (int)sizeof(_Float32x), (int)sizeof(_Float64x));
  return 0;
}
