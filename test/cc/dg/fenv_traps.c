/* glibc's trap control: feenableexcept unmasks an exception, so an invalid operation
   kills the program with SIGFPE; fedisableexcept masks it again. */
#define _GNU_SOURCE
#include <fenv.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static volatile double zero = 0.0, one = 1.0;

static void on_fpe(int sig) {
  printf("SIGFPE %d\n", sig == SIGFPE);
  exit(0);
}

int main(void) {
  printf("enabled %#x\n", fegetexcept());
  printf("previous %#x\n", feenableexcept(FE_INVALID | FE_DIVBYZERO));
  printf("enabled %#x\n", fegetexcept());
  printf("previous %#x\n", fedisableexcept(FE_DIVBYZERO));
  printf("enabled %#x\n", fegetexcept());
  printf("masked 1/0 = %g\n", one / zero);
  fflush(stdout);
  signal(SIGFPE, on_fpe);
  printf("0/0 = %g\n", zero / zero);
  return 1;
}
