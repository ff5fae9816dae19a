/*
 * The ulimit builtin, as bash's: `ulimit [-SH] [-a | -OPTION [LIMIT]]`.
 * -S works on the soft limit, -H on the hard one; setting without either
 * sets both, showing shows the soft one.  -f (file size, the default) and
 * -c count 512-byte blocks, memory sizes count KiB, the others units.
 * LIMIT may be "unlimited".  It is a builtin because the limits are the
 * shell's own, which the commands it starts inherit.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include "sh.h"

#define SOFT 1
#define HARD 2

struct limit_kind {
    char option;
    int resource;
    unsigned long unit;         /* bytes (or seconds, or counts) per unit shown */
    const char *name;
};

static const struct limit_kind kinds[] = {
    { 'c', RLIMIT_CORE, 512, "core file size (blocks)" },
    { 'd', RLIMIT_DATA, 1024, "data seg size (kbytes)" },
    { 'e', RLIMIT_NICE, 1, "scheduling priority" },
    { 'f', RLIMIT_FSIZE, 512, "file size (blocks)" },
    { 'i', RLIMIT_SIGPENDING, 1, "pending signals" },
    { 'l', RLIMIT_MEMLOCK, 1024, "max locked memory (kbytes)" },
    { 'm', RLIMIT_RSS, 1024, "max memory size (kbytes)" },
    { 'n', RLIMIT_NOFILE, 1, "open files" },
    { 'q', RLIMIT_MSGQUEUE, 1, "POSIX message queues (bytes)" },
    { 'r', RLIMIT_RTPRIO, 1, "real-time priority" },
    { 's', RLIMIT_STACK, 1024, "stack size (kbytes)" },
    { 't', RLIMIT_CPU, 1, "cpu time (seconds)" },
    { 'u', RLIMIT_NPROC, 1, "max user processes" },
    { 'v', RLIMIT_AS, 1024, "virtual memory (kbytes)" },
    { 'x', RLIMIT_LOCKS, 1, "file locks" },
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

static const struct limit_kind *kind_of(char option)
{
    size_t i;

    for (i = 0; i < NKINDS; i++)
        if (kinds[i].option == option)
            return &kinds[i];
    return NULL;
}

static void show(const struct limit_kind *k, int which, int with_name)
{
    struct rlimit r;
    rlim_t v;

    getrlimit(k->resource, &r);
    v = which == HARD ? r.rlim_max : r.rlim_cur;
    if (with_name)
        printf("%-32s(-%c) ", k->name, k->option);
    if (v == RLIM_INFINITY)
        printf("unlimited\n");
    else
        printf("%lu\n", (unsigned long)(v / k->unit));
}

/* LIMIT in k's units, as a limit; -1 when it is no number. */
static int parse_limit(const struct limit_kind *k, const char *text, rlim_t *value)
{
    char *end;
    unsigned long n;

    if (strcmp(text, "unlimited") == 0) {
        *value = RLIM_INFINITY;
        return 0;
    }
    errno = 0;
    n = strtoul(text, &end, 10);
    if (*text == '\0' || *text == '-' || *end != '\0' || errno != 0 || n > RLIM_INFINITY / k->unit)
        return -1;
    *value = (rlim_t)n * k->unit;
    return 0;
}

static int set(const struct limit_kind *k, int which, const char *text)
{
    struct rlimit r;
    rlim_t value;

    if (parse_limit(k, text, &value) < 0) {
        fprintf(stderr, "sh: ulimit: %s: invalid number\n", text);
        return 1;
    }
    getrlimit(k->resource, &r);
    if (which & SOFT)
        r.rlim_cur = value;
    if (which & HARD)
        r.rlim_max = value;
    if (setrlimit(k->resource, &r) < 0) {
        fprintf(stderr, "sh: ulimit: %s: cannot modify limit: %s\n", k->name, strerror(errno));
        return 1;
    }
    return 0;
}

int builtin_ulimit(int argc, char **argv)
{
    const struct limit_kind *k = kind_of('f');
    int which = 0, all = 0, i;
    size_t j;

    for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        for (j = 1; argv[i][j] != '\0'; j++) {
            char c = argv[i][j];

            if (c == 'S' || c == 'H')
                which |= c == 'S' ? SOFT : HARD;
            else if (c == 'a')
                all = 1;
            else if ((k = kind_of(c)) == NULL) {
                fprintf(stderr, "sh: ulimit: -%c: invalid option\n", c);
                return 2;
            }
        }
    }
    if (all) {
        for (j = 0; j < NKINDS; j++)
            show(&kinds[j], which & HARD ? HARD : SOFT, 1);
        return 0;
    }
    if (i < argc)
        return set(k, which ? which : SOFT | HARD, argv[i]);
    show(k, which & HARD ? HARD : SOFT, 0);
    return 0;
}
