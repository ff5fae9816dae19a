/*
 * The CPU-time clocks of other processes and threads: their ids are
 * computed as Linux encodes them (linux/posix-timers.h) and glibc builds
 * them, so clock_gettime, clock_getres and clock_nanosleep take them as
 * they are.
 */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

#define CPUCLOCK_SCHED 2            /* time on the CPU, to the nanosecond */
#define CPUCLOCK_PERTHREAD_MASK 4
#define MAKE_PROCESS_CPUCLOCK(pid, clock) ((~(clockid_t)(pid) << 3) | (clockid_t)(clock))
#define MAKE_THREAD_CPUCLOCK(tid, clock) MAKE_PROCESS_CPUCLOCK((tid), (clock) | CPUCLOCK_PERTHREAD_MASK)

/* Process pid's clock (0: the caller's); clock_getres asks the kernel whether pid is a process. */
int clock_getcpuclockid(pid_t pid, clockid_t *clock)
{
    clockid_t id = MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED);
    long r = __syscall2(SYS_clock_getres, id, 0);

    if (r == -EINVAL)
        return ESRCH;
    if (r < 0)
        return (int)-r;
    *clock = id;
    return 0;
}

/* A thread's clock, named by its tid: ESRCH once it has ended, as glibc. */
int pthread_getcpuclockid(pthread_t thread, clockid_t *clock)
{
    int tid = ((struct pthread *)thread)->tid;

    if (tid <= 0)
        return ESRCH;
    *clock = MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED);
    return 0;
}
