/*
 * core.c - the scheduler.
 *
 * Round-robin over the task table, like xv6: schedule() picks the next
 * runnable task after the current one and switches to it; real-time tasks
 * (SCHED_FIFO and SCHED_RR) come first, the highest priority first, with no
 * throttling: a real-time task that never sleeps keeps the others out.  The idle task
 * (pid 0, the boot context) runs only when nobody else can.  The timer
 * interrupt sets need_resched, and the return to user mode calls
 * schedule(), so a busy program cannot keep the CPU.
 *
 * The kernel runs with interrupts disabled (they are enabled in user mode
 * and while idle), so there is no preemption inside the kernel and no
 * locking: a task gives up the CPU only in schedule().
 *
 * Sleeping is xv6's "channel" model: sleep_on(chan) blocks until some
 * wake_up(chan) with the same address, or a signal, makes it runnable.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/eventpoll.h>
#include <linux/syscalls.h>
#include <linux/console.h>
#include <linux/tty.h>
#include <linux/time.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/desc.h>

struct task_struct *task[NR_TASKS];
int need_resched;

/* The boot context's tables, which init inherits copies of. */
struct files_struct init_files = { .count = 1 };
struct fs_struct init_fs = { .count = 1, .umask = 0022 };
struct sighand_struct init_sighand = { .count = 1 };

struct task_struct init_task = {
	.state = TASK_RUNNING,
	.pid = 0,
	.session = 1,		/* the one session every process was in before setsid */
	.group_leader = &init_task,
	.files = &init_files,
	.fs = &init_fs,
	.sighand = &init_sighand,
	.rlim = INIT_RLIMITS(NR_TASKS, NR_OPEN),
	.cred = INIT_CRED,
	.comm = "swapper",
};

extern char init_stack[];

void sched_init(void)
{
	init_task.stack = init_stack;
	task[0] = &init_task;
	current = &init_task;
	load_sp0((unsigned long)init_stack + THREAD_SIZE);
}

void schedule(void)
{
	struct task_struct *prev = current, *next = NULL;
	int start = 0, i;

	need_resched = 0;
	for (i = 0; i < NR_TASKS; i++)
		if (task[i] == prev)
			start = i;
	/* The first runnable task after prev of the highest real-time priority (0: SCHED_OTHER). */
	for (i = 1; i <= NR_TASKS; i++) {
		struct task_struct *p = task[(start + i) % NR_TASKS];

		if (p && p != &init_task && p->state == TASK_RUNNING &&
		    (!next || p->rt_priority > next->rt_priority))
			next = p;
	}
	if (!next)
		next = &init_task;
	if (next != prev) {
		account_switch(prev, next);
		switch_to(prev, next);
	}
}

void wake_up_process(struct task_struct *p)
{
	if (p->state == TASK_INTERRUPTIBLE) {
		p->state = TASK_RUNNING;
		p->wait_chan = NULL;
	}
}

/* Tasks inside sleep_on: when none, wake_up (printk calls it for every message) has nothing to do. */
static int sleepers;

/* Block until wake_up(chan) or a signal.  Callers re-check their condition. */
void sleep_on(void *chan)
{
	current->wait_chan = chan;
	current->state = TASK_INTERRUPTIBLE;
	if (signal_pending(current))
		current->state = TASK_RUNNING;
	sleepers++;
	schedule();
	sleepers--;
	current->wait_chan = NULL;
}

/*
 * poll and select sleep on this channel: any wake_up may have made one of
 * their files ready, so every wake_up also wakes them, and they look again.
 */
int poll_wait_queue;

void wake_up(void *chan)
{
	int i;

	ep_poll_callback(chan);		/* epoll items listening on chan may be ready, sleepers or not */
	if (!sleepers)
		return;

	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p->state == TASK_INTERRUPTIBLE && (p->wait_chan == chan || p->wait_chan == &poll_wait_queue))
			wake_up_process(p);
	}
}

struct task_struct *find_task_by_pid(pid_t pid)
{
	int i;

	for (i = 0; i < NR_TASKS; i++)
		if (task[i] && task[i]->pid == pid && task[i]->state != EXIT_ZOMBIE &&
		    task[i]->state != EXIT_DEAD)
			return task[i];
	return NULL;
}

