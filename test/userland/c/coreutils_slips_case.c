/*
 * What coreutils' configure and tests found against glibc: <sys/ioctl.h>'s _IO/_IOR/_IOW/
 * _IOWR (cp --reflink's FICLONE); futimens of a negative descriptor is EBADF (not the
 * current directory); fchmodat with AT_SYMLINK_NOFOLLOW changes a file that is no link;
 * x87 encodings the FPU rejects (unnormal, pseudo-infinity, pseudo-NaN) print and classify
 * as NaN, keeping their sign bit, and a pseudo-denormal prints as glibc's (od -tfL).
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

static long double x87(unsigned long long mantissa, unsigned short sign_exponent) {
  long double x = 0;
  unsigned char b[16] = { 0 };
  memcpy(b, &mantissa, 8);
  memcpy(b + 8, &sign_exponent, 2);
  memcpy(&x, b, sizeof x);
  return x;
}

int main(void) {
  printf("FICLONE %#lx _IO %#lx _IOR %#lx _IOWR %#lx dir %lu type %#lx nr %lu size %lu\n", (unsigned long)_IOW(0x94, 9, int),
         (unsigned long)_IO('T', 1), (unsigned long)_IOR('T', 0x30, unsigned int), (unsigned long)_IOWR('x', 2, long),
         (unsigned long)_IOC_DIR(_IOWR('x', 2, long)), (unsigned long)_IOC_TYPE(_IOWR('x', 2, long)),
         (unsigned long)_IOC_NR(_IOWR('x', 2, long)), (unsigned long)_IOC_SIZE(_IOWR('x', 2, long)));

  errno = 0;
  int r = futimens(AT_FDCWD, NULL);
  printf("futimens(AT_FDCWD) %d %s\n", r, strerror(errno));
  errno = 0;
  r = futimens(-1, NULL);
  printf("futimens(-1) %d %s\n", r, strerror(errno));

  char dir[] = "/tmp/coreutils-slips-XXXXXX", file[64], link[64];
  if (!mkdtemp(dir))
    return 1;
  snprintf(file, sizeof file, "%s/f", dir);
  snprintf(link, sizeof link, "%s/l", dir);
  close(creat(file, 0777));
  chmod(file, 0777);
  symlink("f", link);
  struct stat st;
  r = fchmodat(AT_FDCWD, file, 0600, AT_SYMLINK_NOFOLLOW);
  stat(file, &st);
  printf("fchmodat nofollow on a file: %d mode %o\n", r, (unsigned)(st.st_mode & 0777));
  errno = 0;
  r = fchmodat(AT_FDCWD, link, 0640, AT_SYMLINK_NOFOLLOW);
  printf("fchmodat nofollow on a link: %d %s\n", r, strerror(errno));
  r = fchmodat(AT_FDCWD, link, 0640, 0);
  stat(file, &st);
  printf("fchmodat through a link: %d mode %o\n", r, (unsigned)(st.st_mode & 0777));
  errno = 0;
  r = fchmodat(AT_FDCWD, file, 0600, 0x1000);
  printf("fchmodat bad flag: %d %s\n", r, strerror(errno));
  unlink(link);
  unlink(file);
  rmdir(dir);

  const struct { const char *what; unsigned long long m; unsigned short se; } odd[] = {
    { "unnormal", 0x0706050403020100ULL, 0x0908 }, { "pseudo-infinity", 0, 0x7fff },
    { "pseudo-NaN", 0x4000000000000000ULL, 0x7fff }, { "negative unnormal", 1, 0x8908 },
    { "pseudo-denormal", 0x8000000000000001ULL, 0 }, { "denormal", 0x0000000000000001ULL, 0 },
  };
  for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
    long double v = x87(odd[i].m, odd[i].se);
    int c = fpclassify(v), n = isnan(v), inf = isinf(v), s = signbit(v) != 0;
    printf("%-18s %Le %.21Lg %La fpclassify %d isnan %d isinf %d signbit %d\n", odd[i].what, v, v, v, c, n, inf, s);
  }
  return 0;
}
