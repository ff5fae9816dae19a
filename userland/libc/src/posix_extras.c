/*
 * Small POSIX, BSD and C11 calls that gnulib's configure looks for:
 * timespec_get, clock_settime, getdtablesize, siginterrupt, futimes,
 * lutimes and close_range (Linux 5.9's system call, emulated on older
 * kernels such as the emulated one).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include "libc.h"

#define SYS_clock_settime_ 227
#define SYS_close_range_ 436

int timespec_get(struct timespec *ts, int base)
{
    if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts) != 0)
        return 0;
    return base;
}

int clock_settime(clockid_t clock, const struct timespec *ts)
{
    return (int)__syscall_ret(__syscall2(SYS_clock_settime_, clock, ts));
}

/* As glibc: the soft limit on descriptors, or OPEN_MAX's traditional 256 without one. */
int getdtablesize(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 256;
    return (int)rl.rlim_cur;
}

/* flag 1: the signal interrupts system calls (no SA_RESTART); 0: they restart. */
int siginterrupt(int sig, int flag)
{
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0)
        return -1;
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    return sigaction(sig, &sa, NULL);
}

static const struct timespec *to_timespecs(const struct timeval tv[2], struct timespec ts[2])
{
    if (!tv)
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) {
            errno = EINVAL;
            return (const struct timespec *)-1;
        }
        ts[i].tv_sec = tv[i].tv_sec;
        ts[i].tv_nsec = tv[i].tv_usec * 1000;
    }
    return ts;
}

int futimes(int fd, const struct timeval tv[2])
{
    struct timespec ts[2];
    const struct timespec *p = to_timespecs(tv, ts);
    if (p == (const struct timespec *)-1)
        return -1;
    return futimens(fd, p);
}

int lutimes(const char *path, const struct timeval tv[2])
{
    struct timespec ts[2];
    const struct timespec *p = to_timespecs(tv, ts);
    if (p == (const struct timespec *)-1)
        return -1;
    return utimensat(AT_FDCWD, path, p, AT_SYMLINK_NOFOLLOW);
}

int close_range(unsigned int first, unsigned int last, int flags)
{
    long r = __syscall3(SYS_close_range_, first, last, flags);
    if (r != -ENOSYS)
        return (int)__syscall_ret(r);
    if (flags != 0 || first > last) {
        errno = flags != 0 ? ENOSYS : EINVAL;
        return -1;
    }
    /* Without the system call: close each descriptor up to the limit on them. */
    unsigned int limit = (unsigned int)getdtablesize();
    if (last >= limit)
        last = limit - 1;
    for (unsigned int fd = first; fd <= last && fd < limit; fd++)
        __syscall1(SYS_close, fd);
    return 0;
}
