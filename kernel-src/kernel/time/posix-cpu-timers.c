/*
 * posix-cpu-timers.c - the CPU-time clocks, as Linux 4.7's: read, their
 * resolution, and sleeping until one reaches a time.
 *
 * A clock id built by MAKE_PROCESS_CPUCLOCK or MAKE_THREAD_CPUCLOCK
 * (linux/posix-timers.h) names a task by pid, 0 being the caller.  A
 * thread's clock may be read only from its own process; a process's clock
 * is named by its leader's pid (or the caller's own tid), and any process
 * may read any other's, a zombie's included, until it is reaped.  Anything
 * else is EINVAL (glibc turns that into ESRCH for clock_getcpuclockid).
 * The times are those of kernel/sched/cputime.c.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/posix-timers.h>
#include <linux/signal.h>

/* Linux's find_task_by_vpid, which finds zombies too. */
static struct task_struct *find_task_by_vpid(pid_t pid)
{
	int i;

	for (i = 0; i < NR_TASKS; i++)
		if (task[i] && task[i]->pid == pid && task[i]->state != EXIT_DEAD)
			return task[i];
	return NULL;
}

static int same_thread_group(struct task_struct *p, struct task_struct *q)
{
	return p->group_leader == q->group_leader;
}

/*
 * The task whose clock the caller may use, or NULL.  A thread's clock: a
 * thread of the caller's process.  A process's: named by its leader, or
 * when only read, by the caller's own tid too (Linux's
 * posix_cpu_clock_get_task; check_clock, behind clock_getres and timers,
 * wants the leader).
 */
static struct task_struct *clock_task(clockid_t which_clock, int reading)
{
	pid_t pid = CPUCLOCK_PID(which_clock);
	struct task_struct *p;

	if (CPUCLOCK_WHICH(which_clock) >= CPUCLOCK_MAX)
		return NULL;
	if (pid == 0)
		return current;
	p = find_task_by_vpid(pid);
	if (!p)
		return NULL;
	if (CPUCLOCK_PERTHREAD(which_clock))
		return same_thread_group(p, current) ? p : NULL;
	return thread_group_leader(p) || (reading && p == current) ? p : NULL;
}

/* The reading in ns of p's clock of this kind. */
static u64 task_clock_sample(struct task_struct *p, clockid_t which_clock)
{
	struct task_usage times;

	if (CPUCLOCK_PERTHREAD(which_clock))
		thread_usage(p, &times);
	else
		process_usage(p->group_leader, &times);
	/* Our utime and stime split the exact time on the CPU, so PROF and SCHED read the same. */
	return CPUCLOCK_WHICH(which_clock) == CPUCLOCK_VIRT ? times.utime : times.utime + times.stime;
}

/* The clock's reading in ns, or -EINVAL. */
static int cpu_clock_sample(clockid_t which_clock, int reading, u64 *ns)
{
	struct task_struct *p = clock_task(which_clock, reading);

	if (!p)
		return -EINVAL;
	*ns = task_clock_sample(p, which_clock);
	return 0;
}

/*
 * timer_create on a CPU clock (Linux's posix_cpu_timer_create): the clock
 * the timer keeps names its task by pid, as the caller's may be pid 0.
 */
int posix_cpu_timer_clock(clockid_t which_clock, clockid_t *kept)
{
	struct task_struct *p = clock_task(which_clock, 0);
	int which = CPUCLOCK_WHICH(which_clock);

	if (!p)
		return -EINVAL;
	if (CPUCLOCK_PERTHREAD(which_clock))
		*kept = MAKE_THREAD_CPUCLOCK(p->pid, which);
	else
		*kept = MAKE_PROCESS_CPUCLOCK(p->group_leader->pid, which);
	return 0;
}

/* A timer's clock, from whichever task the tick interrupted: -EINVAL once its task is reaped. */
int posix_cpu_timer_sample(clockid_t clock, u64 *ns)
{
	struct task_struct *p = find_task_by_vpid(CPUCLOCK_PID(clock));

	if (!p)
		return -EINVAL;
	*ns = task_clock_sample(p, clock);
	return 0;
}

