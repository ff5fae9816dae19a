/* -Wunused-label (-Wall, -Wunused): warned when the scope that binds the label ends, interleaved with unused variables as gcc orders them. */
int f(int a) {
  int unused1;
  {
    int inner;
  l1:
    a++;
  }
  {
    __label__ loc, loc2;
    int x;
    int y = 0;
   loc: a++;
   loc2: a += y;
    goto loc2;
  }
  goto used;
used:
l2: __attribute__((unused));
l3:
  return a;
}
void g(void) {
  void *p = &&taken;
taken:
  (void)p;
 lone: ;
}
int h(int n) {
  goto later;
  int v;
 later:
  n++;
  int w;
 again:
  asm goto ("" : : : : again2);
 again2:
  return n;
}
