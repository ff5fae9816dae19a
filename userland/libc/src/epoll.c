/*
 * epoll: the kernel does it all (fs/eventpoll.c).  Waiting is a
 * cancellation point, as in glibc; epoll_pwait's mask goes with its size.
 */
#include <sys/epoll.h>
#include <sys/syscall.h>
#include "libc.h"

int epoll_create(int size)
{
    return (int)__syscall_ret(__syscall1(SYS_epoll_create, size));
}

int epoll_create1(int flags)
{
    return (int)__syscall_ret(__syscall1(SYS_epoll_create1, flags));
}

int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)
{
    return (int)__syscall_ret(__syscall4(SYS_epoll_ctl, epfd, op, fd, event));
}

int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)
{
    return (int)__syscall_ret(__syscall_cp4(SYS_epoll_wait, epfd, events, maxevents, timeout));
}

int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout, const sigset_t *sigmask)
{
    return (int)__syscall_ret(__syscall_cp(SYS_epoll_pwait, epfd, (long)events, maxevents, timeout, (long)sigmask,
                                         sizeof(sigset_t)));
}
