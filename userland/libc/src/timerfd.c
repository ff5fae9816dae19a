/* timerfd: the kernel does it all (fs/timerfd.c). */
#include <sys/timerfd.h>
#include <sys/syscall.h>
#include "libc.h"

int timerfd_create(clockid_t clock_id, int flags)
{
    return (int)__syscall_ret(__syscall2(SYS_timerfd_create, clock_id, flags));
}

int timerfd_settime(int fd, int flags, const struct itimerspec *new_value, struct itimerspec *old_value)
{
    return (int)__syscall_ret(__syscall4(SYS_timerfd_settime, fd, flags, new_value, old_value));
}

int timerfd_gettime(int fd, struct itimerspec *curr_value)
{
    return (int)__syscall_ret(__syscall2(SYS_timerfd_gettime, fd, curr_value));
}