/* From the timer interrupt: wake timed sleepers, and ask for a switch. */
void scheduler_tick(void)
{
	u64 now = local_clock();
	int i;

	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p->wake_time && p->wake_time <= now &&
		    p->state == TASK_INTERRUPTIBLE) {
			p->wake_time = 0;
			wake_up_process(p);
		}
	}
	need_resched = 1;
}

/*
 * The idle task: wait for an interrupt with interrupts enabled, then see
 * whether anyone became runnable.  The console is also polled here (input and
 * carrier), so nothing is lost if a serial interrupt was not delivered.
 */
void cpu_idle(void)
{
	for (;;) {
		serial8250_poll();
		schedule();
		safe_halt();
		local_irq_disable();
	}
}

SYSCALL_DEFINE0(sched_yield)
{
	need_resched = 1;
	return 0;
}

/* Sleep until local_clock() reaches deadline (ns).  Returns -EINTR on a signal. */
int schedule_timeout_until(u64 deadline)
{
	while (local_clock() < deadline) {
		current->wake_time = deadline;
		sleep_on(&current->wake_time);
		current->wake_time = 0;
		if (signal_pending(current))
			return -EINTR;
	}
	return 0;
}

/*
 * Scheduling policies (sched_setscheduler and friends), as Linux's
 * include/uapi/linux/sched.h numbers them.  FIFO and RR tasks carry a
 * real-time priority 1..99 and schedule() runs the highest first; the
 * others (priority 0) share the CPU round robin.  There is one CPU, CPU 0.
 */
#define SCHED_NORMAL		0
#define SCHED_FIFO		1
#define SCHED_RR		2
#define SCHED_BATCH		3
#define SCHED_IDLE		5
#define SCHED_DEADLINE		6
#define SCHED_RESET_ON_FORK	0x40000000
#define MAX_USER_RT_PRIO	100
#define RR_TIMESLICE_NS		(100 * 1000000L)	/* sched_rr_timeslice_ms: 100 */

struct sched_param {
	int sched_priority;
};

static int rt_policy(int policy)
{
	return policy == SCHED_FIFO || policy == SCHED_RR;
}

static int valid_policy(int policy)
{
	return rt_policy(policy) || policy == SCHED_NORMAL || policy == SCHED_BATCH ||
	       policy == SCHED_IDLE;
}

/* A forked task keeps its parent's policy, unless SCHED_RESET_ON_FORK asks otherwise (sched_fork). */
void sched_fork(struct task_struct *p)
{
	p->policy = current->policy;
	p->rt_priority = current->rt_priority;
	p->sched_reset_on_fork = current->sched_reset_on_fork;
	if (p->sched_reset_on_fork) {
		if (rt_policy(p->policy)) {
			p->policy = SCHED_NORMAL;
			p->rt_priority = 0;
		}
		p->sched_reset_on_fork = 0;
	}
}

/* pid 0 is the caller. */
static struct task_struct *find_process_by_pid(pid_t pid)
{
	return pid ? find_task_by_pid(pid) : current;
}

/* For the calls that refuse a negative pid (EINVAL) before looking for it (ESRCH). */
static long find_process_checked(pid_t pid, struct task_struct **p)
{
	if (pid < 0)
		return -EINVAL;
	*p = find_process_by_pid(pid);
	return *p ? 0 : -ESRCH;
}

/* policy -1 keeps p's policy (sched_setparam).  Everyone is root: no permission checks. */
static long __sched_setscheduler(struct task_struct *p, int policy, const struct sched_param *param)
{
	int reset_on_fork = p->sched_reset_on_fork;

	if (policy < 0) {
		policy = p->policy;
	} else {
		reset_on_fork = !!(policy & SCHED_RESET_ON_FORK);
		policy &= ~SCHED_RESET_ON_FORK;
		if (!valid_policy(policy))
			return -EINVAL;
	}
	if (param->sched_priority < 0 || param->sched_priority > MAX_USER_RT_PRIO - 1)
		return -EINVAL;
	if (rt_policy(policy) != (param->sched_priority != 0))
		return -EINVAL;
	p->policy = policy;
	p->rt_priority = param->sched_priority;
	p->sched_reset_on_fork = reset_on_fork;
	need_resched = 1;		/* a higher priority may now be runnable */
	return 0;
}

