/* GNU transparent unions: the parameter takes any member's type, passed as the first member. */
int printf(const char *fmt, ...);

union wait { int w_status; };
typedef union { union wait *uptr; int *iptr; } wait_status __attribute__((__transparent_union__));
union __attribute__((transparent_union)) number { int i; unsigned u; };

int status;
union wait wstatus;

static void which(wait_status s) {
  printf("%d\n", s.iptr == &status ? 1 : s.uptr == &wstatus ? 2 : s.iptr == 0 ? 3 : 0);
}

static void show(union number x) { printf("%d\n", x.i); }

int main(void) {
  wait_status whole;
  whole.iptr = &status;
  which(&status);
  which(&wstatus);
  which(0);
  which(whole);
  show(5);
  show(7u);
  return 0;
}
