/* Grammar corners real programs use: a trailing comma after the last enumerator, and
 * an undeclared alloca (gcc treats it as the builtin). */
int printf(const char *fmt, ...);

enum colour { RED = 3, GREEN, BLUE, };
enum { FIRST, SECOND, };

static int fill(int n) {
  int *scratch = alloca(n * sizeof(int));
  int s = 0;
  for (int i = 0; i < n; i++) scratch[i] = i * i;
  for (int i = 0; i < n; i++) s += scratch[i];
  return s;
}

int main(void) {
  enum colour c = BLUE;
  printf("%d %d %d\n", c, SECOND, fill(10));
  return 0;
}
