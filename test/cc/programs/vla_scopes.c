/* Variable length arrays beyond plain declarations: VLA parameters, VLA types in sizeof and typedefs,
 * pointers to VLA rows, a VLA inside a statement expression among a call's arguments,
 * loops whose body declares a VLA and backward gotos over one (each must give the space back). */
int printf(const char *fmt, ...);

static int report(int tag, int value, const char *label) {
  printf("%d %d %s\n", tag, value, label);
  return value;
}

static long grid_sum(int rows, int cols) {
  int (*grid)[cols] = __builtin_alloca(sizeof(int[rows][cols]));
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) grid[r][c] = r * cols + c;
  long s = 0;
  for (int r = 0; r < rows; r++) s += grid[r][cols - 1];
  return s + (long)sizeof(*grid) + (long)sizeof(grid[0][0]);
}

/* Parameters sized by earlier parameters: the rows' size is computed on entry. */
static int weighted(int rows, int cols, int m[rows][cols]) {
  int s = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) s += m[i][j] * (i + 1);
  return s + (int)sizeof(m[0]) + (int)sizeof(*m[0]);
}

static void last_column(int n, double a[n][n + 1]) {
  for (int i = 0; i < n; i++) a[i][n] = i * 0.5;
}

int main(void) {
  int cells[3][4];
  for (int i = 0; i < 12; i++) cells[i / 4][i % 4] = i;
  double wide[5][6];
  last_column(5, wide);
  printf("%d %g\n", weighted(3, 4, cells), wide[4][5] + wide[1][5]);
  int n = 7;
  printf("%d %d\n", (int)sizeof(char[n]), (int)sizeof(long[3][n]));
  typedef short row_t[n + 1];
  n = 100; /* the typedef keeps the length it had when declared */
  row_t r;
  printf("%d %d\n", (int)sizeof(row_t), (int)sizeof r);
  char k = 4;
  double (*cube)[k][k + 1] = 0;
  printf("%d %d %d\n", (int)sizeof(*cube), (int)sizeof(**cube), (int)sizeof(***cube));
  report(1, ({ int m = 6; int tmp[m]; for (int i = 0; i < m; i++) tmp[i] = i; tmp[5] + (int)sizeof tmp; }), "stmt-expr");
  printf("%ld\n", grid_sum(4, 6));
  long total = 0;
  for (int i = 0; i < 200000; i++) {
    int big[1000 + i % 7];
    big[0] = i;
    big[999] = 1;
    total += big[0] + big[999];
    if (i % 3 == 0) continue;
    total++;
  }
  printf("%ld\n", total);
  /* A backward goto over a VLA declaration leaves its scope: the space must come back. */
  int round = 0;
  long sum = 0;
again:;
  int chunk[1000 + round % 5];
  chunk[0] = round;
  sum += chunk[0];
  if (++round < 300000) goto again;
  printf("%ld\n", sum);
  return 0;
}
