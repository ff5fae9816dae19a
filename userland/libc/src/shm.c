/*
 * POSIX shared memory objects.  As in glibc, the object "/NAME" is the file
 * /dev/shm/NAME (a ramfs directory anyone may create in, like Linux's
 * tmpfs there): shm_open opens it, ftruncate sizes it, and every process
 * that maps it MAP_SHARED shares its pages.  Named semaphores (sem_open.c)
 * are files there too, /dev/shm/sem.NAME.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "libc.h"

#define SHM_DIR "/dev/shm/"

/*
 * The file for an object's name, prefix ("" or "sem.") before it: leading
 * slashes are dropped, and what is left must be non-empty without a slash,
 * and fit glibc's buffer (SHM_PATH_MAX bytes).  0, or -1 for a name that
 * names no object; the callers choose the error, as glibc's do.
 */
int __shm_path(char path[SHM_PATH_MAX], const char *name, const char *prefix)
{
    size_t dir = strlen(SHM_DIR), pre = strlen(prefix), len;

    while (*name == '/')
        name++;
    len = strlen(name);
    if (len == 0 || memchr(name, '/', len) != NULL || dir + pre + len + 1 > SHM_PATH_MAX)
        return -1;
    memcpy(path, SHM_DIR, dir);
    memcpy(path + dir, prefix, pre);
    memcpy(path + dir + pre, name, len + 1);
    return 0;
}

int shm_open(const char *name, int oflag, mode_t mode)
{
    char path[SHM_PATH_MAX];
    int fd;

    if (__shm_path(path, name, "") != 0) {
        errno = EINVAL;
        return -1;
    }
    fd = open(path, oflag | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0 && errno == EISDIR)
        errno = EINVAL;     /* "." or "..": a directory is not an object */
    return fd;
}

/* Remove the object's file (prefix as for __shm_path); errors as glibc's. */
int __shm_unlink(const char *name, const char *prefix)
{
    char path[SHM_PATH_MAX];

    if (__shm_path(path, name, prefix) != 0) {
        errno = ENOENT;     /* no object can have such a name */
        return -1;
    }
    if (unlink(path) == 0)
        return 0;
    if (errno == EPERM)
        errno = EACCES;
    return -1;
}

int shm_unlink(const char *name)
{
    return __shm_unlink(name, "");
}
