/*
 * Directory streams over getdents64.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"

struct __DIR {
    char buf[4096]; /* first, so records (8-byte aligned by the kernel) stay aligned */
    int fd;
    int pos;        /* offset of the next record in buf */
    int len;        /* bytes getdents64 returned */
};

DIR *opendir(const char *path)
{
    DIR *d;
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (fd < 0)
        return NULL;
    d = malloc(sizeof(DIR));
    if (d == NULL) {
        close(fd);
        return NULL;
    }
    d->fd = fd;
    d->pos = 0;
    d->len = 0;
    return d;
}

struct dirent *readdir(DIR *d)
{
    struct dirent *e;
    long n;

    if (d->pos >= d->len) {
        n = __syscall_ret(__syscall3(SYS_getdents64, d->fd, d->buf, sizeof(d->buf)));
        if (n <= 0)
            return NULL;
        d->len = (int)n;
        d->pos = 0;
    }
    e = (struct dirent *)(d->buf + d->pos);
    d->pos += e->d_reclen;
    return e;
}

int closedir(DIR *d)
{
    int r = close(d->fd);
    free(d);
    return r;
}