int posix_cpu_clock_get(clockid_t which_clock, struct timespec *tp)
{
	u64 ns;
	int err = cpu_clock_sample(which_clock, 1, &ns);

	if (!err)
		ns_to_timespec(ns, tp);
	return err;
}

/* SCHED counts nanoseconds; PROF and VIRT, as Linux samples them, a tick. */
int posix_cpu_clock_getres(clockid_t which_clock, struct timespec *tp)
{
	u64 ns;
	int err = cpu_clock_sample(which_clock, 0, &ns);

	if (err)
		return err;
	tp->tv_sec = 0;
	tp->tv_nsec = CPUCLOCK_WHICH(which_clock) == CPUCLOCK_SCHED ? 1 : (NSEC_PER_SEC + CONFIG_HZ - 1) / CONFIG_HZ;
	return 0;
}

/*
 * Sleeps until the clock reads deadline.  On one CPU a CPU-time clock runs
 * at most as fast as real time, so sleeping for what is left on it never
 * oversleeps; we read it again on waking.  A clock whose task has gone
 * stands still, as Linux's timer that no tick fires: the sleep lasts until
 * a signal.  *left is what was left on the clock when a signal came.
 */
static long cpu_sleep_until(clockid_t which_clock, u64 deadline, u64 *left)
{
	u64 now;

	for (;;) {
		u64 wake = ~0ULL;

		if (cpu_clock_sample(which_clock, 0, &now) == 0) {
			if (now >= deadline)
				return 0;
			*left = deadline - now;
			wake = local_clock() + *left;
		}
		if (schedule_timeout_until(wake))
			return -EINTR;
	}
}

/*
 * clock_nanosleep on a CPU-time clock.  Sleeping on one's own thread clock
 * could never end (it does not run while we sleep): EINVAL, as Linux.  An
 * interrupted relative sleep writes the time left on the clock to *rmtp.
 */
long posix_cpu_nsleep(clockid_t which_clock, int flags, const struct timespec *rqtp,
		      struct timespec __user *rmtp)
{
	u64 start, at = (u64)rqtp->tv_sec * NSEC_PER_SEC + (u64)rqtp->tv_nsec, left = at;
	struct timespec t;
	long err;

	if (CPUCLOCK_PERTHREAD(which_clock) &&
	    (CPUCLOCK_PID(which_clock) == 0 || CPUCLOCK_PID(which_clock) == current->pid))
		return -EINVAL;
	err = cpu_clock_sample(which_clock, 0, &start);
	if (err)
		return err;
	err = cpu_sleep_until(which_clock, flags & TIMER_ABSTIME ? at : start + at, &left);
	if (err && rmtp && !(flags & TIMER_ABSTIME)) {
		ns_to_timespec(left, &t);
		if (copy_to_user(rmtp, &t, sizeof(t)))
			return -EFAULT;
	}
	return err;
}

/*
 * RLIMIT_CPU, from each tick (Linux's check_process_timers): a process that
 * has used its hard limit of CPU seconds is killed; past the soft limit it
 * gets SIGXCPU, and the soft limit moves a second on, so the signal comes
 * again each second until the hard limit.
 */
void run_posix_cpu_timers(void)
{
	struct task_struct *leader = current->group_leader;
	struct rlimit *cpu = &leader->rlim[RLIMIT_CPU];
	struct ksiginfo info = { SIGXCPU, SI_KERNEL, 0, 0, 0, 0 };
	u64 secs;

	if (!current->pid || cpu->rlim_cur == RLIM_INFINITY)
		return;
	secs = task_clock_sample(leader, PROCESS_CLOCK) / NSEC_PER_SEC;
	if (secs >= cpu->rlim_max) {
		info.signo = SIGKILL;
		group_send_sig_info(SIGKILL, &info, leader);
	} else if (secs >= cpu->rlim_cur) {
		group_send_sig_info(SIGXCPU, &info, leader);
		if (cpu->rlim_cur < cpu->rlim_max)
			cpu->rlim_cur++;
	}
}
