/* glob against glibc, in a scratch directory tree built here. */
#define _GNU_SOURCE
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

static void touch(const char *path)
{
    close(open(path, O_WRONLY | O_CREAT, 0644));
}

static int errors_seen;

static int on_error(const char *path, int err)
{
    (void)path;
    (void)err;
    errors_seen++;
    return 0;
}

static void try(const char *pattern, int flags)
{
    glob_t g;
    size_t i;
    int r = glob(pattern, flags, on_error, &g);

    printf("%-18s %5x -> %d:", pattern, flags, r);
    for (i = 0; r != GLOB_NOMATCH && i < g.gl_pathc; i++)
        printf(" %s", g.gl_pathv[i]);
    printf("%s\n", r != GLOB_NOMATCH && (g.gl_flags & GLOB_MAGCHAR) ? "  [magic]" : "");
    if (r != GLOB_NOMATCH)
        globfree(&g);
}

int main(int argc, char **argv)
{
    const char *scratch = argc > 1 ? argv[1] : "/tmp/glob_case.dir";
    glob_t g;
    size_t i;

    mkdir(scratch, 0755);
    if (chdir(scratch) != 0)
        return 1;
    mkdir("src", 0755);
    mkdir("src/lib", 0755);
    mkdir("docs", 0755);
    touch("src/main.c");
    touch("src/util.c");
    touch("src/util.h");
    touch("src/lib/a.c");
    touch("src/lib/b.o");
    touch("docs/README");
    touch(".hidden");
    touch("x[1]");
    touch("notes.txt");

    try("*", 0);
    try("*", GLOB_MARK);
    try("src/*.c", 0);
    try("*/*.c", 0);
    try("*/*/*", 0);
    try("src/u*.[ch]", 0);
    try("src/????.c", 0);
    try("src/[!m]*", 0);
    try(".*", 0);
    try("*", GLOB_PERIOD);
    try("*.none", 0);
    try("*.none", GLOB_NOCHECK);
    try("plain", GLOB_NOMAGIC);
    try("x\\[1]", 0);
    try("x\\[1]", GLOB_NOESCAPE);
    try("src/{main,util}.c", GLOB_BRACE);
    try("{docs,src/lib}/*", GLOB_BRACE);
    try("src/*", GLOB_ONLYDIR);
    try("src/*", GLOB_NOSORT | GLOB_MARK);
    try("notes.txt/*", 0);
    try("missing/*", 0);
    try("src/lib", 0);

    setenv("HOME", ".", 1);
    try("~/src/*.h", GLOB_TILDE);

    /* GLOB_DOOFFS and GLOB_APPEND build one list. */
    g.gl_offs = 2;
    glob("src/*.h", GLOB_DOOFFS, NULL, &g);
    glob("docs/*", GLOB_DOOFFS | GLOB_APPEND, NULL, &g);
    printf("offs: %s %s, %zu paths:", g.gl_pathv[0] ? "set" : "NULL", g.gl_pathv[1] ? "set" : "NULL", g.gl_pathc);
    for (i = 0; i < g.gl_pathc; i++)
        printf(" %s", g.gl_pathv[g.gl_offs + i]);
    printf(", ends with NULL %d\n", g.gl_pathv[g.gl_offs + g.gl_pathc] == NULL);
    globfree(&g);
    printf("errors reported %d\n", errors_seen);

    system("rm -rf src docs .hidden 'x[1]' notes.txt");
    chdir("/");
    rmdir(scratch);
    return 0;
}
