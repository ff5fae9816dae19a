/*
 * tail [-n N | -n +N | -N] [FILE...]: print the last N lines (default 10),
 * or everything from line N on with +N.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>

/* Read all of fd into a growing heap buffer. */
static char *slurp(int fd, size_t *len)
{
    size_t cap = 8192, n = 0;
    ssize_t r;
    char *buf = malloc(cap), *grown;

    if (buf == NULL)
        return NULL;
    for (;;) {
        if (n == cap) {
            grown = realloc(buf, cap * 2);
            if (grown == NULL) {
                free(buf);
                return NULL;
            }
            buf = grown;
            cap *= 2;
        }
        r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            free(buf);
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    *len = n;
    return buf;
}

static int tail_fd(int fd, long n, int from_start)
{
    size_t len, start;
    long lines;
    char *buf = slurp(fd, &len);

    if (buf == NULL)
        return -1;
    if (from_start) {
        /* +N: skip N-1 lines. */
        for (start = 0, lines = 1; start < len && lines < n; start++)
            if (buf[start] == '\n')
                lines++;
    } else {
        /* Walk back over n line ends; a final newline ends the last line, it does not start one. */
        start = len;
        if (start > 0 && buf[start - 1] == '\n')
            start--;
        for (lines = 0; start > 0; start--) {
            if (buf[start - 1] == '\n' && ++lines == n)
                break;
        }
        if (n == 0)
            start = len;
    }
    if (len > start)
        write(1, buf + start, len - start);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    long n = 10;
    int i = 1, status = 0, from_start = 0, fd, nfiles;
    const char *arg;
    char *end;

    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            arg = argv[++i];
        else if (strncmp(argv[i], "-n", 2) == 0)
            arg = argv[i] + 2;
        else
            arg = argv[i] + 1;
        from_start = *arg == '+';
        n = strtol(arg, &end, 10);
        if (*end != '\0' || end == arg) {
            fprintf(stderr, "tail: invalid number of lines: '%s'\n", arg);
            return 1;
        }
        if (n < 0)
            n = -n;
    }
    nfiles = argc - i;
    if (nfiles == 0)
        return tail_fd(0, n, from_start) < 0;
    for (; i < argc; i++) {
        fd = strcmp(argv[i], "-") == 0 ? 0 : open(argv[i], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "tail: cannot open '%s' for reading: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        if (nfiles > 1) {
            printf("%s==> %s <==\n", i > argc - nfiles ? "\n" : "", fd == 0 ? "standard input" : argv[i]);
            fflush(stdout);
        }
        if (tail_fd(fd, n, from_start) < 0) {
            fprintf(stderr, "tail: error reading '%s': %s\n", argv[i], strerror(errno));
            status = 1;
        }
        if (fd > 0)
            close(fd);
    }
    return status;
}
