int printf(const char *fmt, ...);
struct small { int a, b; };
struct mixed { double d; long l; };
struct big { long x[5]; };
struct chars { char c[3]; };
struct odd { char a; short b; char c[3]; };
struct small mk_small(int a, int b) { struct small s = { a, b }; return s; }
struct mixed mk_mixed(double d, long l) { struct mixed m = { d, l }; return m; }
struct big mk_big(long base) { struct big b; for (int i = 0; i < 5; i++) b.x[i] = base + i; return b; }
struct chars mk_chars(void) { struct chars c = { { 'x', 'y', 'z' } }; return c; }
long sum_big(struct big b) { long s = 0; for (int i = 0; i < 5; i++) s += b.x[i]; return s; }
int sum_small(struct small s, struct small t) { return s.a + s.b * 10 + t.a * 100 + t.b * 1000; }
double use_mixed(struct mixed m, int k) { return m.d * k + m.l; }
int odd_sum(struct odd o) { return o.a + o.b + o.c[0] + o.c[2]; }
int regs_exhausted(int a, int b, int c, int d, int e, struct small s, int f) { return a + b + c + d + e + s.a * s.b + f; }
struct node { int val; struct node *next; };
int main(void) {
  struct small s = mk_small(3, 4);
  struct mixed m = mk_mixed(2.5, 7);
  struct big b = mk_big(100);
  struct chars c = mk_chars();
  printf("%d %d | %f %ld | %ld %ld | %c%c%c\n", s.a, s.b, m.d, m.l, b.x[0], b.x[4], c.c[0], c.c[1], c.c[2]);
  printf("sum_big %ld sum_small %d mixed %f\n", sum_big(b), sum_small(s, mk_small(5, 6)), use_mixed(m, 3));
  struct odd o = { 1, 2, { 3, 4, 5 } };
  printf("odd %d size %d\n", odd_sum(o), (int)sizeof(struct odd));
  printf("regs %d\n", regs_exhausted(1, 2, 3, 4, 5, s, 6));
  struct node n3 = { 3, 0 }, n2 = { 2, &n3 }, n1 = { 1, &n2 };
  int total = 0;
  for (struct node *p = &n1; p; p = p->next) total += p->val;
  printf("list %d\n", total);
  struct small arr[3] = { { 1, 2 }, { 3, 4 }, [2].b = 9 };
  struct small *ps = arr;
  ps++;
  printf("arr %d %d %d %d\n", ps->a, ps[1].b, (ps - 1)->b, arr[2].a);
  struct small copy;
  copy = arr[1];
  copy.a += 10;
  printf("copy %d %d\n", copy.a, arr[1].a);
  return s.a;
}
