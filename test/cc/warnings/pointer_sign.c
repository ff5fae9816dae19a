/* -Wpointer-sign (-Wall, -pedantic): pointees of one integer type but for its sign; and which pointee pairs are incompatible instead (long and long long, _Bool and char, an enum and int). Arguments get gcc's note at the parameter. */
enum E { A, B };
enum N { NA = -1 };
void conversions(char *c, long *l, long long *ll, int *i, unsigned *u, _Bool *b, enum E *e, enum N *n, const char *cc, char **pp, unsigned long *ul) {
  long long *a1 = l;
  unsigned long long *a2 = l;
  unsigned char *a3 = cc;
  const unsigned char *a4 = c;
  char *a5 = b;
  int *a6 = e;
  unsigned *a7 = e;
  int *a8 = n;
  unsigned char **a9 = pp;
  unsigned long long *a10 = ul;
  volatile signed char *a11 = cc;
  (void)a1; (void)a2; (void)a3; (void)a4; (void)a5; (void)a6; (void)a7; (void)a8; (void)a9; (void)i; (void)u; (void)ll; (void)a10; (void)a11;
}
int f(char *);
int h(int *q, char *p);
int k();
void arguments(unsigned char *u, long *l) {
  f(u);
  h(l, u);
  h(3, 0);
  f(l);
}
int h(int *q, char *p) { return *q + *p; }
void arguments_after_definition(unsigned char *u) { h(0, u); }
unsigned char *returned(char *p) { return p; }
void assigned(char *p, signed char *s, const char *c) {
  unsigned char *u;
  u = p;
  s = u;
  u = c;
  (void)s;
}
