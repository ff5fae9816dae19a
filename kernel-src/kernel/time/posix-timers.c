/*
 * posix-timers.c - POSIX interval timers (timer_create and friends), as Linux 4.7's.
 *
 * A process may own any number of timers, each named by an id that counts up
 * from 0 per process.  A timer measures one clock: REALTIME, MONOTONIC and
 * BOOTTIME all run at local_clock()'s pace here, so their expiry times are
 * kept as local_clock() deadlines; a CPU-time clock's (posix-cpu-timers.c)
 * are kept as readings of that clock.  The timer interrupt looks at the armed
 * timers every tick (run_posix_timers).
 *
 * Expiry sends the timer's signal with si_code SI_TIMER, si_timerid and
 * si_value; SIGEV_NONE sends nothing (timer_gettime still counts down).  As
 * in Linux, each timer has at most one signal on its way: an interval timer
 * that has fired waits until its signal is taken (dequeue_signal calls
 * posix_timer_rearm), then moves its expiry past "now" by whole intervals
 * and counts the ones it skipped as overruns, which si_overrun and
 * timer_getoverrun report.  A signal the process ignores is not queued, so
 * such a timer moves on at once instead.  Timers go at exit and at execve.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/posix-timers.h>
#include <linux/syscalls.h>
#include <uapi/linux/mqueue.h>
#include <asm/setup.h>
#include <asm/uaccess.h>

#define SIGEV_THREAD_ID		4	/* or'ed with SIGEV_SIGNAL: to one thread, not the process */
#define SIGRTMAX		_NSIG
#define MAX_TIMERS_PER_PROCESS	1024	/* what stands for RLIMIT_SIGPENDING's cap (EAGAIN) */
#define REQUEUE_PENDING		1	/* it_requeue_pending's odd values: a signal is on its way */

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

struct k_itimer {
	struct k_itimer *next;		/* in posix_timers */
	pid_t it_owner;			/* the process (tgid) whose id this is */
	int it_id;
	clockid_t it_clock;		/* a CPU clock's id names its task by pid, never 0 */
	int it_sigev_notify;
	int it_sigev_signo;
	u64 it_sigev_value;
	pid_t it_target;		/* SIGEV_THREAD_ID: the thread; else 0 (the process) */
	int it_active;			/* counting down to expires (not waiting for its signal) */
	u64 expires;			/* on the timer's clock, see above; 0: disarmed */
	u64 interval;			/* 0: one-shot */
	int it_overrun;			/* intervals skipped since the last signal, less one */
	int it_overrun_last;		/* what the last signal taken reported */
	int it_requeue_pending;		/* the generation of the signal on its way (si_sys_private) */
};

static struct k_itimer *posix_timers;

static int is_cpu_timer(const struct k_itimer *timr)
{
	return timr->it_clock < 0;
}

static int sigev_none(const struct k_itimer *timr)
{
	return (timr->it_sigev_notify & ~SIGEV_THREAD_ID) == SIGEV_NONE;
}

/* Process owner's timer with this id, or NULL. */
static struct k_itimer *find_timer(pid_t owner, int id)
{
	struct k_itimer *timr;

	for (timr = posix_timers; timr; timr = timr->next)
		if (timr->it_owner == owner && timr->it_id == id)
			return timr;
	return NULL;
}

/* The caller's timer with this id, or NULL (every call's EINVAL). */
static struct k_itimer *lock_timer(int id)
{
	return find_timer(current->tgid, id);
}

static int process_timer_count(pid_t owner)
{
	struct k_itimer *timr;
	int n = 0;

	for (timr = posix_timers; timr; timr = timr->next)
		n += timr->it_owner == owner;
	return n;
}

/* The timer's clock now; 0 when it is a CPU clock whose task has been reaped. */
static u64 timer_clock_now(const struct k_itimer *timr)
{
	u64 now = 0;

	if (!is_cpu_timer(timr))
		return local_clock();
	posix_cpu_timer_sample(timr->it_clock, &now);
	return now;
}

