/* Lengths in a type name are evaluated where it appears (casts, compound literals, sizeof),
   and sizeof evaluates an operand of variably modified type. */
int printf(const char *fmt, ...);

int i;
void *p;

/* A struct member pointing to VLA rows: the row size is the one when the struct was defined. */
static double corner(int x, int y) {
  double cells[4][5] = { [2][3] = 7.5 };
  struct view { double (*rows)[x][y]; } v;
  v.rows = (void *)cells;
  x += 10;
  y += 10;
  return (*v.rows)[x - 12][y - 12];
}

int main(void) {
  printf("%g\n", corner(4, 5));
  int rows[4][6];
  void *x = rows;
  p = (int (*)[++i])x;
  printf("%d\n", i);
  x = (void *)(int (*)[++i])p;
  (void)(int (*)[++i])p;
  printf("%d\n", i);
  p = (int (*)[++i]){ x };
  printf("%d\n", i);
  int size = (int)sizeof(int[++i]);
  printf("%d %d\n", size, i);
  size = (int)sizeof(*(int (*)[++i])p);
  printf("%d %d\n", size, i);
  int n = 6;
  int (*view)[n] = (int (*)[n])rows;
  view[2][3] = 42;
  printf("%d %d\n", rows[2][3], ((int (*)[n])x)[2][3]);
  /* typeof of a variably modified type evaluates its lengths, or its operand. */
  int t = 0, j = -1, k = -1;
  (j = ++t), (void)(typeof((int (*)[(k = ++t)])p))p;
  printf("%d %d %d\n", j, k, t);
  (j = ++t), (void)(typeof(int (*)[(k = ++t)]))p;
  printf("%d %d %d\n", j, k, t);
  int sized = sizeof(typeof(*(++t, (char (*)[t])p)));
  printf("%d %d\n", sized, t);
  int (**lit)[1] = &(typeof(++t, (int (*)[t])p)){ (int (*)[1])p };
  printf("%d %d\n", *lit == p, t);
  int a = 1;
  size = (int)sizeof(*(++a, (char (*)[a])0));
  printf("%d %d\n", size, a);
  return 0;
}
