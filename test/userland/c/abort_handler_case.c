/*
 * abort() raises SIGABRT so that a handler of the program's runs first (C11 7.22.4.1,
 * POSIX), also when abort is called again from inside it; a handler that returns does
 * not stop the abort (the child shows how it ended).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void second(int sig) {
  printf("second handler, signal %d\n", sig);
  exit(0);
}

static void first(int sig) {
  printf("first handler, signal %d\n", sig);
  fflush(stdout);
  signal(SIGABRT, second);
  abort();
}

static void returns(int sig) {
  (void)sig;
  printf("a handler that returns\n");
  fflush(stdout);
}

int main(void) {
  pid_t child = fork();
  if (child == 0) {
    signal(SIGABRT, returns);
    abort();
  }
  int status;
  waitpid(child, &status, 0);
  printf("child: signalled %d by %d\n", WIFSIGNALED(status), WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  fflush(stdout);
  signal(SIGABRT, first);
  abort();
  return 1;
}
