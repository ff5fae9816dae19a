/* Constant conversions, GNU casts to a union, imaginary integer constants, odd declarators. */
int printf(const char *fmt, ...);

/* gcc folds these at compile time and saturates instead of producing 0x80000000. */
int big(void) { return (int)4294967296.0; }
int from_float(void) { return (int)(float)2147483647; }
int not_a_number = (int)(0.0 / 0.0);
unsigned char clipped = (unsigned char)1000.0;

union number { int i; double d; char *s; };
static int show(union number n) { return n.i; }

/* Attributes may open a nested declarator; `int ()` is an abstract function parameter. */
static int twice(int f(int), int v) { return f(f(v)); }
static int inc(int v) { return v + 1; }
static int apply(int (__attribute__((unused)) *fn)(int (int), int), int v) { return fn(inc, v); }
int call_it(int (), int);

int main(void) {
  union number a = (union number)2.5;
  _Complex int z = 3 + 4i;
  _Complex unsigned long w = 7ul + 2iul;
  printf("%d %d %d %d\n", big(), from_float(), not_a_number, clipped);
  printf("%g %d %s\n", a.d, show((union number)41), ((union number)"text").s);
  printf("%d %d %lu %lu %d\n", __real__ z, __imag__ z, __real__ w, __imag__ w, (int)sizeof(5i));
  printf("%d\n", apply(twice, 1));
  return 0;
}
