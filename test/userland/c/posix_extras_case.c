/* realpath, scandir/alphasort, psignal, clearenv, rawmemchr and the _unlocked stdio
 * forms, compared with glibc. argv[1] is a scratch path whose directory we may use. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int only_entries(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

int main(int argc, char **argv)
{
    char dir[4096], path[4096], *r, *r2;
    struct dirent **names;
    int i, n;
    const char *text = "find the x here";

    if (argc < 2)
        return 2;
    snprintf(dir, sizeof(dir), "%s.d", argv[1]);
    mkdir(dir, 0755);
    snprintf(path, sizeof(path), "%s/sub", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof(path), "%s/b-file", dir);
    fclose(fopen(path, "w"));
    snprintf(path, sizeof(path), "%s/a-link", dir);
    symlink("sub/../b-file", path);

    /* Two spellings of one file resolve alike; the result names it without links. */
    snprintf(path, sizeof(path), "%s/./sub//../a-link", dir);
    r = realpath(path, NULL);
    snprintf(path, sizeof(path), "%s/b-file", dir);
    r2 = realpath(path, NULL);
    printf("realpath agree %d, ends %s, absolute %d\n", r && r2 && !strcmp(r, r2), r ? strrchr(r, '/') : "(null)", r && r[0] == '/');
    free(r);
    free(r2);
    snprintf(path, sizeof(path), "%s/missing/x", dir);
    errno = 0;
    printf("missing -> %p errno %d\n", (void *)realpath(path, NULL), errno);
    snprintf(path, sizeof(path), "%s/b-file/x", dir);
    errno = 0;
    printf("through a file -> %p errno %d\n", (void *)realpath(path, NULL), errno);
    printf("root %s\n", realpath("/../../", path));

    n = scandir(dir, &names, only_entries, alphasort);
    printf("scandir %d:", n);
    for (i = 0; i < n; i++) {
        printf(" %s", names[i]->d_name);
        free(names[i]);
    }
    free(names);
    printf("\n");

    printf("rawmemchr at %d\n", (int)((char *)rawmemchr(text, 'x') - text));
    putc_unlocked('u', stdout);
    putchar_unlocked('\n');
    flockfile(stdout);
    printf("ftrylockfile %d\n", ftrylockfile(stdout));
    funlockfile(stdout);
    setenv("TCC_LITE_CASE", "1", 1);
    printf("clearenv %d, getenv %s\n", clearenv(), getenv("TCC_LITE_CASE") ? "still set" : "gone");
    setenv("AFTER", "yes", 1);
    printf("after clearenv, setenv works: %s\n", getenv("AFTER"));
    fflush(stdout);
    psignal(SIGSEGV, "psignal");
    psignal(SIGINT, NULL);

    snprintf(path, sizeof(path), "%s/a-link", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/b-file", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/sub", dir);
    rmdir(path);
    rmdir(dir);
    return 0;
}
