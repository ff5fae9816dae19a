/*
 * core.c - the scheduler.
 *
 * Round-robin over the task table, like xv6: schedule() picks the next
 * runnable task after the current one and switches to it.  The idle task
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
	.group_leader = &init_task,
	.files = &init_files,
	.fs = &init_fs,
	.sighand = &init_sighand,
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
	for (i = 1; i <= NR_TASKS; i++) {
		struct task_struct *p = task[(start + i) % NR_TASKS];

		if (p && p != &init_task && p->state == TASK_RUNNING) {
			next = p;
			break;
		}
	}
	if (!next)
		next = &init_task;
	if (next != prev)
		switch_to(prev, next);
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
