/* C99 _Complex and the GNU spellings: arithmetic, conversions, __real__/__imag__ as
 * lvalues, imaginary constants, and complex values passed to and returned from
 * functions (laid out like struct { T re, im; }, as the ABI says). */
int printf(const char *fmt, ...);

typedef double _Complex cdouble;

static cdouble make(double re, double im) {
  cdouble z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}

static _Complex float square(_Complex float z) { return z * z; }

static void show(const char *what, cdouble z) { printf("%-8s %g %+g\n", what, __real__ z, __imag__ z); }

int main(void) {
  cdouble a = make(1, 2), b = make(3, -4);
  show("a+b", a + b);
  show("a-b", a - b);
  show("a*b", a * b);
  show("a/b", a / b);
  show("-a", -a);
  show("~a", ~a);
  show("a+1.5", a + 1.5);
  show("2*a", 2 * a);
  show("1/a", 1 / a);
  show("big/big", make(1e300, 1e300) / make(1e300, 2e300));
  printf("%d %d %d %d\n", a == a, a == b, a != b, a == make(1, 2));
  _Complex float f = square(0.5f - 0.25if);
  printf("%g %g\n", (double)__real__ f, (double)__imag__ f);
  cdouble widened = f;
  show("widened", widened);
  double real = a;
  printf("%g %d %d %d\n", real, !a, (_Bool)make(0, 1), (_Bool)make(0, 0));
  cdouble acc = 1.0 + 2.0i;
  acc += b;
  acc *= 2;
  acc /= 1.0 - 1.0i;
  show("acc", acc);
  __complex__ double lone = 3;
  show("lone", lone);
  show("builtins", make(__builtin_creal(a), __builtin_cimag(__builtin_conj(a))));
  long double _Complex wide = 1;
  __imag__ wide = 2;
  wide = wide + wide - 0.5L;
  printf("%Lg %Lg\n", __real__ wide, __imag__ wide);
  printf("%d %d %d\n", (int)sizeof(cdouble), (int)sizeof(_Complex float), (int)sizeof(long double _Complex));
  return 0;
}