/*
 * A clock timer_create accepts, turned into the one the timer keeps (a CPU
 * clock naming its task by pid); the error otherwise.  The clocks that can
 * only be read are EOPNOTSUPP, unknown ones EINVAL, as Linux.
 */
static int timer_clock(clockid_t which_clock, clockid_t *kept)
{
	if (which_clock == CLOCK_PROCESS_CPUTIME_ID)
		which_clock = PROCESS_CLOCK;
	else if (which_clock == CLOCK_THREAD_CPUTIME_ID)
		which_clock = THREAD_CLOCK;
	if (which_clock < 0)
		return posix_cpu_timer_clock(which_clock, kept);
	*kept = which_clock;
	if (which_clock == CLOCK_REALTIME || which_clock == CLOCK_MONOTONIC || which_clock == CLOCK_BOOTTIME)
		return 0;
	return which_clock <= CLOCK_MONOTONIC_COARSE ? -EOPNOTSUPP : -EINVAL;
}

/* Linux's good_sigevent: a thread of our own for SIGEV_THREAD_ID, a real signal number. */
static int good_sigevent(const struct sigevent *event, pid_t *target)
{
	int notify = event->sigev_notify;

	*target = 0;
	if (notify & SIGEV_THREAD_ID) {
		struct task_struct *t = find_task_by_pid(event->__pad[0]);	/* sigev_notify_thread_id */

		if (!t || t->tgid != current->tgid || (notify & ~SIGEV_THREAD_ID) != SIGEV_SIGNAL)
			return -EINVAL;
		*target = t->pid;
	}
	if ((notify & ~SIGEV_THREAD_ID) != SIGEV_NONE &&
	    (event->sigev_signo <= 0 || event->sigev_signo > SIGRTMAX))
		return -EINVAL;
	return 0;
}

/* No sigevent: SIGALRM to the process, with the timer's id as its value. */
static void default_sigevent(struct sigevent *event, int id)
{
	event->sigev_notify = SIGEV_SIGNAL;
	event->sigev_signo = SIGALRM;
	event->sigev_value = (u64)(unsigned int)id;
}

/* The id is used up even when the call fails after taking it, as in Linux. */
static int take_timer_id(void)
{
	struct task_struct *leader = current->group_leader;
	int id = leader->next_posix_timer_id;

	leader->next_posix_timer_id = (id + 1) & 0x7fffffff;
	return id;
}

SYSCALL_DEFINE3(timer_create, clockid_t, which_clock, struct sigevent __user *, timer_event_spec,
		int __user *, created_timer_id)
{
	struct k_itimer *timr;
	struct sigevent event;
	clockid_t clock;
	int err = timer_clock(which_clock, &clock), id;

	if (err)
		return err;
	if (process_timer_count(current->tgid) >= MAX_TIMERS_PER_PROCESS)
		return -EAGAIN;
	timr = kzalloc(sizeof(*timr), GFP_KERNEL);
	if (!timr)
		return -EAGAIN;
	id = take_timer_id();
	if (!timer_event_spec)
		default_sigevent(&event, id);
	else if (copy_from_user(&event, timer_event_spec, sizeof(event)))
		err = -EFAULT;
	if (!err)
		err = good_sigevent(&event, &timr->it_target);
	if (!err && put_user(id, created_timer_id))
		err = -EFAULT;
	if (err) {
		kfree(timr);
		return err;
	}
	timr->it_owner = current->tgid;
	timr->it_id = id;
	timr->it_clock = clock;
	timr->it_sigev_notify = event.sigev_notify;
	timr->it_sigev_signo = event.sigev_signo;
	timr->it_sigev_value = event.sigev_value;
	timr->it_overrun = -1;
	timr->next = posix_timers;
	posix_timers = timr;
	return 0;
}

static u64 timespec_to_ns(const struct timespec *ts)
{
	return (u64)ts->tv_sec * NSEC_PER_SEC + (u64)ts->tv_nsec;
}

