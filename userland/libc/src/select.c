/*
 * poll, ppoll, select and pselect: waiting for descriptors.  pselect's
 * signal mask travels to the kernel in a (mask pointer, size) pair, as
 * Linux's pselect6 takes it.
 */
#define _GNU_SOURCE
#include <poll.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include "libc.h"

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
    return (int)__syscall_ret(__syscall_cp3(SYS_poll, fds, nfds, timeout));
}

int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask)
{
    return (int)__syscall_ret(__syscall_cp(SYS_ppoll, (long)fds, (long)nfds, (long)timeout, (long)sigmask,
                                         sizeof(sigset_t), 0));
}

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout)
{
    return (int)__syscall_ret(__syscall_cp(SYS_select, nfds, (long)readfds, (long)writefds, (long)exceptfds,
                                         (long)timeout, 0));
}

int pselect(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, const struct timespec *timeout,
            const sigset_t *sigmask)
{
    struct {
        const sigset_t *mask;
        size_t size;
    } pack = { sigmask, sizeof(sigset_t) };
    struct timespec copy, *t = NULL;

    /* The kernel writes the time left back; pselect's timeout is const. */
    if (timeout != NULL) {
        copy = *timeout;
        t = &copy;
    }
    return (int)__syscall_ret(__syscall_cp(SYS_pselect6, nfds, (long)readfds, (long)writefds, (long)exceptfds,
                                         (long)t, (long)(sigmask != NULL ? &pack : NULL)));
}
