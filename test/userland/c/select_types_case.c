/*
 * As with glibc, <sys/types.h> alone gives fd_set, the FD_* macros and select (old
 * networking code relies on it), and <sys/select.h> brings the types select and pselect
 * take (struct timeval, struct timespec, sigset_t) but none of <signal.h>'s or <time.h>'s
 * other names: a program may use them for its own things.
 */
#include <sys/types.h>
#include <unistd.h>
#include <stdio.h>

#ifdef SIGINT
#error "<sys/types.h> brought <signal.h>"
#endif
#ifdef CLOCKS_PER_SEC
#error "<sys/types.h> brought <time.h>"
#endif

/* Names of <signal.h> and <time.h>, free for the program's own use here. */
static int signal(int x) { return x + 1; }
static int raise = 40;
struct tm { int own; };
static int clock(void) { return 7; }

int main(void) {
  fd_set set;
  int fds[2];
  struct timeval tv = { 0, 0 };
  struct tm mine = { 2 };
  sigset_t *no_mask = NULL;
  struct timespec ts = { 0, 0 };

  FD_ZERO(&set);
  if (pipe(fds) != 0)
    return 1;
  FD_SET(fds[0], &set);
  printf("before write: %d ready\n", select(fds[0] + 1, &set, NULL, NULL, &tv));
  if (write(fds[1], "x", 1) != 1)
    return 1;
  FD_SET(fds[0], &set);
  printf("after write: %d ready, isset %d\n", pselect(fds[0] + 1, &set, NULL, NULL, &ts, no_mask), FD_ISSET(fds[0], &set));
  FD_CLR(fds[0], &set);
  printf("cleared: %d; fd_set %d bytes, FD_SETSIZE %d, NFDBITS %d\n", FD_ISSET(fds[0], &set), (int)sizeof(fd_set), FD_SETSIZE,
         (int)NFDBITS);
  printf("own names: %d %d %d %d\n", signal(1), raise, mine.own, clock());
  return 0;
}
