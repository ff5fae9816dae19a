/*
 * time.c - the time system calls.  "Now" is the RTC's date at boot plus
 * the TSC time since boot (local_clock()), so in the emulator's
 * deterministic mode every run sees the same times.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/syscalls.h>
#include <asm/setup.h>

static void ktime_get_ts(int clock, struct timespec *ts)
{
	u64 ns = local_clock();

	ts->tv_sec = (time_t)(ns / NSEC_PER_SEC);
	ts->tv_nsec = (long)(ns % NSEC_PER_SEC);
	if (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)
		ts->tv_sec += boot_epoch;
}

void current_time(struct timespec *ts)
{
	ktime_get_ts(CLOCK_REALTIME, ts);
}

SYSCALL_DEFINE2(clock_gettime, int, which_clock, struct timespec __user *, tp)
{
	struct timespec ts;

	if (which_clock < 0 || which_clock > CLOCK_BOOTTIME)
		return -EINVAL;
	ktime_get_ts(which_clock, &ts);
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(clock_getres, int, which_clock, struct timespec __user *, tp)
{
	struct timespec ts = { 0, 1 };

	if (which_clock < 0 || which_clock > CLOCK_BOOTTIME)
		return -EINVAL;
	if (tp && copy_to_user(tp, &ts, sizeof(ts)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(gettimeofday, struct timeval __user *, tv, struct timezone __user *, tz)
{
	struct timespec ts;

	if (tv) {
		struct timeval v;

		ktime_get_ts(CLOCK_REALTIME, &ts);
		v.tv_sec = ts.tv_sec;
		v.tv_usec = ts.tv_nsec / NSEC_PER_USEC;
		if (copy_to_user(tv, &v, sizeof(v)))
			return -EFAULT;
	}
	if (tz) {
		struct timezone z = { 0, 0 };

		if (copy_to_user(tz, &z, sizeof(z)))
			return -EFAULT;
	}
	return 0;
}

SYSCALL_DEFINE1(time, time_t __user *, tloc)
{
	struct timespec ts;

	ktime_get_ts(CLOCK_REALTIME, &ts);
	if (tloc && put_user(ts.tv_sec, tloc))
		return -EFAULT;
	return ts.tv_sec;
}

static long do_nanosleep(const struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec t;
	u64 deadline;

	if (copy_from_user(&t, rqtp, sizeof(t)))
		return -EFAULT;
	if (t.tv_nsec < 0 || t.tv_nsec >= NSEC_PER_SEC || t.tv_sec < 0)
		return -EINVAL;
	deadline = local_clock() + (u64)t.tv_sec * NSEC_PER_SEC + (u64)t.tv_nsec;
	if (schedule_timeout_until(deadline)) {
		if (rmtp) {
			u64 left = deadline - local_clock();

			t.tv_sec = (time_t)(left / NSEC_PER_SEC);
			t.tv_nsec = (long)(left % NSEC_PER_SEC);
			if (copy_to_user(rmtp, &t, sizeof(t)))
				return -EFAULT;
		}
		return -EINTR;
	}
	return 0;
}

SYSCALL_DEFINE2(nanosleep, struct timespec __user *, rqtp, struct timespec __user *, rmtp)
{
	return do_nanosleep(rqtp, rmtp);
}

SYSCALL_DEFINE4(clock_nanosleep, int, which_clock, int, flags,
		const struct timespec __user *, rqtp, struct timespec __user *, rmtp)
{
	if (flags)
		return -EINVAL;		/* TIMER_ABSTIME is not supported */
	return do_nanosleep(rqtp, rmtp);
}

struct tms {
	long tms_utime, tms_stime, tms_cutime, tms_cstime;
};

SYSCALL_DEFINE1(times, struct tms __user *, tbuf)
{
	if (tbuf && clear_user(tbuf, sizeof(struct tms)))
		return -EFAULT;
	return (long)jiffies;
}
