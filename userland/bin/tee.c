/*
 * tee [-a] [FILE...]: copy stdin to stdout and to each FILE (-a: append).
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>

#define MAX_FILES 32

static int write_all(int fd, const char *p, ssize_t n)
{
    ssize_t w;

    while (n > 0) {
        w = write(fd, p, (size_t)n);
        if (w < 0)
            return -1;
        p += w;
        n -= w;
    }
    return 0;
}

int main(int argc, char **argv)
{
    int fds[MAX_FILES + 1];
    int nfds = 0, i = 1, flags = O_WRONLY | O_CREAT | O_TRUNC, status = 0;
    char buf[4096];
    ssize_t n;

    if (i < argc && strcmp(argv[i], "-a") == 0) {
        flags = O_WRONLY | O_CREAT | O_APPEND;
        i++;
    }
    fds[nfds++] = 1;
    for (; i < argc && nfds <= MAX_FILES; i++) {
        fds[nfds] = open(argv[i], flags, 0666);
        if (fds[nfds] < 0) {
            fprintf(stderr, "tee: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        nfds++;
    }
    while ((n = read(0, buf, sizeof(buf))) > 0)
        for (i = 0; i < nfds; i++)
            if (write_all(fds[i], buf, n) < 0)
                status = 1;
    return status;
}
