/* Old-style definitions and parameter declarations with side effects. */
int printf(const char *fmt, ...);

static void copy_pair(char *, char *);
static char first[] = "first", second[] = "second";

/* A K&R definition after a prototype: the prototype's types, the definition's names. */
static void copy_pair(dst, src)
     char *dst, *src;
{
  printf("%s %s\n", dst, src);
}

/* An unprototyped caller passes a float as a double; the body still sees a float. */
float scale(x, k)
     float x;
     short k;
{
  return x * k;
}

/* `a[n++]`: the size expression is evaluated on entry though `a` is only a pointer. */
static int bump(int n, int a[n++]) {
  return n + a[0];
}

int counter = 3, *where = &counter;
/* The size of a parameter's row, with a side effect, parsed before the function exists. */
static int row_size(char rows[2][(*where)++]) {
  return (int)sizeof rows[0];
}

int main(void) {
  float scale();
  int arr[4] = { 10 };
  char grid[2][8];
  copy_pair(first, second);
  printf("%g\n", scale(1.25f, 4));
  printf("%d\n", bump(5, arr));
  printf("%d", row_size(grid));
  printf(" %d\n", counter);
  return 0;
}
