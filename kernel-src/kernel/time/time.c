/*
 * time.c - the time system calls.  "Now" is the RTC's date at boot plus
 * the TSC time since boot (local_clock()), so in the emulator's
 * deterministic mode every run sees the same times.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/posix-timers.h>
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

void ns_to_timespec(u64 ns, struct timespec *ts)
{
	ts->tv_sec = (time_t)(ns / NSEC_PER_SEC);
	ts->tv_nsec = (long)(ns % NSEC_PER_SEC);
}

/*
 * The CPU-time clock (posix-cpu-timers.c) a clock id names, or 0 when it
 * names another kind.  CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID
 * are the caller's; other negative ids are CPU clocks unless their low bits
 * say CLOCKFD, a dynamic clock's descriptor, of which there are none here
 * (EINVAL, as Linux for a descriptor that is no clock).
 */
static clockid_t cpu_clock(clockid_t which_clock)
{
	if (which_clock == CLOCK_PROCESS_CPUTIME_ID)
		return PROCESS_CLOCK;
	if (which_clock == CLOCK_THREAD_CPUTIME_ID)
		return THREAD_CLOCK;
	return which_clock < 0 && (which_clock & CLOCKFD_MASK) != CLOCKFD ? which_clock : 0;
}

static int valid_clock(clockid_t which_clock)
{
	return which_clock >= 0 && which_clock <= CLOCK_BOOTTIME;
}

SYSCALL_DEFINE2(clock_gettime, clockid_t, which_clock, struct timespec __user *, tp)
{
	clockid_t cpu = cpu_clock(which_clock);
	struct timespec ts;

	if (cpu) {
		int err = posix_cpu_clock_get(cpu, &ts);

		if (err)
			return err;
	} else if (!valid_clock(which_clock)) {
		return -EINVAL;
	} else {
		ktime_get_ts(which_clock, &ts);
	}
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(clock_getres, clockid_t, which_clock, struct timespec __user *, tp)
{
	clockid_t cpu = cpu_clock(which_clock);
	struct timespec ts = { 0, 1 };

	if (cpu) {
		int err = posix_cpu_clock_getres(cpu, &ts);

		if (err)
			return err;
	} else if (!valid_clock(which_clock)) {
		return -EINVAL;
	}
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

/* A sleep's time from user space: EINVAL unless a valid timespec. */
static long get_sleep_time(const struct timespec __user *rqtp, struct timespec *t)
{
	if (copy_from_user(t, rqtp, sizeof(*t)))
		return -EFAULT;
	if (t->tv_nsec < 0 || t->tv_nsec >= NSEC_PER_SEC || t->tv_sec < 0)
		return -EINVAL;
	return 0;
}

/*
 * Sleep for *t, or with TIMER_ABSTIME until *t on which_clock (REALTIME
 * is local_clock() moved by the boot date). An interrupted relative sleep
 * writes the time left to *rmtp; an absolute one has nothing to report.
 */
static long do_nanosleep(int which_clock, int flags, const struct timespec *t,
			 struct timespec __user *rmtp)
{
	u64 deadline, at = (u64)t->tv_sec * NSEC_PER_SEC + (u64)t->tv_nsec;
	struct timespec left;

	if (!(flags & TIMER_ABSTIME))
		deadline = local_clock() + at;
	else if (which_clock == CLOCK_REALTIME)
		deadline = at > (u64)boot_epoch * NSEC_PER_SEC ? at - (u64)boot_epoch * NSEC_PER_SEC : 0;
	else
		deadline = at;
	if (schedule_timeout_until(deadline)) {
		if (rmtp && !(flags & TIMER_ABSTIME)) {
			ns_to_timespec(deadline - local_clock(), &left);
			if (copy_to_user(rmtp, &left, sizeof(left)))
				return -EFAULT;
		}
		return -EINTR;
	}
	return 0;
}

SYSCALL_DEFINE2(nanosleep, struct timespec __user *, rqtp, struct timespec __user *, rmtp)
{
	struct timespec t;
	long err = get_sleep_time(rqtp, &t);

	return err ? err : do_nanosleep(CLOCK_MONOTONIC, 0, &t, rmtp);
}

/* The CPU-time clocks sleep in posix-cpu-timers.c (a process's only: one's own thread's is EINVAL). */
SYSCALL_DEFINE4(clock_nanosleep, clockid_t, which_clock, int, flags,
		const struct timespec __user *, rqtp, struct timespec __user *, rmtp)
{
	clockid_t cpu = cpu_clock(which_clock);
	struct timespec t;
	long err;

	if (!cpu && which_clock != CLOCK_REALTIME && which_clock != CLOCK_MONOTONIC &&
	    which_clock != CLOCK_BOOTTIME)
		return -EINVAL;
	err = get_sleep_time(rqtp, &t);
	if (err)
		return err;
	return cpu ? posix_cpu_nsleep(cpu, flags, &t, rmtp) : do_nanosleep(which_clock, flags, &t, rmtp);
}

struct tms {
	long tms_utime, tms_stime, tms_cutime, tms_cstime;
};

/* clock_t counts USER_HZ (100) ticks a second, as on Linux whatever CONFIG_HZ is. */
long nsec_to_clock_t(u64 ns)
{
	return (long)(ns / (NSEC_PER_SEC / USER_HZ));
}

SYSCALL_DEFINE1(times, struct tms __user *, tbuf)
{
	struct task_struct *leader = current->group_leader;
	struct task_usage self;
	struct tms t;

	process_usage(leader, &self);
	t.tms_utime = nsec_to_clock_t(self.utime);
	t.tms_stime = nsec_to_clock_t(self.stime);
	t.tms_cutime = nsec_to_clock_t(leader->children.utime);
	t.tms_cstime = nsec_to_clock_t(leader->children.stime);
	if (tbuf && copy_to_user(tbuf, &t, sizeof(t)))
		return -EFAULT;
	return nsec_to_clock_t(local_clock());
}
