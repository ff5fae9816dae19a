/* Comparisons decided before the program runs: -Wbool-compare, -Wtautological-compare, and integer operations used as truth values (-Wint-in-bool-context), all in -Wall. */
int f(int a, int b, unsigned u, _Bool t, double d) {
  int n = 0;
  if ((a > 1) == 3) n++;
  if ((a > 1) != 3) n++;
  if (t == 2) n++;
  if (t < 2) n++;
  if (t > 1) n++;
  if (t >= 0) n++;
  if (t < 0) n++;
  if (t <= 1) n++;
  if (2 == (a && b)) n++;
  if (!a == 2) n++;
  if (a << 1) n++;
  if (u << 1) n++;
  if (a * b) n++;
  if (a ? 2 : 3) n++;
  if (a ? 1 : 3) n++;
  if (a ? 0 : 3) n++;
  if (a ? 1 : 0) n++;
  if (a ? b : 3) n++;
  while (a << b) n++;
  n += !(a * 2);
  n += (a << 2) && b;
  n += b || (a * 3);
  n += (a * 2) ? 1 : 0;
  _Bool z = a * 2;
  if (1 << 3) n++;
  if (2 * 3) n++;
  if (a == a) n++;
  if (a != a) n++;
  if (a < a) n++;
  if (a >= a) n++;
  if (d == d) n++;
  if ((a & 2) == 1) n++;
  if ((a & 2) != 1) n++;
  if ((a | 4) == 1) n++;
  if ((a | 4) != 5) n++;
  if ((a & 3) == 3) n++;
  if (1 == (a & 2)) n++;
  if (a + 1 == a + 1) n++;
  if (a > 1 == 0) n++;
  return n + z;
}
struct pt { int x, y; };
int more(struct pt *p, int *v, char c, volatile int w, int i) {
  int n = 0;
  if (p->x == p->x) n++;
  if (v[0] == v[0]) n++;
  int arr[4] = { 0 };
  if (arr[1] == arr[1]) n++;
  if (arr[i] == arr[i]) n++;
  if (v[i] == v[i]) n++;
  if (*v != *v) n++;
  if (c == c) n++;
  if (w == w) n++;
  if ((long)i == i) n++;
  if (sizeof(int) == sizeof(int)) n++;
  if ((c & 0x80) == 0x100) n++;
  if ((i & 0xff) != -1) n++;
  if ((i | 1) == 0) n++;
  if (n ? p->x : 7) n++;
  if (!(i << 2)) n++;
  for (; i * 2; i--) n++;
  do n++; while (i << 1);
  return (i * 3) || n;
}
int fn(void);
struct two { int a[2], b[2]; };
int arrays(int *p, int a[3], char s[], struct two *t) {
  int arr[3] = {0}, other[3] = {0};
  return (fn == fn) + (arr == arr) + (arr != other) + (a == a) + (p == p) + (&arr[0] == &arr[0]) + (s == s) + (__func__ == __func__) + (t->a == t->b) + (arr < other);
}
struct cs { const int m; int k; };
int constants(const int c, int * const p, const int *q, struct cs *t, unsigned char u, signed char sc, unsigned short us) {
  const int local = c + 1;
  int n = (c == c) + (p == p) + (*q == *q) + (local <= local) + (t->m == t->m) + (*p == *p);
  n += (u != 300) >= 5;
  n += (u == 255) >= 5;
  n += (u < 256) == 3;
  n += (sc > -129) == 3;
  n += (us != 70000) == 3;
  n += (u != -1) == 3;
  n += (c != 1) == 3;
  return n;
}
int fv(void);
int bitwise(int x, int y, int z, int *p) {
  int n = 0;
  n += 0x57 != (0x65 | (x ^ (y = z)));
  n += 0x57 != (0x65 | (x ^ y));
  n += 0x57 != (0x65 | fv());
  n += (0x65 | fv()) != 0x57;
  n += (0x65 | (*p = 3)) != 0x57;
  n += ((y = 3) | 0x65) != 0x57;
  n += (x | 0x65) != 0x57;
  n += ((x = 1) > 0) == 5;
  return n;
}

long *gp;
int shortened(int x, unsigned char l, int y) {
  int n = 0;
  n += 0x57L != (0x65L | (x ^ y));
  n += 0x57L != (0x65L | (l ^ ((*gp) = y)));
  n += 0x57L != (0x65L | (l ^ y));
  n += 0x57 != (0x65 | l);
  n += 0x57 != (0x65 | (unsigned char)x);
  return n;
}
struct fields { unsigned f0; signed f1 : 31; };
int nested(struct fields p, int a, unsigned char uc, short s) {
  int n = 0;
  n += ((a != 3) <= p.f0) < (-10L);
  n += ((a != 3) <= p.f1) < (-10L);
  n += (a <= p.f0) < (-10L);
  n += ((a || uc) > 255UL);
  n += ((a >= -5) == 4L) == 0xDB05D7E6L;
  n += (uc >= -5) == 4L;
  return n;
}
unsigned long long umod(unsigned long long, unsigned long long);
short smul(short, short);
int folded(int a, int b, unsigned long long u, short s) {
  int n = 0;
  n += (0L <= umod(u, 3)) == 0x5977850406789LL;
  n += (0xD4075E5BE3678092LL != (a > b)) >= 0x6AFA11A28751E7A8LL;
  n += ((0UL ^ 1UL) & smul(s, 2)) != 0x0A33L;
  n += ((a++, b) == 5) >= -5;
  n += ((a++, (a && b)) == 4294967288UL) >= -5L;
  n += (+(a && b)) <= 0x18053EF4L;
  n += a == +a;
  return n;
}
