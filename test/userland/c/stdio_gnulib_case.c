/*
 * Slips gnulib's tests found in stdio and its neighbours: only fopen's "e" sets
 * close-on-exec (fdopen, freopen, tmpfile and popen as glibc); %ls stops at its
 * precision before converting the next character and has no length limit; musl's
 * __freadahead, __freadptr, __freadptrinc and __fseterr (gnulib's way in when it cannot
 * see inside a FILE; with glibc this program reads the FILE's fields instead); ftell
 * counts a byte pushed back right after fseek; strerror_r, perror and %m leave
 * strerror's buffer alone; unsetenv removes every entry of the name; getcwd(buf, 0)
 * is EINVAL.
 */
/* No _GNU_SOURCE: strerror_r is the XSI one with glibc too. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static const char *scratch;

static int cloexec(FILE *f) {
  return (fcntl(fileno(f), F_GETFD) & FD_CLOEXEC) != 0;
}

static void close_on_exec(void) {
  const char *modes[] = { "w", "we", "r", "re", "a+", "w+e", "rbe", "r+be", "ab+e", "rb+" };
  for (int i = 0; i < 10; i++) {
    FILE *f = fopen(scratch, modes[i]);
    printf("fopen %-5s cloexec=%d\n", modes[i], cloexec(f));
    fclose(f);
  }
  const char *dm[] = { "r", "re", "w", "we" };
  for (int i = 0; i < 4; i++) {
    FILE *f = fdopen(open(scratch, O_RDWR), dm[i]);
    printf("fdopen %-3s of a plain fd cloexec=%d", dm[i], cloexec(f));
    fclose(f);
    f = fdopen(open(scratch, O_RDWR | O_CLOEXEC), dm[i]);
    printf(", of an O_CLOEXEC fd cloexec=%d\n", cloexec(f));
    fclose(f);
  }
  for (int i = 0; i < 4; i++) {
    FILE *f = fopen(scratch, "r");
    int fd = fileno(f);
    FILE *g = freopen(scratch, dm[i], f);
    printf("freopen %-3s cloexec=%d same fd=%d\n", dm[i], cloexec(g), fileno(g) == fd);
    fclose(g);
  }
  FILE *t = tmpfile();
  printf("tmpfile cloexec=%d\n", cloexec(t));
  fclose(t);
  const char *pm[] = { "r", "re", "w", "we" };
  for (int i = 0; i < 4; i++) {
    FILE *p = popen("true", pm[i]);
    printf("popen %-3s cloexec=%d\n", pm[i], cloexec(p));
    pclose(p);
  }
}

static void show(const char *what, int r, const char *buf) {
  printf("%s: r=%d \"%s\"\n", what, r, r >= 0 ? buf : "");
}

static void wide_strings(void) {
  static const wchar_t bad[] = { 'a', 'b', (wchar_t)0xfdfdfdfd, 0 };
  static const wchar_t abc[] = { 'a', 'b', 'c', 0 };
  static wchar_t big[1001];
  static char out[3000];
  char buf[100];
  int r;

  r = sprintf(buf, "%.2ls", bad);
  show("%.2ls of a, b, invalid", r, buf);
  r = sprintf(buf, "%.1ls", bad);
  show("%.1ls of a, b, invalid", r, buf);
  r = sprintf(buf, "%.0ls", bad);
  show("%.0ls of a, b, invalid", r, buf);
  errno = 0;
  r = sprintf(buf, "%.3ls", bad);
  printf("%%.3ls of a, b, invalid: r=%d EILSEQ=%d\n", r, errno == EILSEQ);
  r = sprintf(buf, "%ls", bad);
  printf("%%ls of a, b, invalid: r=%d\n", r);
  r = sprintf(buf, "[%.2ls|%5ls|%-4ls|%2ls|%*ls]", abc, abc, abc, abc, -6, abc);
  show("widths", r, buf);
  r = sprintf(buf, "[%lc|%3lc|%-3lc|%.0lc]", (wint_t)'x', (wint_t)'y', (wint_t)'z', (wint_t)'q');
  show("%lc", r, buf);
  r = sprintf(buf, "[%lc]", (wint_t)0);
  printf("%%lc of 0: r=%d\n", r);
  errno = 0;
  r = sprintf(buf, "[%lc]", (wint_t)0xfdfdfdfd);
  printf("%%lc of invalid: r=%d EILSEQ=%d\n", r, errno == EILSEQ);
  r = sprintf(buf, "%5ls|%.3ls|", (wchar_t *)0, (wchar_t *)0);
  show("null", r, buf);
  for (int i = 0; i < 1000; i++) big[i] = L'a' + i % 26;
  r = snprintf(out, sizeof out, "%ls", big);
  printf("%%ls of 1000: r=%d strlen=%zu [999]=%c\n", r, strlen(out), out[999]);
  r = snprintf(out, sizeof out, "%1200ls|", big);
  printf("%%1200ls: r=%d strlen=%zu [199]=%c [200]=%c\n", r, strlen(out), out[199], out[200]);
  r = snprintf(out, sizeof out, "%-1200ls|", big);
  printf("%%-1200ls: r=%d strlen=%zu [999]=%c [1000]=%c\n", r, strlen(out), out[999], out[1000]);
  r = snprintf(out, sizeof out, "%.777ls|", big);
  printf("%%.777ls: r=%d strlen=%zu\n", r, strlen(out));
  r = snprintf(out, 10, "%ls", big);
  printf("snprintf 10: r=%d \"%s\"\n", r, out);
  if (setlocale(LC_ALL, "C.UTF-8") != NULL) {
    static const wchar_t u[] = { 0xe9, 0x20ac, 'x', 0 };
    r = sprintf(buf, "%ls", u);
    show("UTF-8", r, buf);
    r = sprintf(buf, "%.4ls|", u);
    show("UTF-8 %.4ls", r, buf);
    r = sprintf(buf, "%.5ls|", u);
    show("UTF-8 %.5ls", r, buf);
    r = sprintf(buf, "%.1ls|", u);
    show("UTF-8 %.1ls", r, buf);
    r = sprintf(buf, "%8ls|", u);
    show("UTF-8 %8ls", r, buf);
    r = sprintf(buf, "%3lc|", (wint_t)0x20ac);
    show("UTF-8 %3lc", r, buf);
    for (int i = 0; i < 1000; i++) big[i] = 0x20ac;
    r = snprintf(out, sizeof out, "%ls", big);
    printf("%%ls of 1000 euro signs: r=%d strlen=%zu\n", r, strlen(out));
    setlocale(LC_ALL, "C");
  }
}

#if defined _IO_EOF_SEEN /* glibc: what gnulib reads in its FILE */
#ifndef _IO_IN_BACKUP
#define _IO_IN_BACKUP 0x100
#endif
static size_t read_ahead(FILE *f) {
  return (size_t)(f->_IO_read_end - f->_IO_read_ptr) +
         (f->_flags & _IO_IN_BACKUP ? (size_t)(f->_IO_save_end - f->_IO_save_base) : 0);
}
static const char *read_ptr(FILE *f, size_t *n) {
  if (f->_IO_read_ptr >= f->_IO_read_end || (f->_flags & _IO_IN_BACKUP))
    return NULL;
  *n = (size_t)(f->_IO_read_end - f->_IO_read_ptr);
  return f->_IO_read_ptr;
}
static void read_ptr_inc(FILE *f, size_t n) { f->_IO_read_ptr += n; }
static void set_error(FILE *f) { f->_flags |= _IO_ERR_SEEN; }
#else
#define read_ahead __freadahead
#define read_ptr __freadptr
#define read_ptr_inc __freadptrinc
#define set_error __fseterr
#endif

