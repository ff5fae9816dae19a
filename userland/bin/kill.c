/*
 * kill [-SIGNAL | -s SIGNAL] PID...: send a signal (default TERM).
 * kill -l lists the signal names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <errno.h>
#include <signal.h>

static const char *const names[32] = {
    "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1",
    "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP",
    "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS",
};

/* A signal given as a number, NAME or SIGNAME; -1 when unknown. */
static int parse_signal(const char *s)
{
    char *end;
    long n;
    int i;

    if (*s >= '0' && *s <= '9') {
        n = strtol(s, &end, 10);
        return *end == '\0' && n >= 0 && n < 65 ? (int)n : -1;
    }
    if (strncasecmp(s, "SIG", 3) == 0)
        s += 3;
    for (i = 1; i < 32; i++)
        if (strcasecmp(s, names[i]) == 0)
            return i;
    return -1;
}

int main(int argc, char **argv)
{
    int sig = SIGTERM, i = 1, status = 0;
    long pid;
    char *end;

    if (argc > 1 && strcmp(argv[1], "-l") == 0) {
        for (i = 1; i < 32; i++)
            printf("%2d) SIG%s\n", i, names[i]);
        return 0;
    }
    if (i < argc && strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
        sig = parse_signal(argv[i + 1]);
        i += 2;
    } else if (i < argc && argv[i][0] == '-' && argv[i][1] != '\0' && strcmp(argv[i], "--") != 0) {
        sig = parse_signal(argv[i] + 1);
        i++;
    }
    if (sig < 0) {
        fprintf(stderr, "kill: invalid signal specification\n");
        return 1;
    }
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++;
    if (i >= argc) {
        fprintf(stderr, "usage: kill [-s SIGNAL | -SIGNAL] PID...\n");
        return 1;
    }
    for (; i < argc; i++) {
        pid = strtol(argv[i], &end, 10);
        if (*end != '\0' || end == argv[i]) {
            fprintf(stderr, "kill: %s: arguments must be process or job IDs\n", argv[i]);
            status = 1;
            continue;
        }
        if (kill((pid_t)pid, sig) < 0) {
            fprintf(stderr, "kill: (%ld) - %s\n", pid, strerror(errno));
            status = 1;
        }
    }
    return status;
}
