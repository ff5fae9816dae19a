/*
 * POSIX timers: the kernel's timer_* system calls.  A timer_t is the
 * kernel's timer id, as in glibc; a SIGEV_THREAD timer's is the library's
 * own (timer_thread.c), which holds the kernel id.
 */
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <sys/syscall.h>
#include "libc.h"
#include "timer_thread.h"

int timer_create(clockid_t clock, struct sigevent *sev, timer_t *timerid)
{
    int id;
    long r;

    if (sev != NULL && sev->sigev_notify == SIGEV_THREAD)
        return __timer_create_thread(clock, sev, timerid);
    r = __syscall3(SYS_timer_create, clock, sev, &id);
    if (r < 0)
        return (int)__syscall_ret(r);
    *timerid = (timer_t)(long)id;
    return 0;
}

int timer_settime(timer_t timerid, int flags, const struct itimerspec *value, struct itimerspec *ovalue)
{
    return (int)__syscall_ret(__syscall4(SYS_timer_settime, __timer_kernel_id(timerid), flags, value, ovalue));
}

int timer_gettime(timer_t timerid, struct itimerspec *value)
{
    return (int)__syscall_ret(__syscall2(SYS_timer_gettime, __timer_kernel_id(timerid), value));
}

int timer_getoverrun(timer_t timerid)
{
    return (int)__syscall_ret(__syscall1(SYS_timer_getoverrun, __timer_kernel_id(timerid)));
}

int timer_delete(timer_t timerid)
{
    if (__timer_is_thread(timerid))
        return __timer_delete_thread(timerid);
    return (int)__syscall_ret(__syscall1(SYS_timer_delete, __timer_kernel_id(timerid)));
}
