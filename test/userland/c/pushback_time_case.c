/*
 * ungetc takes back more than one byte, as glibc's does (the last one given is read
 * first), also before anything was read and on an unbuffered stream; localtime, ctime
 * and their _r forms give NULL for a time whose year does not fit in an int.
 */
#include <errno.h>
#include <stdio.h>
#include <time.h>

static void rest(FILE *f) {
  int c;
  while ((c = getc(f)) != EOF) putchar(c);
  putchar('\n');
}

int main(void) {
  FILE *f = tmpfile();
  fputs("hello", f);
  rewind(f);
  printf("%c", getc(f));
  printf("%c\n", getc(f));
  printf("%d ", ungetc('X', f));
  printf("%d ", ungetc('Y', f));
  printf("%d\n", ungetc('Z', f));
  rest(f);
  rewind(f);
  printf("%d ", ungetc('1', f));
  printf("%d ", ungetc('2', f));
  rest(f);
  rewind(f);
  setvbuf(f, NULL, _IONBF, 0);
  getc(f);
  printf("%d ", ungetc('a', f));
  printf("%d ", ungetc('b', f));
  rest(f);
  fclose(f);

  time_t big = (time_t)1 << 60;
  struct tm tm;
  char buf[64];
  errno = 0;
  printf("localtime_r %s", localtime_r(&big, &tm) ? "non-NULL" : "NULL");
  printf(" (%s)", errno == EOVERFLOW ? "EOVERFLOW" : "?");
  printf(", localtime %s", localtime(&big) ? "non-NULL" : "NULL");
  printf(", ctime_r %s", ctime_r(&big, buf) ? "non-NULL" : "NULL");
  printf(", ctime %s\n", ctime(&big) ? "non-NULL" : "NULL");
  return 0;
}