static void stream_internals(void) {
  FILE *f = fopen(scratch, "w+");
  size_t n = 0;
  const char *p;
  int c;

  fputs("0123456789", f);
  printf("writing: ahead=%zu\n", read_ahead(f));
  rewind(f);
  printf("after rewind: ahead=%zu ptr=%s\n", read_ahead(f), read_ptr(f, &n) ? "set" : "NULL");
  getc(f);
  printf("after getc: ahead=%zu\n", read_ahead(f));
  p = read_ptr(f, &n);
  printf("read_ptr: n=%zu [%.*s]\n", n, (int)n, p);
  read_ptr_inc(f, 3);
  c = getc(f);
  printf("after inc 3: getc=%c ahead=%zu", c, read_ahead(f));
  printf(" ftell=%ld\n", ftell(f));
  ungetc('4', f);
  printf("ungetc of the same byte: ahead=%zu\n", read_ahead(f));
  ungetc('X', f);
  printf("ungetc of another: ahead=%zu\n", read_ahead(f));
  c = getc(f);
  printf("getc=%c ahead=%zu\n", c, read_ahead(f));
  printf("ferror=%d", ferror(f) != 0);
  set_error(f);
  printf(" after seterr=%d", ferror(f) != 0);
  clearerr(f);
  printf(" after clearerr=%d\n", ferror(f) != 0);
  fclose(f);
}

