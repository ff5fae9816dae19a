/* sizeof mistakes: -Wsizeof-array-argument (on by default), -Wsizeof-pointer-div and -Wsizeof-array-div (-Wall), with gcc's notes. */
struct S { int x[4]; int *p; };
int g[10];
long f(int a[10], int *q, struct S *s, char c[]) {
  long r = 0;
  int *ip = g;
  int arr[8];
  r += sizeof(int *) / sizeof(int);
  r += sizeof(ip) / sizeof(int);
  r += sizeof(q) / sizeof(q[0]);
  r += sizeof(s->p) / sizeof(*s->p);
  r += sizeof(s->x) / sizeof(s->x[0]);
  r += sizeof(arr) / sizeof(char);
  r += sizeof arr / sizeof(short);
  r += sizeof(arr) / sizeof(arr[0]);
  r += sizeof(ip) / sizeof(char);
  r += sizeof(a) / sizeof(a[0]);
  r += sizeof(c) / sizeof(c[0]);
  r += sizeof((a)) + sizeof(a + 0) + sizeof(*a);
  r += sizeof(ip) / sizeof(long);
  r += sizeof(g) / sizeof(long);
  r += sizeof(ip) / (sizeof(ip[0]));
  r += (sizeof(ip)) / sizeof(ip[0]);
  return r;
}
long counted(void) {
  long r = 0;
  short arr[8];
  int m[3][4];
  char buf[10];
  int *ip = 0;
  const int *cip = 0;
  r += sizeof(arr) / (sizeof(char));
  r += sizeof m / sizeof(int);
  r += sizeof m / sizeof m[0];
  r += sizeof m / sizeof(long);
  r += sizeof buf / sizeof(int);
  r += sizeof(cip) / sizeof(int);
  r += sizeof(ip) / sizeof(const int);
  r += sizeof(int[4]) / sizeof(long);
  r += sizeof(ip) / sizeof(unsigned);
  r += sizeof(ip) % sizeof(*ip);
  r = sizeof(ip) / sizeof(*ip) / 2;
  r = 2 * sizeof(ip) / sizeof(*ip);
  r /= sizeof(*ip);
  return r;
}
