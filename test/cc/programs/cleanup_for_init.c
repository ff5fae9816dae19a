/* A cleanup variable declared in a for statement's init clause is cleaned up when the loop ends. */
int printf(const char *fmt, ...);

static void done(int *p) { printf("done %d\n", *p); }

static int first_over(int limit) {
  for (__attribute__((cleanup(done))) int i = 0; i < 10; i++) {
    __attribute__((cleanup(done))) int inner = i * 10;
    if (i == limit) return i;
    if (i == 1) continue;
    if (i == 3) break;
  }
  printf("after the loop\n");
  return -1;
}

int main(void) {
  printf("%d\n", first_over(2));
  printf("%d\n", first_over(7));
  return 0;
}
