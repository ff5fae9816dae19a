/*
 * posix-timers.h - the CPU-time clocks' ids, as Linux encodes them.
 *
 * A negative clockid names a CPU-time clock: the bits above the low three
 * hold ~pid (0: the caller), bit 2 says "one thread" rather than "the
 * whole process", and the low two bits say which time it counts.  glibc's
 * clock_getcpuclockid and pthread_getcpuclockid build the same values.
 */
#ifndef _LINUX_POSIX_TIMERS_H
#define _LINUX_POSIX_TIMERS_H

#include <linux/types.h>
#include <linux/time.h>

#define CPUCLOCK_PID(clock)		((pid_t) ~((clock) >> 3))
#define CPUCLOCK_PERTHREAD(clock)	(((clock) & (clockid_t) CPUCLOCK_PERTHREAD_MASK) != 0)

#define CPUCLOCK_PERTHREAD_MASK	4
#define CPUCLOCK_WHICH(clock)	((clock) & (clockid_t) CPUCLOCK_CLOCK_MASK)
#define CPUCLOCK_CLOCK_MASK	3
#define CPUCLOCK_PROF		0	/* user and system time */
#define CPUCLOCK_VIRT		1	/* user time */
#define CPUCLOCK_SCHED		2	/* time on the CPU, to the nanosecond */
#define CPUCLOCK_MAX		3
#define CLOCKFD			CPUCLOCK_MAX	/* a dynamic clock's file descriptor (none here) */
#define CLOCKFD_MASK		(CPUCLOCK_PERTHREAD_MASK | CPUCLOCK_CLOCK_MASK)

#define MAKE_PROCESS_CPUCLOCK(pid, clock) \
	((~(clockid_t) (pid) << 3) | (clockid_t) (clock))
#define MAKE_THREAD_CPUCLOCK(tid, clock) \
	MAKE_PROCESS_CPUCLOCK((tid), (clock) | CPUCLOCK_PERTHREAD_MASK)

/* What CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID stand for. */
#define PROCESS_CLOCK	MAKE_PROCESS_CPUCLOCK(0, CPUCLOCK_SCHED)
#define THREAD_CLOCK	MAKE_THREAD_CPUCLOCK(0, CPUCLOCK_SCHED)

/* kernel/time/posix-cpu-timers.c */
int posix_cpu_clock_get(clockid_t which_clock, struct timespec *tp);
int posix_cpu_clock_getres(clockid_t which_clock, struct timespec *tp);
long posix_cpu_nsleep(clockid_t which_clock, int flags, const struct timespec *rqtp,
		      struct timespec __user *rmtp);
int posix_cpu_timer_clock(clockid_t which_clock, clockid_t *kept);
int posix_cpu_timer_sample(clockid_t clock, u64 *ns);
void run_posix_cpu_timers(void);

/* kernel/time/posix-timers.c */
struct ksiginfo;
void run_posix_timers(void);
void posix_timer_rearm(struct task_struct *p, struct ksiginfo *info);
void exit_itimers(pid_t tgid);

#endif
