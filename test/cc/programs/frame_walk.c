/* __builtin_return_address(N) and __builtin_frame_address(N) walk N frames up; a declared
   alloca is still the builtin. */
int printf(const char *fmt, ...);
extern void *alloca(unsigned long);

static void *callers_return, *callers_frame;

__attribute__((noinline)) static int inner(char *scratch) {
  scratch[0] = 'k';
  return __builtin_return_address(1) == callers_return && __builtin_frame_address(1) == callers_frame;
}

__attribute__((noinline)) static int outer(void) {
  char *scratch = alloca(16);
  callers_return = __builtin_return_address(0);
  callers_frame = __builtin_frame_address(0);
  int same = inner(scratch);
  return same * 10 + (scratch[0] == 'k');
}

int main(void) {
  printf("%d\n", outer());
  return 0;
}
