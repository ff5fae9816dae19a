/*
 * stdout and stderr into one pipe: stdout is fully buffered (4096 bytes, as
 * glibc sizes it for a pipe) and stderr unbuffered, so the merged output
 * interleaves where glibc's does.
 */
#include <stdio.h>
#include <string.h>
int main(void){
  static char big[10000]; memset(big, 'x', sizeof big - 1);
  for (int i = 0; i < 300; i++) { printf("line %d\n", i); if (i % 50 == 0) fprintf(stderr, "err %d\n", i); }
  printf("%s\n", big); fprintf(stderr, "after big\n");
  fwrite(big, 1, 5000, stdout); fprintf(stderr, "after fwrite\n");
  for (int i = 0; i < 5; i++) { fputs("abc", stdout); fputc('\n', stderr); }
  return 0;
}
