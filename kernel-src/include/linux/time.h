/* time.h - time values as system calls see them. */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>
#include <linux/compiler.h>

#define NSEC_PER_SEC	1000000000L
#define NSEC_PER_USEC	1000L

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID	3

#define TIMER_ABSTIME		0x01	/* clock_nanosleep: the time is a deadline on the clock */

#define USER_HZ			100	/* clock_t's ticks a second (times, /proc) */
long nsec_to_clock_t(u64 ns);
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct timeval {
	time_t tv_sec;
	long tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

int schedule_timeout_until(u64 deadline);
void ns_to_timespec(u64 ns, struct timespec *ts);	/* kernel/time/time.c */
int timeout_deadline(const struct timespec __user *utime, u64 *deadline);	/* kernel/futex.c */

#endif
