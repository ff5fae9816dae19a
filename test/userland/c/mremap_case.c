/*
 * mremap on anonymous private memory (SQLite declares it on Linux; realloc-like code
 * grows big buffers with it): shrinking, growing in place when the pages after the
 * range are free, ENOMEM when the range does not end its mapping and may not move,
 * moving with MREMAP_MAYMOVE and to a chosen address with MREMAP_FIXED (contents
 * travel, the old range is gone), a fork after a move, and the errors. Addresses are printed only as
 * comparisons, so that the output is the same on every kernel.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static long page;

static char *map(long pages)
{
    char *p = mmap(NULL, pages * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

    if (p == MAP_FAILED) {
        perror("mmap");
        _exit(1);
    }
    return p;
}

/* Page i of p starts with 'a' + i; every other byte is i too. */
static void fill(char *p, long pages)
{
    for (long i = 0; i < pages; i++) {
        memset(p + i * page, (int)i, (size_t)page);
        p[i * page] = (char)('a' + i);
    }
}

/* How many of the first `pages` pages still hold what fill wrote, and are the others zero? */
static void check(const char *what, const char *p, long filled, long pages)
{
    long intact = 0, zero = 0;

    for (long i = 0; i < pages; i++) {
        const char *q = p + i * page;
        int ok = q[0] == (char)('a' + i);

        for (long j = 1; ok && j < page; j++)
            ok = q[j] == (char)i;
        intact += i < filled && ok;
        if (i >= filled) {
            int z = 1;
            for (long j = 0; z && j < page; j++)
                z = q[j] == 0;
            zero += z;
        }
    }
    printf("%s: %ld of %ld pages intact, %ld of %ld new pages zero\n", what, intact, filled, zero, pages - filled);
}

static void result(const char *what, void *r, const void *old)
{
    if (r == MAP_FAILED)
        printf("%s: failed, %s\n", what, strerror(errno));
    else
        printf("%s: %s\n", what, r == old ? "same address" : "moved");
}

int main(void)
{
    char *p, *q, *r;

    page = sysconf(_SC_PAGESIZE);

    /* shrink: the tail goes, the head stays */
    p = map(6);
    fill(p, 6);
    q = mremap(p, 6 * page, 4 * page, 0);
    result("shrink 6 -> 4", q, p);
    check("after shrink", q, 4, 4);
    r = mremap(p + 4 * page, page, 2 * page, MREMAP_MAYMOVE);
    result("grow a released page", r, p + 4 * page);

    /* grow in place: the two pages after it are free again */
    q = mremap(p, 4 * page, 6 * page, 0);
    result("grow 4 -> 6 in place", q, p);
    check("after growing", q, 4, 6);

    /* blocked: the range is not the end of its mapping, and it may not move */
    r = mremap(p, page, 2 * page, 0);
    result("grow the first page without MAYMOVE", r, p);
    r = mremap(p, 4 * page, 8 * page, 0);
    result("grow 4 of 6 pages without MAYMOVE", r, p);

    /* moving: contents travel, the new pages are zero, the rest of the old mapping stays */
    fill(p, 6);
    q = mremap(p, 4 * page, 64 * page, MREMAP_MAYMOVE);
    result("grow 4 of 6 pages to 64 with MAYMOVE", q, p);
    check("after the move", q, 4, 64);
    r = mremap(p, page, 2 * page, MREMAP_MAYMOVE);
    result("the old address after the move", r, p);
    printf("pages left behind: %c %c\n", p[4 * page], p[5 * page]);

    /* a fixed destination: whatever was mapped there is replaced */
    r = map(3);
    memset(r, 'x', 3 * (size_t)page);
    p = mremap(q, 64 * page, 2 * page, MREMAP_MAYMOVE | MREMAP_FIXED, r);
    result("shrink 64 -> 2 to a fixed address", p, r);
    check("at the fixed address", p, 2, 2);
    printf("third page of the old mapping there: %s\n", r[2 * page] == 'x' ? "kept" : "changed");

    /* a child sees the moved pages, and its writes stay its own */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        check("in the child", p, 2, 2);
        p[0] = 'Z';
        fflush(stdout);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("parent's first byte after the child wrote: %c\n", p[0]);

    /* errors */
    result("unaligned address", mremap(p + 1, page, 2 * page, MREMAP_MAYMOVE), p + 1);
    result("new size 0", mremap(p, page, 0, MREMAP_MAYMOVE), p);
    result("FIXED without MAYMOVE", mremap(p, page, page, MREMAP_FIXED, r + 8 * page), p);
    result("unknown flag", mremap(p, page, page, 64), p);
    result("beyond the mapping", mremap(p, 8 * page, 16 * page, MREMAP_MAYMOVE), p);
    result("overlapping fixed target", mremap(p, 2 * page, 2 * page, MREMAP_MAYMOVE | MREMAP_FIXED, p + page), p);
    munmap(p, 2 * page);
    result("unmapped address", mremap(p, page, 2 * page, MREMAP_MAYMOVE), p);
    return 0;
}
