/* ftw and nftw against glibc, over a scratch tree built here (entries sorted, as readdir's order is the file system's). */
#define _GNU_SOURCE
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

#define MAX_LINES 64
static char *lines[MAX_LINES];
static int count;

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Print what was collected, sorted, then forget it. */
static void flush(const char *title)
{
    int i;

    qsort(lines, count, sizeof(char *), by_text);
    printf("%s:\n", title);
    for (i = 0; i < count; i++) {
        printf("  %s\n", lines[i]);
        free(lines[i]);
    }
    count = 0;
}

static void note(const char *fmt, const char *path, int a, int b, int c)
{
    char buf[256];

    snprintf(buf, sizeof(buf), fmt, path, a, b, c);
    if (count < MAX_LINES)
        lines[count++] = strdup(buf);
}

static int on_nftw(const char *path, const struct stat *st, int type, struct FTW *f)
{
    (void)st;
    note("%s type %d base %d level %d", path, type, f->base, f->level);
    return 0;
}

static int order[MAX_LINES], visits;

/* FTW_DEPTH: a directory comes after everything in it. */
static int on_depth(const char *path, const struct stat *st, int type, struct FTW *f)
{
    (void)st;
    (void)f;
    if (strcmp(path, "t/a") == 0 || strcmp(path, "t/a/deep/file") == 0)
        order[visits] = strcmp(path, "t/a") == 0 ? 2 : 1;
    visits++;
    note("%s type %d", path, type, 0, 0);
    return 0;
}

static int on_ftw(const char *path, const struct stat *st, int type)
{
    note("%s type %d size-if-file %d", path, type, type == FTW_F ? (int)st->st_size : -1, 0);
    return 0;
}

static int stop_at_b(const char *path, const struct stat *st, int type, struct FTW *f)
{
    (void)st;
    (void)type;
    (void)f;
    return strcmp(path, "t/b") == 0 ? 42 : 0;
}

static int skip_a(const char *path, const struct stat *st, int type, struct FTW *f)
{
    (void)st;
    (void)f;
    note("%s type %d", path, type, 0, 0);
    return strcmp(path, "t/a") == 0 ? FTW_SKIP_SUBTREE : FTW_CONTINUE;
}

static int relative_stat(const char *path, const struct stat *st, int type, struct FTW *f)
{
    struct stat again;

    (void)st;
    note("%s type %d stat-by-base %d", path, type, lstat(path + f->base, &again) == 0, 0);
    return 0;
}

static void make_file(const char *path, int size)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

    while (size-- > 0)
        write(fd, "x", 1);
    close(fd);
}

int main(int argc, char **argv)
{
    const char *scratch = argc > 1 ? argv[1] : "/tmp/ftw_case.dir";
    int i, file_pos = -1, dir_pos = -1;

    mkdir(scratch, 0755);
    if (chdir(scratch) != 0)
        return 1;
    mkdir("t", 0755);
    mkdir("t/a", 0755);
    mkdir("t/a/deep", 0755);
    mkdir("t/b", 0755);
    make_file("t/a/one", 1);
    make_file("t/a/deep/file", 5);
    make_file("t/top", 3);
    symlink("top", "t/link");
    symlink("nowhere", "t/dangling");
    symlink("a", "t/dirlink");

    nftw("t", on_nftw, 8, 0);
    flush("nftw default");
    nftw("t", on_nftw, 8, FTW_PHYS);
    flush("nftw FTW_PHYS");
    nftw("t", on_depth, 8, FTW_PHYS | FTW_DEPTH);
    for (i = 0; i < visits; i++) {
        if (order[i] == 1)
            file_pos = i;
        if (order[i] == 2)
            dir_pos = i;
    }
    flush("nftw FTW_DEPTH");
    printf("directory after its file: %d\n", dir_pos > file_pos);
    ftw("t", on_ftw, 8);
    flush("ftw");
    printf("stop returns %d\n", nftw("t", stop_at_b, 8, FTW_PHYS));
    nftw("t", skip_a, 8, FTW_PHYS | FTW_ACTIONRETVAL);
    flush("FTW_SKIP_SUBTREE at t/a");
    nftw("./t/a/", relative_stat, 8, FTW_PHYS | FTW_CHDIR);
    flush("FTW_CHDIR from ./t/a/");
    printf("missing start: %d\n", nftw("no/such", on_nftw, 8, 0));
    flush("missing");

    system("rm -rf t");
    chdir("/");
    rmdir(scratch);
    return 0;
}
