/*
 * signal_stop.c - job control: stopping and continuing a whole process.
 *
 * A stop signal (SIGSTOP, or SIGTSTP/SIGTTIN/SIGTTOU left at SIG_DFL) stops
 * every thread of the process, as Linux 4.7's do_signal_stop: the thread that
 * takes it marks the others JOBCTL_STOP_PENDING and wakes them; each one, on
 * its way back to user mode, stops (TASK_STOPPED), and the last one to stop
 * tells the parent (SIGCHLD with CLD_STOPPED, and the stop for wait's
 * WUNTRACED).  SIGCONT takes effect when it is sent, whatever its action
 * (prepare_signal): the threads run again and the parent hears CLD_CONTINUED
 * from the first one that does.  The group's state lives in its leader
 * (Linux's signal_struct): signal_flags, group_stop_code, group_stop_count.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/ptrace.h>

#define STOP_SIGNALS	(sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU))

int sig_kernel_stop(int sig)
{
	return sig >= 1 && sig <= _NSIG && (STOP_SIGNALS & sigmask(sig));
}

/* A thread that still counts: not exited, not being reaped. */
static int thread_live(struct task_struct *t)
{
	return t->state != EXIT_ZOMBIE && t->state != EXIT_DEAD;
}

/* The group's state changes: the stop flags are replaced, as Linux's signal_set_stop_flags. */
static void set_stop_flags(struct task_struct *leader, unsigned int flags)
{
	leader->signal_flags = (leader->signal_flags & ~SIGNAL_STOP_MASK) | flags;
}

/* Forget the pending signals of mask in every thread of leader's process. */
static void flush_group_signals(struct task_struct *leader, sigset_t mask)
{
	int i, sig;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *t = task[i];

		if (!t || t->group_leader != leader)
			continue;
		for (sig = 1; sig <= _NSIG; sig++)
			if ((mask & sigmask(sig)) && (t->pending & sigmask(sig)))
				flush_sigqueue(t, sig);
	}
}

/*
 * SIGCONT was sent: every thread runs again, now, even if SIGCONT is then
 * ignored or handled.  A stopped group (or one still stopping) owes its
 * parent a report, which the first thread to run sends (do_jobctl).
 */
static void wake_stopped_group(struct task_struct *leader)
{
	unsigned int why = 0;
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *t = task[i];

		if (!t || t->group_leader != leader)
			continue;
		t->jobctl &= ~JOBCTL_STOP_PENDING;
		if (t->state == TASK_STOPPED)
			t->state = TASK_RUNNING;
	}
	if (leader->signal_flags & SIGNAL_STOP_STOPPED)
		why = SIGNAL_CLD_CONTINUED;
	else if (leader->group_stop_count)
		why = SIGNAL_CLD_STOPPED;
	if (why) {
		set_stop_flags(leader, why | SIGNAL_STOP_CONTINUED);
		leader->group_stop_count = 0;
		leader->group_stop_code = 0;
	}
}

/*
 * What sending sig does before it is queued (Linux's prepare_signal): a stop
 * signal cancels a pending SIGCONT, and SIGCONT cancels pending stops and
 * resumes the process.
 */
void prepare_signal(int sig, struct task_struct *p)
{
	struct task_struct *leader = p->group_leader;

	if (leader->group_exit)
		return;
	if (sig_kernel_stop(sig)) {
		flush_group_signals(leader, sigmask(SIGCONT));
	} else if (sig == SIGCONT) {
		flush_group_signals(leader, STOP_SIGNALS);
		wake_stopped_group(leader);
	}
}

/*
 * Tell the parent that the process stopped or continued (Linux's
 * do_notify_parent_cldstop): SIGCHLD with si_status the stop signal or
 * SIGCONT, unless it ignores SIGCHLD or set SA_NOCLDSTOP; its wait wakes.
 */
static void notify_parent_cldstop(struct task_struct *leader, int why)
{
	struct task_struct *parent = leader->parent;
	int status = why == CLD_CONTINUED ? SIGCONT : leader->group_stop_code & 0x7f;
	struct ksiginfo info = { SIGCHLD, why, leader->tgid, leader->cred.uid, status, 0 };
	struct sigaction *sa;

	if (!parent)
		return;
	sa = &parent->sighand->action[SIGCHLD - 1].sa;
	if (sa->sa_handler != SIG_IGN && !(sa->sa_flags & SA_NOCLDSTOP))
		group_send_sig_info(SIGCHLD, &info, parent);
	wake_up(parent);		/* wait4 sleeps on its process's leader */
}

