/*
 * itimer.c - interval timers: setitimer, getitimer and alarm.
 *
 * Each process (its thread-group leader holds them, as Linux's signal_struct
 * does) has three: ITIMER_REAL counts elapsed time and sends SIGALRM,
 * ITIMER_VIRTUAL counts the ticks the process spends in user mode (SIGVTALRM),
 * ITIMER_PROF all its ticks (SIGPROF).  A real timer's value is its
 * local_clock() deadline; the other two hold the time left.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/time.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

#define ITIMER_REAL	0
#define ITIMER_VIRTUAL	1
#define ITIMER_PROF	2
#define TICK_NSEC	(NSEC_PER_SEC / CONFIG_HZ)

struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};

/* The earliest real-timer deadline of any process: most ticks need not look further. */
static u64 next_real_expiry = ~0ULL;

static int timeval_to_ns(const struct timeval *tv, u64 *ns)
{
	if (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000)
		return -EINVAL;
	*ns = (u64)tv->tv_sec * NSEC_PER_SEC + (u64)tv->tv_usec * 1000;
	return 0;
}

/* Rounded up to whole microseconds: a timer that is still running never reads as 0. */
static void ns_to_timeval(u64 ns, struct timeval *tv)
{
	ns += 999;
	tv->tv_sec = (time_t)(ns / NSEC_PER_SEC);
	tv->tv_usec = (long)(ns % NSEC_PER_SEC / 1000);
}

static void read_itimer(struct task_struct *leader, int which, struct itimerval *out)
{
	struct cpu_itimer *t = &leader->itimer[which];
	u64 left = t->value;

	if (which == ITIMER_REAL && left) {
		u64 now = local_clock();

		left = left > now ? left - now : 1;
	}
	ns_to_timeval(left, &out->it_value);
	ns_to_timeval(t->interval, &out->it_interval);
}

static void recompute_next_real_expiry(void)
{
	int i;

	next_real_expiry = ~0ULL;
	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p->itimer[ITIMER_REAL].value && p->itimer[ITIMER_REAL].value < next_real_expiry)
			next_real_expiry = p->itimer[ITIMER_REAL].value;
	}
}

static long do_setitimer(int which, const struct itimerval *value, struct itimerval *old)
{
	struct task_struct *leader = current->group_leader;
	u64 v, interval;

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	if (old)
		read_itimer(leader, which, old);
	if (!value)
		return 0;
	if (timeval_to_ns(&value->it_value, &v) || timeval_to_ns(&value->it_interval, &interval))
		return -EINVAL;
	leader->itimer[which].interval = interval;
	leader->itimer[which].value = v && which == ITIMER_REAL ? local_clock() + v : v;
	if (which == ITIMER_REAL)
		recompute_next_real_expiry();
	return 0;
}

SYSCALL_DEFINE2(getitimer, int, which, struct itimerval __user *, value)
{
	struct itimerval cur;

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	read_itimer(current->group_leader, which, &cur);
	return copy_to_user(value, &cur, sizeof(cur)) ? -EFAULT : 0;
}

SYSCALL_DEFINE3(setitimer, int, which, struct itimerval __user *, value, struct itimerval __user *, ovalue)
{
	struct itimerval set, old;
	long err;

	if (value && copy_from_user(&set, value, sizeof(set)))
		return -EFAULT;
	err = do_setitimer(which, value ? &set : NULL, &old);
	if (err)
		return err;
	if (ovalue && copy_to_user(ovalue, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* alarm: ITIMER_REAL in seconds; the old one rounded to the nearest second, but never 0 while set. */
SYSCALL_DEFINE1(alarm, unsigned int, seconds)
{
	struct itimerval set = { { 0, 0 }, { (time_t)seconds, 0 } }, old;
	unsigned int left;

	do_setitimer(ITIMER_REAL, &set, &old);
	left = (unsigned int)old.it_value.tv_sec;
	if ((!left && old.it_value.tv_usec) || old.it_value.tv_usec >= 500000)
		left++;
	return left;
}

/* A timer ran out: signal the process and reload it, or switch it off. */
static void expire(struct task_struct *leader, int which, int sig, u64 now)
{
	struct cpu_itimer *t = &leader->itimer[which];
	struct ksiginfo info = { sig, SI_KERNEL, 0, 0, 0 };

	group_send_sig_info(sig, &info, leader);
	if (!t->interval) {
		t->value = 0;
		return;
	}
	if (which != ITIMER_REAL)
		t->value = t->interval;
	else
		t->value = t->value + t->interval > now ? t->value + t->interval : now + t->interval;
}

/* Charge the current process's CPU timers for this tick (user_tick: it was in user mode). */
static void charge_tick(int user_tick)
{
	struct task_struct *leader = current->group_leader;
	int which;

	if (!leader || !current->pid)
		return;
	for (which = ITIMER_VIRTUAL; which <= ITIMER_PROF; which++) {
		struct cpu_itimer *t = &leader->itimer[which];

		if (!t->value || (which == ITIMER_VIRTUAL && !user_tick))
			continue;
		if (t->value > TICK_NSEC)
			t->value -= TICK_NSEC;
		else
			expire(leader, which, which == ITIMER_VIRTUAL ? SIGVTALRM : SIGPROF, 0);
	}
}

/* From the timer interrupt.  A process that has exited keeps no timers. */
void run_itimers(u64 now, int user_tick)
{
	int i;

	charge_tick(user_tick);
	if (now < next_real_expiry)
		return;
	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p || !p->itimer[ITIMER_REAL].value || p->itimer[ITIMER_REAL].value > now)
			continue;
		if (p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD)
			p->itimer[ITIMER_REAL].value = 0;
		else
			expire(p, ITIMER_REAL, SIGALRM, now);
	}
	recompute_next_real_expiry();
}