static long do_sched_setscheduler(pid_t pid, int policy, struct sched_param __user *param)
{
	struct sched_param lparam;
	struct task_struct *p;

	if (!param || pid < 0)
		return -EINVAL;
	if (copy_from_user(&lparam, param, sizeof(lparam)))
		return -EFAULT;
	p = find_process_by_pid(pid);
	return p ? __sched_setscheduler(p, policy, &lparam) : -ESRCH;
}

SYSCALL_DEFINE3(sched_setscheduler, pid_t, pid, int, policy, struct sched_param __user *, param)
{
	if (policy < 0)
		return -EINVAL;
	return do_sched_setscheduler(pid, policy, param);
}

SYSCALL_DEFINE2(sched_setparam, pid_t, pid, struct sched_param __user *, param)
{
	return do_sched_setscheduler(pid, -1, param);
}

SYSCALL_DEFINE1(sched_getscheduler, pid_t, pid)
{
	struct task_struct *p;
	long err = find_process_checked(pid, &p);

	if (err)
		return err;
	return p->policy | (p->sched_reset_on_fork ? SCHED_RESET_ON_FORK : 0);
}

SYSCALL_DEFINE2(sched_getparam, pid_t, pid, struct sched_param __user *, param)
{
	struct sched_param lp = { 0 };
	struct task_struct *p;
	long err = param ? find_process_checked(pid, &p) : -EINVAL;

	if (err)
		return err;
	lp.sched_priority = p->rt_priority;
	return copy_to_user(param, &lp, sizeof(lp)) ? -EFAULT : 0;
}

SYSCALL_DEFINE1(sched_get_priority_max, int, policy)
{
	if (rt_policy(policy))
		return MAX_USER_RT_PRIO - 1;
	return valid_policy(policy) || policy == SCHED_DEADLINE ? 0 : -EINVAL;
}

SYSCALL_DEFINE1(sched_get_priority_min, int, policy)
{
	if (rt_policy(policy))
		return 1;
	return valid_policy(policy) || policy == SCHED_DEADLINE ? 0 : -EINVAL;
}

/* RR tasks get Linux's 100 ms slices; FIFO ones run until they stop (0); the others a tick. */
SYSCALL_DEFINE2(sched_rr_get_interval, pid_t, pid, struct timespec __user *, interval)
{
	struct timespec t = { 0, 0 };
	struct task_struct *p;
	long err = find_process_checked(pid, &p);

	if (err)
		return err;
	if (p->policy == SCHED_RR)
		t.tv_nsec = RR_TIMESLICE_NS;
	else if (p->policy != SCHED_FIFO)
		t.tv_nsec = NSEC_PER_SEC / CONFIG_HZ;
	return copy_to_user(interval, &t, sizeof(t)) ? -EFAULT : 0;
}

/*
 * CPU affinity: the kernel's cpumask is one long (NR_CPUS 1).  A longer user
 * mask is read only that far, a shorter one padded with zeros; a mask without
 * CPU 0 has no CPU to run on (EINVAL).  Every task runs on CPU 0, so there is
 * nothing to store.
 */
#define CPUMASK_SIZE	sizeof(unsigned long)
#define NR_CPU_IDS	1

SYSCALL_DEFINE3(sched_setaffinity, pid_t, pid, unsigned int, len, unsigned long __user *, user_mask_ptr)
{
	unsigned long mask = 0;

	if (copy_from_user(&mask, user_mask_ptr, min((size_t)len, CPUMASK_SIZE)))
		return -EFAULT;
	if (!find_process_by_pid(pid))
		return -ESRCH;
	return (mask & 1) ? 0 : -EINVAL;
}

/* Returns the bytes written: glibc's wrapper zeroes the rest of the caller's set. */
SYSCALL_DEFINE3(sched_getaffinity, pid_t, pid, unsigned int, len, unsigned long __user *, user_mask_ptr)
{
	unsigned long mask = 1;		/* CPU 0 */
	size_t retlen = min((size_t)len, CPUMASK_SIZE);

	if (len * 8 < NR_CPU_IDS || (len & (sizeof(unsigned long) - 1)))
		return -EINVAL;
	if (!find_process_by_pid(pid))
		return -ESRCH;
	return copy_to_user(user_mask_ptr, &mask, retlen) ? -EFAULT : (long)retlen;
}
