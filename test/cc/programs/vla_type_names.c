/* Lengths in a type name are evaluated where it appears (casts, compound literals, sizeof),
   and sizeof evaluates an operand of variably modified type. */
int printf(const char *fmt, ...);

int i;
void *p;

int main(void) {
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
  int a = 1;
  size = (int)sizeof(*(++a, (char (*)[a])0));
  printf("%d %d\n", size, a);
  return 0;
}
