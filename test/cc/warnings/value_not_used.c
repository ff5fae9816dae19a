/* A statement that does something, but also computes a value it throws away (-Wunused-value, in -Wall). */
int f(void);
long fl(void);
char *fp(void);
int *p, a[4], i, j;
long l;
volatile int v, *vp;
struct S { int x; } *ps, s;
double d;

void t(void) {
  *p++;
  f() + 1;
  i++ + 1;
  a[i++];
  a[f()];
  ps[i++].x;
  (ps++)->x;
  i ? f() : 0;
  f() == 0 ? i : j;
  i && f();
  i || j++;
  f() && i;
  i && (j + f());
  -f();
  !f();
  ~i++;
  *vp++;
  vp[f()];
  v + 1;
  &a[f()];
  *&a[f()];
  ({ f(); });
  ({ i++; 1; });
  ({ f(); }) + 1;
  (f(), 0);
  (f(), i + 1);
  f() + 1, i++;
  i++ == 1;
  (i = 1) + 2;
  d = 1, f() * 2;
  (void)(f() + 1);
  s = (struct S){ f() };
  /* a conversion that changes no bits is looked through */
  (long)f();
  (unsigned)f();
  (unsigned long)f();
  (long)fl();
  (char *)fp();
  (int *)fp();
  (long)i++;
  (unsigned)i++;
  (short)f();
  (char)f();
  (int)fl();
  (long)fp();
  (_Bool)f();
  (float)f();
  (double)f();
  (int)l++;
  (char)i++;
  /* what has no effect at all */
  sizeof(f());
  sizeof(int);
  _Alignof(int);
  __alignof__(f());
  __builtin_offsetof(struct S, x);
  for (i = 0; i < 2; i++ + 1) ;
}

/* A condition's and a for clause's warnings come before those of the statement after them. */
void clauses(int a, int x) {
  if (a = 1) { x == 1; }
  while (a = 2) x == 2;
  do x == 3; while (a = 3);
  for (; a = 3; a++) x == 3;
  for (i = 0; i < 2; i + 1) x == 4;
  for (i = 0; i < 2; i++, j) ;
  for (i, j; i < 2; i++) ;
  for (f() + 1; i < 2; f() + 1) ;
  for (; i < 2; (void)0) ;
}
