/*
 * A pseudo-terminal pair from posix_openpt, grantpt, unlockpt and ptsname (gawk's
 * coprocesses use one): what is written to the slave is read from the master.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

int main(void) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0) {
    printf("posix_openpt: %s\n", strerror(errno));
    return 0;
  }
  printf("grantpt %d unlockpt %d\n", grantpt(master), unlockpt(master));
  const char *name = ptsname(master);
  char again[64];
  int r = ptsname_r(master, again, sizeof again);
  printf("ptsname %s, ptsname_r %d same %d\n", name && strncmp(name, "/dev/pts/", 9) == 0 ? "/dev/pts/N" : "?",
         r, name && strcmp(name, again) == 0);
  r = ptsname_r(master, again, 4);
  printf("ptsname_r into 4 bytes: %d\n", r);
  int slave = open(name, O_RDWR | O_NOCTTY);
  struct termios t;
  tcgetattr(slave, &t);
  cfmakeraw(&t);
  tcsetattr(slave, TCSANOW, &t);
  write(slave, "hello", 5);
  char buf[16] = {0};
  ssize_t n = read(master, buf, sizeof buf - 1);
  printf("read %zd: %s\n", n, buf);
  errno = 0;
  r = grantpt(open("/dev/null", O_RDONLY));
  printf("grantpt(/dev/null) %d errno %s\n", r, errno == EINVAL ? "EINVAL" : strerror(errno));
  return 0;
}