/* Moves a fired timer's expiry past now by whole intervals; returns how many. */
static int timer_forward(struct k_itimer *timr, u64 now)
{
	u64 n;

	if (now < timr->expires)
		return 0;
	n = (now - timr->expires) / timr->interval + 1;
	timr->expires += n * timr->interval;
	return (int)n;
}

/* Linux's common_timer_get: what is left (never 0 while a signal is on its way) and the interval. */
static void timer_get(struct k_itimer *timr, struct itimerspec *cur)
{
	u64 now;

	memset(cur, 0, sizeof(*cur));
	ns_to_timespec(timr->interval, &cur->it_interval);
	if (!timr->expires || (!timr->interval && !timr->it_active && !sigev_none(timr)))
		return;
	now = timer_clock_now(timr);
	if (timr->interval && ((timr->it_requeue_pending & REQUEUE_PENDING) || sigev_none(timr)))
		timr->it_overrun += timer_forward(timr, now);
	if (timr->expires > now)
		ns_to_timespec(timr->expires - now, &cur->it_value);
	else if (!sigev_none(timr))
		cur->it_value.tv_nsec = 1;
}

SYSCALL_DEFINE2(timer_gettime, int, timer_id, struct itimerspec __user *, setting)
{
	struct k_itimer *timr = lock_timer(timer_id);
	struct itimerspec cur;

	if (!timr)
		return -EINVAL;
	timer_get(timr, &cur);
	return copy_to_user(setting, &cur, sizeof(cur)) ? -EFAULT : 0;
}

static int timespec_valid(const struct timespec *ts)
{
	return ts->tv_sec >= 0 && ts->tv_nsec >= 0 && ts->tv_nsec < NSEC_PER_SEC;
}

/*
 * The expiry, on the timer's own time line, of a timer_settime value: a
 * relative one counts from now, an absolute REALTIME one loses the boot date.
 * Never 0, which means disarmed: a time already past expires at the next tick.
 */
static u64 expiry_time(const struct k_itimer *timr, int flags, const struct timespec *value)
{
	u64 at = timespec_to_ns(value), epoch = (u64)boot_epoch * NSEC_PER_SEC;

	if (!(flags & TIMER_ABSTIME))
		at += timer_clock_now(timr);
	else if (timr->it_clock == CLOCK_REALTIME)
		at = at > epoch ? at - epoch : 0;
	return at ? at : 1;
}

/* Linux's common_timer_set: a signal already on its way no longer rearms the timer. */
static void timer_set(struct k_itimer *timr, int flags, const struct itimerspec *new)
{
	timr->it_active = 0;
	timr->expires = 0;
	timr->interval = 0;
	timr->it_requeue_pending = (timr->it_requeue_pending + 2) & ~REQUEUE_PENDING;
	timr->it_overrun_last = 0;
	if (!new->it_value.tv_sec && !new->it_value.tv_nsec)
		return;
	timr->expires = expiry_time(timr, flags, &new->it_value);
	timr->interval = timespec_to_ns(&new->it_interval);
	/* SIGEV_NONE timers never fire: timer_gettime works out where they are. */
	timr->it_active = !sigev_none(timr);
}

SYSCALL_DEFINE4(timer_settime, int, timer_id, int, flags, const struct itimerspec __user *, new_setting,
		struct itimerspec __user *, old_setting)
{
	struct itimerspec new, old;
	struct k_itimer *timr;

