/* Library functions called without their header: gcc gives the call the function's
   real prototype (a builtin it knows), so double and pointer results survive and
   int arguments become doubles. */
int printf(const char *, ...);

static double scaled(double m, int e) { return ldexp(m, e); }

int main(void) {
  double whole;
  printf("%g %g\n", scaled(3, 4), ldexp(1, -2));     /* int 3 and 1 become doubles */
  double part = modf(-7.25, &whole);
  printf("%g %g\n", part, whole);
  printf("%g\n", copysign(2, -0.0));
  char *p = malloc(32);                               /* no <stdlib.h> */
  strcpy(p, "rosetta");
  printf("%s %d %c\n", p, (int)strlen(p), toupper(p[0]));
  free(p);
  printf("%ld\n", labs(-123456789L));
  return abs(-3) - 3;
}

/* A later definition may disagree with the builtin prototype: gcc only warns. */
int toupper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
