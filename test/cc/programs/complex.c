/* C99 _Complex and the GNU spellings: arithmetic, conversions, __real__/__imag__ as
 * lvalues, imaginary constants, and complex values passed to and returned from
 * functions (laid out like struct { T re, im; }, as the ABI says). */
int printf(const char *fmt, ...);

typedef double _Complex cdouble;

/* Static complex constants are folded at compile time. */
cdouble folded = (1.0 + 2.0i) * (3.0 - 1.0i) / 2.0i;
_Complex float folded_f = 1.5f;

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
  show("folded", folded + folded_f);
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
  long double _Complex lp = wide * (0.5L - 3.0iL), lq = wide / (0.5L - 3.0iL);
  printf("%.15Lg %.15Lg %.15Lg %.15Lg\n", __real__ lp, __imag__ lp, __real__ lq, __imag__ lq);
  printf("%d %d %d\n", (int)sizeof(cdouble), (int)sizeof(_Complex float), (int)sizeof(long double _Complex));
  /* GNU complex integers and the short spellings __real / __imag. */
  _Complex int ci = 3, cj;
  __imag ci = -2;
  __real cj = 5;
  __imag cj = 7;
  _Complex int cprod = ci * cj + 1, cdiff = ci - cj;
  printf("%d %d %d %d %d %d\n", __real cprod, __imag cprod, __real__ cdiff, __imag__ cdiff, ci == cj, ci != cj);
  _Complex short narrow = (_Complex double)cprod;
  _Complex char tiny = -narrow;
  printf("%d %d %d %d %d\n", __real__ narrow, __imag__ narrow, __real__ tiny, __imag__ tiny, (_Bool)tiny);
  return 0;
}
