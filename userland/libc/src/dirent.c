/*
 * Directory streams over getdents64.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"

struct __DIR {
    char buf[4096]; /* first, so records (8-byte aligned by the kernel) stay aligned */
    int fd;
    int pos;        /* offset of the next record in buf */
    int len;        /* bytes getdents64 returned */
    long next;      /* the directory offset of the next entry: what telldir reports */
};

DIR *fdopendir(int fd)
{
    DIR *d;
    struct stat st;

    if (fstat(fd, &st) < 0)
        return NULL;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return NULL;
    }
    d = malloc(sizeof(DIR));
    if (d == NULL)
        return NULL;
    d->fd = fd;
    d->pos = 0;
    d->len = 0;
    d->next = lseek(fd, 0, SEEK_CUR);
    return d;
}

DIR *opendir(const char *path)
{
    DIR *d;
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (fd < 0)
        return NULL;
    d = fdopendir(fd);
    if (d == NULL)
        close(fd);
    return d;
}

int dirfd(DIR *d)
{
    return d->fd;
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
    d->next = (long)e->d_off;
    return e;
}

/* The entry is copied out, so concurrent streams do not share readdir's record. */
int readdir_r(DIR *d, struct dirent *entry, struct dirent **result)
{
    int saved = errno;
    struct dirent *e;

    errno = 0;
    e = readdir(d);
    if (e == NULL) {
        *result = NULL;
        if (errno != 0)
            return errno;
        errno = saved;
        return 0;
    }
    memcpy(entry, e, e->d_reclen < sizeof(*entry) ? e->d_reclen : sizeof(*entry));
    *result = entry;
    errno = saved;
    return 0;
}

long telldir(DIR *d)
{
    return d->next;
}

/* Positions are the kernel's directory offsets: seek there and drop what was buffered. */
void seekdir(DIR *d, long pos)
{
    if (lseek(d->fd, pos, SEEK_SET) < 0)
        return;
    d->pos = d->len = 0;
    d->next = pos;
}

void rewinddir(DIR *d)
{
    seekdir(d, 0);
}

int closedir(DIR *d)
{
    int r = close(d->fd);
    free(d);
    return r;
}

/*
 * The entries of dir that filter accepts (all when it is NULL), each a malloc'd copy,
 * sorted by compar when given; returns their number, or -1 with nothing allocated.
 */
int scandir(const char *dir, struct dirent ***namelist,
            int (*filter)(const struct dirent *),
            int (*compar)(const struct dirent **, const struct dirent **))
{
    DIR *d = opendir(dir);
    struct dirent *e, **list = NULL, **grown;
    size_t n = 0, cap = 0;

    if (d == NULL)
        return -1;
    while ((e = readdir(d)) != NULL) {
        if (filter != NULL && !filter(e))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            grown = realloc(list, cap * sizeof(*list));
            if (grown == NULL)
                goto fail;
            list = grown;
        }
        list[n] = malloc(sizeof(struct dirent));
        if (list[n] == NULL)
            goto fail;
        memcpy(list[n++], e, sizeof(struct dirent) < e->d_reclen ? sizeof(struct dirent) : e->d_reclen);
    }
    closedir(d);
    if (compar != NULL)
        qsort(list, n, sizeof(*list), (int (*)(const void *, const void *))compar);
    *namelist = list;
    return (int)n;
fail:
    while (n > 0)
        free(list[--n]);
    free(list);
    closedir(d);
    return -1;
}

int alphasort(const struct dirent **a, const struct dirent **b)
{
    return strcoll((*a)->d_name, (*b)->d_name);
}

int versionsort(const struct dirent **a, const struct dirent **b)
{
    return strverscmp((*a)->d_name, (*b)->d_name);
}
