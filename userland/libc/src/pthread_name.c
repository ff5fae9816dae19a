/*
 * Thread names (GNU): the kernel's comm, 15 bytes at most. A thread names
 * itself with prctl; another thread's name is its /proc/self/task/TID/comm,
 * as glibc does it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "libc.h"
#include "pthread_impl.h"

#define PR_SET_NAME 15
#define PR_GET_NAME 16
#define NAME_MAX_LEN 16     /* the kernel's TASK_COMM_LEN, the NUL included */

static int open_comm(struct pthread *t, int flags)
{
    char path[48];

    snprintf(path, sizeof path, "/proc/self/task/%d/comm", t->tid);
    return open(path, flags | O_CLOEXEC);
}

int pthread_setname_np(pthread_t thread, const char *name)
{
    struct pthread *t = (struct pthread *)thread;
    size_t len = strlen(name);
    int fd, e = 0;

    if (len >= NAME_MAX_LEN)
        return ERANGE;
    if (t == __pthread_self())
        return (int)-__syscall2(SYS_prctl, PR_SET_NAME, name);
    fd = open_comm(t, O_WRONLY);
    if (fd < 0)
        return errno;
    if (write(fd, name, len) != (ssize_t)len)
        e = errno;
    close(fd);
    return e;
}

int pthread_getname_np(pthread_t thread, char *name, size_t size)
{
    struct pthread *t = (struct pthread *)thread;
    ssize_t n;
    int fd;

    if (size < NAME_MAX_LEN)
        return ERANGE;
    if (t == __pthread_self())
        return (int)-__syscall2(SYS_prctl, PR_GET_NAME, name);
    fd = open_comm(t, O_RDONLY);
    if (fd < 0)
        return errno;
    n = read(fd, name, size - 1);
    close(fd);
    if (n < 0)
        return errno;
    /* The file's text ends with a newline. */
    if (n > 0 && name[n - 1] == '\n')
        n--;
    name[n] = '\0';
    return 0;
}
