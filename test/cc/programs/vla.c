int printf(const char *fmt, ...);
static long sum(int n) {
  int a[n];
  for (int i = 0; i < n; i++) a[i] = i * i;
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s + (long)sizeof a;
}
static int matrix(int rows, int cols) {
  int m[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) m[i][j] = i * 100 + j;
  return m[rows - 1][cols - 1] + (int)sizeof(m) + (int)sizeof(m[0]);
}
int main(void) {
  printf("%ld %ld %d\n", sum(10), sum(3), matrix(3, 5));
  int *q;
  q = __builtin_alloca(16 * sizeof(int));
  for (int i = 0; i < 16; i++) q[i] = i * 3;
  printf("alloca %d\n", q[15]);
  char buf[sizeof(int) * 4];
  printf("%d\n", (int)sizeof buf);
  return 0;
}