static void pushback_after_seek(void) {
  FILE *f = fopen(scratch, "w+");
  int c;

  fputs("abcdef", f);
  fseek(f, 3, SEEK_SET);
  printf("after fseek: ftell=%ld\n", ftell(f));
  c = ungetc('~', f);
  printf("ungetc -> %c, ftell=%ld\n", c, ftell(f));
  c = getc(f);
  printf("getc -> %c, ftell=%ld\n", c, ftell(f));
  c = getc(f);
  printf("getc -> %c, ftell=%ld\n", c, ftell(f));
  fseek(f, 4, SEEK_SET);
  ungetc('!', f);
  fseek(f, 0, SEEK_CUR);
  c = getc(f);
  printf("ungetc, fseek(0, SEEK_CUR), getc -> %c, ftell=%ld\n", c, ftell(f));
  fseek(f, 2, SEEK_SET);
  ungetc('1', f);
  ungetc('2', f);
  printf("two ungetc after fseek: ftell=%ld", ftell(f));
  c = getc(f);
  printf(" getc -> %c", c);
  c = getc(f);
  printf(" %c", c);
  c = getc(f);
  printf(" %c ftell=%ld\n", c, ftell(f));
  fclose(f);
}

static void error_messages(void) {
  char buf[100], saved[100], small[10];
  const char *msg = strerror(1729576);
  int r;

  strcpy(saved, msg);
  r = strerror_r(-5, buf, sizeof buf);
  printf("strerror_r(-5): %d \"%s\"; strerror's \"%s\" %s\n", r, buf, msg,
         strcmp(msg, saved) ? "overwritten" : "intact");
  r = strerror_r(EACCES, small, sizeof small);
  printf("strerror_r(EACCES) in 10: %d \"%s\"\n", r, small);
  r = strerror_r(123456, small, sizeof small);
  printf("strerror_r(123456) in 10: %d \"%s\"\n", r, small);
  fflush(stdout);
  dup2(1, 2);
  errno = -7;
  perror("perror");
  printf("after perror: %s\n", strcmp(msg, saved) ? "overwritten" : "intact");
  errno = 99999;
  snprintf(buf, sizeof buf, "%m");
  printf("%%m: \"%s\"; strerror's %s\n", buf, strcmp(msg, saved) ? "overwritten" : "intact");
}

static void environment(void) {
  char e1[] = "b=2", e2[] = "c=3", e3[] = "dd=4";
  extern char **environ;
  const char *names[] = { "a=", "b=", "c=", "dd=", "dx=", "x=", "y=" };

  setenv("x", "0", 1);
  putenv((char *)"a=1");
  putenv(e1);
  putenv(e2);
  putenv(e3);
  e1[0] = 'a';
  e2[0] = 'a';
  e3[1] = 'x';
  setenv("y", "9", 1);
  unsetenv("a");
  printf("getenv(a) after unsetenv: %s\n", getenv("a") ? getenv("a") : "(null)");
  for (char **p = environ; *p; p++)
    for (int i = 0; i < 7; i++)
      if (strncmp(*p, names[i], strlen(names[i])) == 0)
        printf("  %s\n", *p);
}

static void working_directory(void) {
  char buf[10], tiny[2];
  char *r;

  errno = 0;
  r = getcwd(buf, 0);
  printf("getcwd(buf, 0) = %s, %s\n", r ? "non-NULL" : "NULL", strerror(errno));
  errno = 0;
  r = getcwd(tiny, 1);
  printf("getcwd(tiny, 1) = %s, %s\n", r ? "non-NULL" : "NULL", strerror(errno));
}

int main(int argc, char **argv) {
  scratch = argc > 1 ? argv[1] : "stdio_gnulib.tmp";
  close_on_exec();
  wide_strings();
  stream_internals();
  pushback_after_seek();
  error_messages();
  environment();
  working_directory();
  remove(scratch);
  return 0;
}
