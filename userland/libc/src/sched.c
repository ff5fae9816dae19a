/*
 * <sched.h>: scheduling policy and parameters of a process (or a thread, by
 * its tid), CPU affinity and the current CPU — thin system-call wrappers.
 * The kernel's affinity calls fill only the bytes it knows; glibc zeroes the
 * rest of the caller's set, and so do we.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <string.h>
#include <errno.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param)
{
    return (int)__syscall_ret(__syscall3(SYS_sched_setscheduler, pid, policy, param));
}

int sched_getscheduler(pid_t pid)
{
    return (int)__syscall_ret(__syscall1(SYS_sched_getscheduler, pid));
}

int sched_setparam(pid_t pid, const struct sched_param *param)
{
    return (int)__syscall_ret(__syscall2(SYS_sched_setparam, pid, param));
}

int sched_getparam(pid_t pid, struct sched_param *param)
{
    return (int)__syscall_ret(__syscall2(SYS_sched_getparam, pid, param));
}

int sched_get_priority_max(int policy)
{
    return (int)__syscall_ret(__syscall1(SYS_sched_get_priority_max, policy));
}

int sched_get_priority_min(int policy)
{
    return (int)__syscall_ret(__syscall1(SYS_sched_get_priority_min, policy));
}

int sched_rr_get_interval(pid_t pid, struct timespec *interval)
{
    return (int)__syscall_ret(__syscall2(SYS_sched_rr_get_interval, pid, interval));
}

/* The raw calls: -errno, or 0 with the bytes the kernel did not fill zeroed. */
static long get_affinity(pid_t tid, size_t size, cpu_set_t *set)
{
    long r = __syscall3(SYS_sched_getaffinity, tid, size, set);

    if (r < 0)
        return r;
    memset((char *)set + r, 0, size - (size_t)r);
    return 0;
}

int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
{
    return (int)__syscall_ret(get_affinity(pid, size, set));
}

int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set)
{
    return (int)__syscall_ret(__syscall3(SYS_sched_setaffinity, pid, size, set));
}

/* GNU: the same for one thread, with POSIX threads' error convention. */
int pthread_getaffinity_np(pthread_t thread, size_t size, cpu_set_t *set)
{
    return (int)-get_affinity(((struct pthread *)thread)->tid, size, set);
}

int pthread_setaffinity_np(pthread_t thread, size_t size, const cpu_set_t *set)
{
    return (int)-__syscall3(SYS_sched_setaffinity, ((struct pthread *)thread)->tid, size, set);
}

int sched_getcpu(void)
{
    unsigned int cpu;
    long r = __syscall3(SYS_getcpu, &cpu, NULL, NULL);

    return r < 0 ? (int)__syscall_ret(r) : (int)cpu;
}

int __sched_cpucount(size_t size, const cpu_set_t *set)
{
    const unsigned char *p = (const unsigned char *)set;
    unsigned int byte;
    int count = 0;
    size_t i;

    /* By hand: the library links without libgcc, where gcc's popcount helper lives. */
    for (i = 0; i < size; i++)
        for (byte = p[i]; byte != 0; byte &= byte - 1)
            count++;
    return count;
}
