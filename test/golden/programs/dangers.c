/*
 * The tutorial's three dangers: a kernel-space pointer, an unmapped pointer and a string
 * too long for the kernel's 256-byte buffer. Each must make syscall 329 fail with EFAULT,
 * and the next call must still work.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define SYS_stephen 329

static void try(const char *what, const char *arg)
{
  errno = 0;
  long res = syscall(SYS_stephen, arg);
  printf("%s: returned %ld, errno %d\n", what, res, errno);
}

int main(void)
{
  char long_string[301];
  memset(long_string, 'x', 300);
  long_string[300] = '\0';

  try("kernel pointer", (const char *)0xffffffff81000000UL);
  try("unmapped pointer", (const char *)0x10);
  try("300-byte string", long_string);
  try("still works", "after the dangers");
  return 0;
}