/* This thread has stopped (or exits) for the group stop: the last one completes it. */
static void participate_group_stop(struct task_struct *t)
{
	struct task_struct *leader = t->group_leader;

	t->jobctl &= ~JOBCTL_STOP_PENDING;
	if (--leader->group_stop_count > 0)
		return;
	set_stop_flags(leader, SIGNAL_STOP_STOPPED);
	notify_parent_cldstop(leader, CLD_STOPPED);
}

/* Start a group stop for sig: every live thread must stop (Linux: JOBCTL_STOP_PENDING). */
static void start_group_stop(int sig)
{
	struct task_struct *leader = current->group_leader;
	int i;

	if (!(leader->signal_flags & SIGNAL_STOP_STOPPED))
		leader->group_stop_code = sig;
	leader->group_stop_count = 0;
	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *t = task[i];

		if (!t || t->group_leader != leader || !thread_live(t) || t->state == TASK_STOPPED)
			continue;
		t->jobctl |= JOBCTL_STOP_PENDING;
		leader->group_stop_count++;
		if (t != current)
			signal_wake_up(t, 0);
	}
}

/*
 * Stop the current thread: for a new stop signal sig, or (0) to join the
 * group stop another thread began.  Returns once SIGCONT or SIGKILL resumes
 * it; 0 when there was nothing to do (the group is exiting).  A tracee's
 * stop is a ptrace stop its tracer sees with the stop signal, as Linux's.
 */
int do_signal_stop(int sig)
{
	struct task_struct *leader = current->group_leader;

	if (leader->group_exit || (current->pending & sigmask(SIGKILL)))
		return 0;
	if (!(current->jobctl & JOBCTL_STOP_PENDING)) {
		if (!sig)
			return 0;
		start_group_stop(sig);
	}
	participate_group_stop(current);
	if (current->ptrace) {
		ptrace_stop(leader->group_stop_code ? leader->group_stop_code : SIGSTOP, NULL);
		return 1;
	}
	current->state = TASK_STOPPED;
	while (current->state == TASK_STOPPED)
		schedule();
	return 1;
}

/*
 * Job control's part of taking signals, before the next one is dequeued
 * (Linux's get_signal): the parent's pending report, then this thread's part
 * in a group stop.  Returns nonzero when it did something, so the caller
 * looks at the pending signals again.
 */
int do_jobctl(void)
{
	struct task_struct *leader = current->group_leader;
	unsigned int why = leader->signal_flags & SIGNAL_CLD_MASK;

	if (why) {
		leader->signal_flags &= ~SIGNAL_CLD_MASK;
		notify_parent_cldstop(leader, why == SIGNAL_CLD_CONTINUED ? CLD_CONTINUED : CLD_STOPPED);
		return 1;
	}
	if (current->jobctl & JOBCTL_STOP_PENDING)
		return do_signal_stop(0);
	return 0;
}

/* An exiting thread no longer holds up its group's stop (Linux's exit_signals). */
void exit_signals(struct task_struct *tsk)
{
	if (tsk->jobctl & JOBCTL_STOP_PENDING)
		participate_group_stop(tsk);
}

/*
 * Is process group pgrp orphaned (Linux's will_become_orphaned_pgrp)?  Yes
 * unless a member has a parent, other than init, in another group of the
 * same session: nobody could then continue a stopped job, so terminal stop
 * signals are not worth stopping for.
 */
int pgrp_orphaned(pid_t pgrp)
{
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i], *parent;

		if (!p || !thread_group_leader(p) || p->pgrp != pgrp)
			continue;
		if (p->state == EXIT_ZOMBIE && thread_group_empty(p))
			continue;
		parent = p->parent;
		if (parent && parent->tgid != 1 && parent->pgrp != pgrp && parent->session == p->session)
			return 0;
	}
	return 1;
}

/* The session of process group pgrp, or -1 when no process is in it. */
pid_t session_of_pgrp(pid_t pgrp)
{
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && thread_group_leader(p) && p->pgrp == pgrp && thread_live(p))
			return p->session;
	}
	return -1;
}
