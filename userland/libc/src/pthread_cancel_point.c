/*
 * The cancellation points' side of pthread_cancel.c: the system call that
 * checks for a request (with syscall_cp.S), and ending a cancelled thread.
 * A file apart, as every program's read and write come here while only
 * programs that cancel need the signal handler.
 */
#include <errno.h>
#include <pthread.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

/* syscall_cp.S */
long __syscall_cp_asm(volatile int *cancel, long n, long a1, long a2, long a3, long a4, long a5, long a6);

void __cancel(void)
{
    struct pthread *self = __pthread_self();

    /* Cleanup handlers may call cancellation points: they must not end the thread again. */
    self->cancel_disable = 1;
    pthread_exit(PTHREAD_CANCELED);
}

long __syscall_cp(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
    struct pthread *self;
    long r;

    if (!__libc_tls_ready)
        return __syscall6(n, a1, a2, a3, a4, a5, a6);
    self = __pthread_self();
    if (self->cancel_disable)
        return __syscall6(n, a1, a2, a3, a4, a5, a6);
    r = __syscall_cp_asm(&self->cancel, n, a1, a2, a3, a4, a5, a6);
    /*
     * A call the signal interrupted without restarting it (nanosleep, poll,
     * a timed wait) fails with EINTR: it did nothing, so it can still be the
     * cancellation point.  Not close: Linux has freed the descriptor anyway.
     */
    if (r == -EINTR && n != SYS_close && self->cancel && !self->cancel_disable)
        __cancel();
    return r;
}
