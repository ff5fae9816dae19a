/*
 * /proc beyond the first pass: texts over 64 KiB (a long command line, a process
 * with thousands of mappings), and " (deleted)" after the path of a file removed
 * while still open or mapped.  argv[1] names a scratch directory, printed as SCRATCH.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define BIG_ARG 100000
#define MAPPINGS 2400

static const char *scratch;

/* A path under the scratch directory, printed with SCRATCH for it (it differs run to run). */
static void show_path(const char *what, const char *path)
{
    size_t n = strlen(scratch);

    if (strncmp(path, scratch, n) == 0)
        printf("%s: SCRATCH%s\n", what, path + n);
    else
        printf("%s: %s\n", what, path);
}

static void show_link(const char *what, const char *link)
{
    char target[4096];
    ssize_t n = readlink(link, target, sizeof(target) - 1);

    if (n < 0) {
        printf("%s: readlink failed\n", what);
        return;
    }
    target[n] = '\0';
    show_path(what, target);
}

/* The whole of a file, read a page at a time: its length. */
static size_t slurp(const char *path, char **text)
{
    size_t len = 0, cap = 4096;
    int fd = open(path, O_RDONLY);
    ssize_t n;

    *text = malloc(cap);
    if (fd < 0)
        return 0;
    while ((n = read(fd, *text + len, 4096)) > 0) {
        len += (size_t)n;
        if (cap - len < 4096)
            *text = realloc(*text, cap *= 2);
    }
    close(fd);
    (*text)[len] = '\0';
    return len;
}

static void deleted(void)
{
    char path[4096], link[64], *maps, *line;
    int fd;
    void *p;

    snprintf(path, sizeof(path), "%s/gone", scratch);
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    ftruncate(fd, 4096);
    p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    show_link("an open file", link);
    unlink(path);
    show_link("the same, removed", link);
    slurp("/proc/self/maps", &maps);
    line = strstr(maps, "/gone");
    if (line) {
        while (line > maps && line[-1] != ' ')
            line--;
        *strchr(line, '\n') = '\0';
        show_path("its mapping in maps", line);
    }
    free(maps);
    munmap(p, 4096);
    close(fd);
}

static void many_mappings(void)
{
    char *maps, *p, *area = mmap(NULL, MAPPINGS * 4096L, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    size_t len;
    int i, lines = 0;

    for (i = 0; i < MAPPINGS; i += 2)
        mprotect(area + i * 4096L, 4096, PROT_NONE);
    len = slurp("/proc/self/maps", &maps);
    for (p = maps; (p = strchr(p, '\n')) != NULL; p++)
        lines++;
    printf("maps with %d areas made: over 64 KiB %d, at least %d lines %d\n", MAPPINGS, len > 65536,
           MAPPINGS, lines >= MAPPINGS);
    free(maps);
    munmap(area, MAPPINGS * 4096L);
}

/* Run again with one argument of BIG_ARG bytes; that process reads its own cmdline. */
static void long_cmdline(void)
{
    char *arg = malloc(BIG_ARG + 1), self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

    if (n < 0)
        return;
    self[n] = '\0';
    memset(arg, 'x', BIG_ARG);
    arg[BIG_ARG] = '\0';
    if (fork() == 0) {
        execl(self, self, scratch, arg, (char *)NULL);
        _exit(127);
    }
    wait(NULL);
    free(arg);
}

static void show_cmdline(const char *self)
{
    char *text;
    size_t len = slurp("/proc/self/cmdline", &text), head = strlen(self) + 1 + strlen(scratch) + 1;
    size_t i, xs = 0;

    for (i = head; i < len; i++)
        xs += text[i] == 'x';
    printf("a command line with a %d-byte argument: %zu bytes past the first two arguments, %zu of them x\n",
           BIG_ARG, len - head, xs);
    free(text);
}

int main(int argc, char **argv)
{
    scratch = argc > 1 ? argv[1] : "/tmp/proc_gaps_case";
    if (argc > 2) {
        show_cmdline(argv[0]);
        return 0;
    }
    mkdir(scratch, 0755);
    deleted();
    many_mappings();
    fflush(stdout);
    long_cmdline();
    rmdir(scratch);
    return 0;
}