	if (!new_setting)
		return -EINVAL;
	if (copy_from_user(&new, new_setting, sizeof(new)))
		return -EFAULT;
	if (!timespec_valid(&new.it_interval) || !timespec_valid(&new.it_value))
		return -EINVAL;
	timr = lock_timer(timer_id);
	if (!timr)
		return -EINVAL;
	if (old_setting)
		timer_get(timr, &old);
	timer_set(timr, flags, &new);
	if (old_setting && copy_to_user(old_setting, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE1(timer_getoverrun, int, timer_id)
{
	struct k_itimer *timr = lock_timer(timer_id);

	return timr ? timr->it_overrun_last : -EINVAL;
}

static void unlink_timer(struct k_itimer *timr)
{
	struct k_itimer **link;

	for (link = &posix_timers; *link != timr; link = &(*link)->next)
		;
	*link = timr->next;
	kfree(timr);
}

/* A signal already queued stays queued, as in Linux 4.7: it just rearms nothing. */
SYSCALL_DEFINE1(timer_delete, int, timer_id)
{
	struct k_itimer *timr = lock_timer(timer_id);

	if (!timr)
		return -EINVAL;
	unlink_timer(timr);
	return 0;
}

/* The process is over, or is starting a new program: its timers go. */
void exit_itimers(pid_t tgid)
{
	struct k_itimer *timr = posix_timers, *next;

	for (; timr; timr = next) {
		next = timr->next;
		if (timr->it_owner == tgid)
			unlink_timer(timr);
	}
}

/* Is the siginfo of timr's signal (generation gen) in a queue of one of the owner's threads? */
static int timer_signal_queued(const struct k_itimer *timr, int gen)
{
	int i, j;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p || p->tgid != timr->it_owner)
			continue;
		for (j = 0; j < p->nr_queued; j++)
			if (p->sigqueue[j].code == SI_TIMER && p->sigqueue[j].pid == timr->it_id &&
			    p->sigqueue[j].addr == (unsigned long)gen)
				return 1;
	}
	return 0;
}

/*
 * Linux's posix_timer_event: the signal, to the chosen thread or to the
 * process.  Returns 0 when it was not queued (ignored, or nobody left to take it).
 */
static int posix_timer_event(struct k_itimer *timr, int gen)
{
	struct ksiginfo info = { timr->it_sigev_signo, SI_TIMER, timr->it_id, 0, timr->it_sigev_value, (unsigned long)gen };
	struct task_struct *target;

	if (timr->it_target) {
		target = find_task_by_pid(timr->it_target);
		if (!target || target->tgid != timr->it_owner)
			return 0;
		send_sig_info(info.signo, &info, target);
	} else {
		target = find_task_by_pid(timr->it_owner);
		if (!target)
			return 0;
		group_send_sig_info(info.signo, &info, target->group_leader);
	}
	return timer_signal_queued(timr, gen);
}

/*
 * An armed timer's time has come.  A one-shot timer is done; an interval
 * timer waits for its signal to be taken, unless the signal went nowhere.
 */
static void timer_fire(struct k_itimer *timr, u64 now)
{
	if (!timr->interval) {
		timr->it_active = 0;
		timr->expires = 0;
		posix_timer_event(timr, 0);
		return;
	}
	if (posix_timer_event(timr, ++timr->it_requeue_pending)) {
		timr->it_active = 0;
		return;
	}
	timr->it_overrun += timer_forward(timr, now);
	++timr->it_requeue_pending;
}

/* From the timer interrupt: fire every armed timer whose clock has reached its expiry. */
void run_posix_timers(void)
{
	struct k_itimer *timr;

	for (timr = posix_timers; timr; timr = timr->next) {
		u64 now;

		if (!timr->it_active)
			continue;
		now = timer_clock_now(timr);
		if (now >= timr->expires && now)
			timer_fire(timr, now);
	}
}

/*
 * Thread p took a timer's signal (info, from dequeue_signal): an interval
 * timer that was waiting for it starts again, and the intervals it missed
 * become the signal's si_overrun (Linux's do_schedule_next_timer).
 */
void posix_timer_rearm(struct task_struct *p, struct ksiginfo *info)
{
	struct k_itimer *timr = find_timer(p->tgid, info->pid);

	if (!timr || !info->addr || timr->it_requeue_pending != (int)info->addr || !timr->interval)
		return;
	timr->it_overrun += timer_forward(timr, timer_clock_now(timr));
	timr->it_overrun_last = timr->it_overrun;
	timr->it_overrun = -1;
	++timr->it_requeue_pending;
	timr->it_active = 1;
	info->uid += timr->it_overrun_last;
}
