/* Differences of label addresses in a static initializer: the assembler computes them. */
int printf(const char *fmt, ...);

static int run(int which) {
  static const int offsets[] = { &&add_two - &&base, &&add_one - &&base, &&done - &&base };
  int r = 0;
  goto *(&&base + offsets[which]);
base:
  r += 100;
add_two:
  r += 2;
add_one:
  r += 1;
done:
  return r;
}

int main(void) {
  printf("%d %d %d\n", run(0), run(1), run(2));
  return 0;
}
