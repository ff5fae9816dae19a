/*
 * CPU time, as Linux 4.7's kernel/sched/cputime.c keeps it: a task's time on
 * the CPU is measured exactly, at every switch (sum_exec_runtime, from
 * local_clock()), and the timer interrupt only samples whether it found the
 * task in user or in kernel mode.  utime and stime are the exact time split
 * in the samples' proportion (cputime_adjust), so they add up to the time
 * on the CPU even for a task that ran less than a tick.  The counts getrusage
 * reports (page faults, voluntary and forced switches) go along, and the peak
 * resident set, which is the largest of its parts rather than their sum.
 *
 * A process's usage is its live threads' plus what its ended threads left in
 * the leader (dead_threads); its children's is what wait collected from the
 * children it reaped, their own reaped children's included.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>

/* At a switch from prev to next (schedule()): prev's time on the CPU ends now. */
void account_switch(struct task_struct *prev, struct task_struct *next)
{
	u64 now = local_clock();

	prev->sum_exec_runtime += now - prev->exec_start;
	next->exec_start = now;
	if (prev->state == TASK_RUNNING)
		prev->nivcsw++;
	else
		prev->nvcsw++;
}

/* From the timer interrupt: one sample of what the current task was doing. */
void account_tick(int user_tick)
{
	if (current == &init_task)
		return;
	if (user_tick)
		current->user_ticks++;
	else
		current->system_ticks++;
}

/* Time on the CPU up to now (the running task's current stretch included). */
static u64 runtime_of(struct task_struct *t)
{
	u64 rtime = t->sum_exec_runtime;

	if (t == current)
		rtime += local_clock() - t->exec_start;
	return rtime;
}

/* rtime * part / total without a 128-bit product (sample counts stay far below 2^32). */
static u64 scale(u64 rtime, u64 part, u64 total)
{
	return rtime / total * part + rtime % total * part / total;
}

/* The peak resident set of t's process so far: its address space's, or one it left. */
static unsigned long peak_rss(struct task_struct *t)
{
	unsigned long peak = t->group_leader->maxrss;

	if (t->mm && get_mm_hiwater_rss(t->mm) > peak)
		peak = get_mm_hiwater_rss(t->mm);
	return peak;
}

/*
 * tsk leaves the address space mm (exit, exec): its peak stays the process's
 * (Linux's setmax_mm_hiwater_rss into signal->maxrss).
 */
void account_mm_peak(struct task_struct *tsk, struct mm_struct *mm)
{
	struct task_struct *leader = tsk->group_leader;

	if (get_mm_hiwater_rss(mm) > leader->maxrss)
		leader->maxrss = get_mm_hiwater_rss(mm);
}

/* rtime split as user_ticks : system_ticks (Linux's cputime_adjust; no samples: all user time). */
void thread_usage(struct task_struct *t, struct task_usage *times)
{
	u64 rtime = runtime_of(t);
	u64 user = t->user_ticks, system = t->system_ticks;

	times->min_flt = t->min_flt;
	times->nvcsw = t->nvcsw;
	times->nivcsw = t->nivcsw;
	times->maxrss = peak_rss(t);
	if (system == 0) {
		times->utime = rtime;
		times->stime = 0;
		return;
	}
	times->stime = user == 0 ? rtime : scale(rtime, system, user + system);
	times->utime = rtime - times->stime;
}

static void add_usage(struct task_usage *sum, const struct task_usage *t)
{
	sum->utime += t->utime;
	sum->stime += t->stime;
	sum->min_flt += t->min_flt;
	sum->nvcsw += t->nvcsw;
	sum->nivcsw += t->nivcsw;
	if (t->maxrss > sum->maxrss)
		sum->maxrss = t->maxrss;
}

/* The whole process of leader: its live threads (zombie leader included) and its ended ones. */
void process_usage(struct task_struct *leader, struct task_usage *times)
{
	int i;

	*times = leader->dead_threads;
	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *t = task[i];
		struct task_usage one;

		if (!t || t->group_leader != leader || t->state == EXIT_DEAD)
			continue;
		thread_usage(t, &one);
		add_usage(times, &one);
	}
}

/* A thread other than the leader ends (do_exit): its time stays with the process. */
void account_dead_thread(struct task_struct *tsk)
{
	struct task_usage times;

	thread_usage(tsk, &times);
	add_usage(&tsk->group_leader->dead_threads, &times);
}

/* getrusage(RUSAGE_BOTH) of process leader p: its own usage and its reaped children's. */
void process_and_children_usage(struct task_struct *p, struct task_usage *usage)
{
	process_usage(p, usage);
	add_usage(usage, &p->children);
}

/* wait reaped a process that used *reaped, its own reaped children included: the waiter's children's time. */
void account_reaped(const struct task_usage *reaped)
{
	add_usage(&current->group_leader->children, reaped);
}
