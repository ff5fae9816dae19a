/*
 * The large-file names of _LARGEFILE64_SOURCE (and _GNU_SOURCE): struct stat64, stat64,
 * off64_t, lseek64, open64, pread64, fopen64, fseeko64... are the plain ones on x86-64,
 * where off_t is 64 bits already (Tcl's configure asks for them).
 */
#define _LARGEFILE64_SOURCE 1
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "/tmp/largefile64_case";
  struct stat64 st;
  off64_t big = (off64_t)1 << 33;
  printf("sizes: stat64 %zu off64_t %zu ino64_t %zu\n", sizeof st, sizeof big, sizeof(ino64_t));
  int fd = open64(path, O_RDWR | O_CREAT | O_TRUNC | O_LARGEFILE, 0600);
  printf("lseek64 %lld\n", (long long)lseek64(fd, big, SEEK_SET));
  printf("write %zd\n", write(fd, "x", 1));
  int r = fstat64(fd, &st);
  printf("fstat64 %d size %lld\n", r, (long long)st.st_size);
  char c = 0;
  ssize_t n = pread64(fd, &c, 1, big);
  printf("pread64 %zd %c\n", n, c);
  printf("ftruncate64 %d\n", ftruncate64(fd, 10));
  close(fd);
  r = stat64(path, &st);
  printf("stat64 %d size %lld", r, (long long)st.st_size);
  printf(" lstat64 %d\n", lstat64(path, &st));
  FILE *f = fopen64(path, "r+");
  r = fseeko64(f, 4, SEEK_SET);
  printf("fseeko64 %d ftello64 %lld\n", r, (long long)ftello64(f));
  fclose(f);
  unlink(path);
  return 0;
}
