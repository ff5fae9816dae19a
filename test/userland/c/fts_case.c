/*
 * fts, as glibc walks: pre- and post-order directories, files, links (physical, logical,
 * followed roots, FTS_FOLLOW), dangling links, a directory cycle through a link, "." and
 * ".." with FTS_SEEDOT, FTS_NOSTAT, FTS_SKIP, FTS_AGAIN, fts_children (names only and
 * full), the working directory the walk is in (fts_accpath), and fts_open's errors.
 * The tree is made in a fresh directory; entries are sorted by name for a stable order.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char top[256];

static const char *info_name(int info) {
  static const char *const names[] = { "?", "D", "DC", "DEFAULT", "DNR", "DOT", "DP", "ERR", "F", "INIT", "NS", "NSOK", "SL", "SLNONE", "W" };
  return info >= 0 && info <= 14 ? names[info] : "?";
}

static int by_name(const FTSENT **a, const FTSENT **b) {
  return strcmp((*a)->fts_name, (*b)->fts_name);
}

/* Where the walk is, relative to the tree's top. */
static const char *where(void) {
  static char cwd[512];
  if (!getcwd(cwd, sizeof cwd))
    return "?";
  size_t n = strlen(top);
  return strncmp(cwd, top, n) == 0 ? (cwd[n] ? cwd + n + 1 : ".") : cwd;
}

static void show(const FTSENT *p) {
  printf("  %-6s L%d %-14s path=%s acc=%s in=%s", info_name(p->fts_info), p->fts_level, p->fts_name, p->fts_path, p->fts_accpath,
         where());
  if (p->fts_info == FTS_DC)
    printf(" cycle=%s L%d", p->fts_cycle->fts_name, p->fts_cycle->fts_level);
  if (p->fts_info == FTS_F)
    printf(" size=%ld", (long)p->fts_statp->st_size);
  if (p->fts_errno)
    printf(" errno=%s", strerror(p->fts_errno));
  printf(" namelen=%d pathlen=%d\n", p->fts_namelen, p->fts_pathlen);
}

static void walk(const char *title, char **roots, int options) {
  printf("%s\n", title);
  FTS *f = fts_open(roots, options, by_name);
  if (!f) {
    printf("  fts_open: %s\n", strerror(errno));
    return;
  }
  FTSENT *p;
  while ((p = fts_read(f)) != NULL)
    show(p);
  printf("  end errno=%d in=%s close=%d in=%s\n", errno, where(), fts_close(f), where());
}

static void make_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  fputs(text, f);
  fclose(f);
}

int main(void) {
  int again = 0;
  char templ[] = "/tmp/fts-case-XXXXXX";
  if (!mkdtemp(templ) || chdir(templ) != 0)
    return 1;
  if (!getcwd(top, sizeof top))
    return 1;
  mkdir("t", 0755);
  mkdir("t/a", 0755);
  mkdir("t/a/deep", 0755);
  mkdir("t/empty", 0755);
  make_file("t/f1", "hello");
  make_file("t/a/f2", "x");
  make_file("t/a/deep/f3", "abc");
  symlink("f1", "t/link-f");
  symlink("a", "t/link-d");
  symlink("nowhere", "t/dangling");
  symlink("..", "t/a/up");
  make_file("solo", "12");

  char *t[] = { "t", NULL };
  char *t_slash[] = { "t/", NULL };
  char *several[] = { "solo", "t/a/deep", "missing", "t/link-d", NULL };
  walk("physical", t, FTS_PHYSICAL);
  walk("physical, no chdir, root with slash", t_slash, FTS_PHYSICAL | FTS_NOCHDIR);
  walk("logical", t, FTS_LOGICAL);
  walk("several roots", several, FTS_PHYSICAL);
  walk("several roots, followed", several, FTS_PHYSICAL | FTS_COMFOLLOW);
  walk("see dot, no stat", t_slash, FTS_PHYSICAL | FTS_SEEDOT | FTS_NOSTAT | FTS_NOCHDIR);

  printf("skip, again, follow\n");
  FTS *f = fts_open(t, FTS_PHYSICAL, by_name);
  FTSENT *p;
  while ((p = fts_read(f)) != NULL) {
    show(p);
    if (p->fts_info == FTS_D && strcmp(p->fts_name, "a") == 0)
      fts_set(f, p, FTS_SKIP);
    if (p->fts_info == FTS_F && strcmp(p->fts_name, "f1") == 0 && !again++)
      fts_set(f, p, FTS_AGAIN);
    if (p->fts_info == FTS_SL && strcmp(p->fts_name, "link-d") == 0)
      fts_set(f, p, FTS_FOLLOW);
  }
  int bad = fts_set(f, p, 99);
  printf("  fts_set bad: %d %s\n", bad, strerror(errno));
  fts_close(f);

  printf("children\n");
  f = fts_open(t, FTS_PHYSICAL, by_name);
  for (p = fts_children(f, 0); p; p = p->fts_link)
    printf("  root child %s %s\n", p->fts_name, info_name(p->fts_info));
  p = fts_read(f);
  show(p);
  for (FTSENT *c = fts_children(f, FTS_NAMEONLY); c; c = c->fts_link)
    printf("  name only %s %s\n", c->fts_name, info_name(c->fts_info));
  for (FTSENT *c = fts_children(f, 0); c; c = c->fts_link)
    printf("  child %s %s level %d parent %s\n", c->fts_name, info_name(c->fts_info), c->fts_level, c->fts_parent->fts_name);
  while ((p = fts_read(f)) != NULL) {
    if (p->fts_info == FTS_F) {
      errno = 0;
      FTSENT *none = fts_children(f, 0);
      printf("  children of file %s: %s errno %d\n", p->fts_name, none ? "list" : "NULL", errno);
    }
    if (p->fts_info == FTS_D && strcmp(p->fts_name, "empty") == 0) {
      errno = 0;
      FTSENT *none = fts_children(f, 0);
      printf("  children of empty dir: %s errno %d\n", none ? "list" : "NULL", errno);
    }
    show(p);
  }
  fts_close(f);
  f = fts_open(t, FTS_PHYSICAL, NULL);
  p = fts_children(f, 99);
  printf("children bad options: %s %s\n", p ? "list" : "NULL", strerror(errno));
  fts_close(f);

  char *empty_path[] = { "", NULL };
  errno = 0;
  f = fts_open(empty_path, FTS_PHYSICAL, NULL);
  printf("empty path: %s %s\n", f ? "opened" : "NULL", strerror(errno));
  errno = 0;
  f = fts_open(t, 0x10000, NULL);
  printf("bad options: %s %s\n", f ? "opened" : "NULL", strerror(errno));

  /* Leave no tree behind. */
  walk("removing", t, FTS_PHYSICAL | FTS_NOCHDIR);
  f = fts_open(t, FTS_PHYSICAL | FTS_NOCHDIR, NULL);
  while ((p = fts_read(f)) != NULL) {
    if (p->fts_info == FTS_DP)
      rmdir(p->fts_accpath);
    else if (p->fts_info != FTS_D)
      unlink(p->fts_accpath);
  }
  fts_close(f);
  unlink("solo");
  chdir("/");
  printf("removed: %d\n", rmdir(templ));
  return 0;
}
