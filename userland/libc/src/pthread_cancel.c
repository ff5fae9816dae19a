/*
 * Thread cancellation: pthread_cancel and the cancellation points.
 *
 * pthread_cancel sets the target's `cancel` flag, then sends it SIGCANCEL
 * (signal 32, which glibc keeps for this too) so that a thread asleep in a
 * system call hears of it.  What happens next depends on the target:
 *
 *  - cancellation disabled: nothing; the flag waits until it is enabled;
 *  - asynchronous type: the signal handler ends the thread where it is;
 *  - deferred type (the default): the thread ends at its next cancellation
 *    point.  Those are the system calls made through __syscall_cp, which
 *    checks the flag just before entering the kernel (syscall_cp.S).  The
 *    one race, a flag set between that check and the syscall instruction
 *    or while the call sleeps, is the handler's to settle: it sees where
 *    the thread was interrupted, and a thread that has not gone past the
 *    syscall instruction is sent to __cp_cancel instead of resuming.  A
 *    call that completed is never undone: the thread returns its result
 *    and ends at the next cancellation point.
 *
 * Ending means pthread_exit(PTHREAD_CANCELED): the cleanup handlers run,
 * innermost first, then the key destructors.  The library's own state is
 * kept consistent: pthread_cond_wait re-takes the mutex and sem_wait leaves
 * the waiter count, and stdio lets go of the stream's lock, from cleanup
 * handlers they push around their cancellation points; sem_open, which must
 * not stop half done, disables cancellation while it works.
 */
#define _GNU_SOURCE     /* REG_RIP */
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include "libc.h"
#include "pthread_impl.h"

/* syscall_cp.S */
extern const char __cp_begin[], __cp_end[], __cp_cancel[];

static void cancel_handler(int sig, siginfo_t *info, void *context)
{
    struct pthread *self = __pthread_self();
    ucontext_t *uc = context;
    const char *pc = (const char *)uc->uc_mcontext.gregs[REG_RIP];

    (void)sig;
    (void)info;
    if (!self->cancel || self->cancel_disable)
        return;
    if (self->cancel_async) {
        /* Ended here, outside the handler's blocked signals: the thread's own mask again. */
        __syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &uc->uc_sigmask, 0, sizeof(sigset_t));
        __cancel();
    }
    if (pc >= __cp_begin && pc < __cp_end)
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)__cp_cancel;
}

/* Installed by the first pthread_cancel: a program that never cancels keeps signal 32 at its default. */
static void install_handler(void)
{
    static volatile int installed;
    struct sigaction sa;

    if (installed)
        return;
    sa.sa_sigaction = cancel_handler;
    /*
     * SA_RESTART: a sleeping call is rewound onto its syscall instruction,
     * inside the range the handler cancels from; without it the call would
     * fail with EINTR for every cancellation request it could not act on.
     */
    sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
    sa.sa_mask = ~0UL;
    __sigaction_internal(SIGCANCEL, &sa, NULL);
    installed = 1;
}

int pthread_cancel(pthread_t thread)
{
    struct pthread *t = (struct pthread *)thread;
    struct pthread *self = __pthread_self();

    /* Asked already: the first request is the one that acts. */
    if (__swap(&t->cancel, 1) != 0)
        return 0;
    if (t == self) {
        if (!self->cancel_disable && self->cancel_async)
            __cancel();
        return 0;
    }
    install_handler();
    /* A thread that has ended (and waits to be joined) is not an error, as glibc. */
    if (t->tid != 0)
        __syscall3(SYS_tgkill, __syscall0(SYS_getpid), t->tid, SIGCANCEL);
    return 0;
}

/* The request acts now if it is pending, enabled and asynchronous (setcancelstate/type). */
static void act_if_async(struct pthread *self)
{
    if (self->cancel && !self->cancel_disable && self->cancel_async)
        __cancel();
}

int pthread_setcancelstate(int state, int *old)
{
    struct pthread *self = __pthread_self();

    if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE)
        return EINVAL;
    if (old != NULL)
        *old = self->cancel_disable ? PTHREAD_CANCEL_DISABLE : PTHREAD_CANCEL_ENABLE;
    self->cancel_disable = state == PTHREAD_CANCEL_DISABLE;
    act_if_async(self);
    return 0;
}

int pthread_setcanceltype(int type, int *old)
{
    struct pthread *self = __pthread_self();

    if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS)
        return EINVAL;
    if (old != NULL)
        *old = self->cancel_async ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED;
    self->cancel_async = type == PTHREAD_CANCEL_ASYNCHRONOUS;
    act_if_async(self);
    return 0;
}

void pthread_testcancel(void)
{
    struct pthread *self = __pthread_self();

    if (self->cancel && !self->cancel_disable)
        __cancel();
}
