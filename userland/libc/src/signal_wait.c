/*
 * Waiting for signals synchronously (sigwait, sigwaitinfo, sigtimedwait),
 * queueing one with a value (sigqueue), and glibc's set operations on sigset_t.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"

int sigtimedwait(const sigset_t *set, siginfo_t *info, const struct timespec *timeout)
{
    return (int)__syscall_ret(__syscall_cp4(SYS_rt_sigtimedwait, set, info, timeout, sizeof(sigset_t)));
}

int sigwaitinfo(const sigset_t *set, siginfo_t *info)
{
    return sigtimedwait(set, info, NULL);
}

/* POSIX: the error number is returned, and an interrupted wait goes on waiting. */
int sigwait(const sigset_t *set, int *sig)
{
    int r;

    do
        r = sigtimedwait(set, NULL, NULL);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return errno;
    *sig = r;
    return 0;
}

int sigqueue(pid_t pid, int sig, const union sigval value)
{
    siginfo_t info;

    memset(&info, 0, sizeof info);
    info.si_signo = sig;
    info.si_code = SI_QUEUE;
    info.si_pid = getpid();   /* the same place as the queued form's sender */
    info.si_uid = getuid();
    info.si_value = value;
    return (int)__syscall_ret(__syscall3(SYS_rt_sigqueueinfo, pid, sig, &info));
}

int sigisemptyset(const sigset_t *set)
{
    return *set == 0;
}

int sigandset(sigset_t *dest, const sigset_t *left, const sigset_t *right)
{
    *dest = *left & *right;
    return 0;
}

int sigorset(sigset_t *dest, const sigset_t *left, const sigset_t *right)
{
    *dest = *left | *right;
    return 0;
}
