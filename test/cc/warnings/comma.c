/* The comma operator's operands that do nothing (-Wunused-value, in -Wall): the left one, or in a statement the last one. */
int f(void);
void g(int);
int t(int a, int b, int *p) {
  int n = 0;
  n = (a, b);
  n += (a++, b);
  n = (f(), b);
  n = ((void)a, b);
  a, b;
  a++, b;
  a, b++;
  f(), a;
  for (a = 0, b = 0; a < 3; a++, b++) n++;
  for (a, b; a < 3; a++) n++;
  n = (a, b, f());
  n = (*p, 3);
  n = ((a == b), a);
  g((a, b));
  (void)(a, b);
  (a, b) ? n++ : n--;
  n = (0, 1);
  a + 1, b++;
  n = (a ? f() : 0, b);
  return n, a;
}
void more(int a, int b, int c, volatile int v) {
  a, b, c;
  a = 1, b;
  v, a++;
  a++, v;
  b = (v, a);
  (void)a, (void)b, c;
  (void)a, (void)b;
  a++, (void)b;
  a++, (long)b;
}
int nested(int a, int b, int c) {
  int n = ((a++, b), c);
  n += ((a++, b, c), a++);
  n += ((a++, (void)b), c);
  n += (((a++, b), c), a);
  return n;
}
int constants(const int k, int a) {
  int n = ((a++, k), a);
  n += (k, a);
  a++, k;
  return n;
}
volatile int device_register;
int addresses(int a, volatile int *p) {
  int n = (&device_register != p, a);
  &device_register;
  return n;
}
