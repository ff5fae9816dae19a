/*
 * Signals through rt_sigaction/rt_sigprocmask (an 8-byte mask, as x86-64 Linux wants).
 */
#include <signal.h>
#include <setjmp.h>
#include <errno.h>
#include <sys/syscall.h>
#include "libc.h"

/* The signals glibc keeps for its threads (SIGCANCEL, SIGSETXID): as there, a program cannot handle, block or add them. */
#define INTERNAL_SIGNALS ((1UL << (SIGCANCEL - 1)) | (1UL << (SIGSETXID - 1)))

static int internal_signal(int sig)
{
    return sig == SIGCANCEL || sig == SIGSETXID;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
    if (internal_signal(sig)) {
        errno = EINVAL;
        return -1;
    }
    return __sigaction_internal(sig, act, old);
}

int __sigaction_internal(int sig, const struct sigaction *act, struct sigaction *old)
{
    struct sigaction k;
    const struct sigaction *p = act;

    /* The kernel needs a way back from the handler: our rt_sigreturn stub. */
    if (act != NULL && act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN) {
        k = *act;
        k.sa_flags |= SA_RESTORER;
        k.sa_restorer = __restore_rt;
        p = &k;
    }
    return (int)__syscall_ret(__syscall4(SYS_rt_sigaction, sig, p, old, sizeof(sigset_t)));
}

sighandler_t signal(int sig, sighandler_t handler)
{
    struct sigaction act, old;

    act.sa_handler = handler;
    act.sa_flags = SA_RESTART;
    act.sa_restorer = 0;
    act.sa_mask = 0;
    if (sigaction(sig, &act, &old) < 0)
        return SIG_ERR;
    return old.sa_handler;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
    sigset_t allowed;

    /* Blocking everything leaves a thread cancellable, as glibc. */
    if (set != NULL && how != SIG_UNBLOCK) {
        allowed = *set & ~INTERNAL_SIGNALS;
        set = &allowed;
    }
    return (int)__syscall_ret(__syscall4(SYS_rt_sigprocmask, how, set, old, sizeof(sigset_t)));
}

/* Signal masks are per thread already: this is sigprocmask with POSIX threads' error convention. */
int pthread_sigmask(int how, const sigset_t *set, sigset_t *old)
{
    int saved = errno;
    int r = sigprocmask(how, set, old) < 0 ? errno : 0;

    errno = saved;
    return r;
}

static int bad_signal(int sig)
{
    if (sig < 1 || sig > 64) {
        errno = EINVAL;
        return 1;
    }
    return 0;
}

/* Sets take no internal signal (glibc's sigaddset and sigdelset say EINVAL; sigismember looks). */
static int bad_set_member(int sig)
{
    if (bad_signal(sig))
        return 1;
    if (internal_signal(sig)) {
        errno = EINVAL;
        return 1;
    }
    return 0;
}

int sigemptyset(sigset_t *set)
{
    *set = 0;
    return 0;
}

int sigfillset(sigset_t *set)
{
    *set = ~INTERNAL_SIGNALS;
    return 0;
}

int sigaddset(sigset_t *set, int sig)
{
    if (bad_set_member(sig))
        return -1;
    *set |= 1UL << (sig - 1);
    return 0;
}

int sigdelset(sigset_t *set, int sig)
{
    if (bad_set_member(sig))
        return -1;
    *set &= ~(1UL << (sig - 1));
    return 0;
}

int sigismember(const sigset_t *set, int sig)
{
    if (bad_signal(sig))
        return -1;
    return (*set >> (sig - 1)) & 1;
}

/* The second half of sigsetjmp (setjmp.S saved the registers): note the mask. */
int __sigsetjmp_mask(sigjmp_buf env, int savemask)
{
    env->__mask_saved = savemask != 0;
    if (savemask)
        sigprocmask(SIG_BLOCK, NULL, &env->__mask);
    return 0;
}

void siglongjmp(sigjmp_buf env, int val)
{
    if (env->__mask_saved)
        sigprocmask(SIG_SETMASK, &env->__mask, NULL);
    longjmp(env, val);
}

int sigaltstack(const stack_t *ss, stack_t *old)
{
    return (int)__syscall_ret(__syscall2(SYS_sigaltstack, ss, old));
}
