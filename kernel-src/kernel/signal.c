/*
 * signal.c - sending signals and acting on them.
 *
 * Sending sets a bit in the target's pending mask (and wakes it if it is
 * sleeping).  Just before a task returns to user mode, do_signal() takes
 * the lowest pending, unblocked signal and either ignores it, runs the
 * default action (usually: die), or arranges for the user's handler to
 * run (arch/x86/kernel/signal.c).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/signalfd.h>
#include <linux/ptrace.h>
#include <linux/syscalls.h>

int setup_rt_frame(const struct ksiginfo *info, struct k_sigaction *ka, sigset_t oldmask, struct pt_regs *regs);

#define UNBLOCKABLE	(sigmask(SIGKILL) | sigmask(SIGSTOP))

/* Signals whose default action is to do nothing (SIGCONT's work is done when it is sent). */
static int sig_default_ignored(int sig)
{
	switch (sig) {
	case SIGCHLD: case SIGURG: case SIGWINCH: case SIGCONT:
		return 1;
	default:
		return 0;
	}
}

static int sig_ignored(struct task_struct *p, int sig)
{
	void *handler = p->sighand->action[sig - 1].sa.sa_handler;

	if (sig == SIGKILL)
		return 0;
	return handler == SIG_IGN || (handler == SIG_DFL && sig_default_ignored(sig));
}

/* A stop signal whose action is the default: it stops the process. */
static int sig_default_stop(struct task_struct *p, int sig)
{
	return sig_kernel_stop(sig) && p->sighand->action[sig - 1].sa.sa_handler == SIG_DFL;
}

/* A PTRACE_INTERRUPT or a group stop counts as a signal: it too makes system calls return for it. */
int signal_pending(struct task_struct *p)
{
	return (p->pending & ~p->blocked) != 0 || p->jobctl;
}

/* A signal came for p: wake it if it sleeps; resume (SIGKILL) also ends a ptrace or job-control stop, as Linux. */
void signal_wake_up(struct task_struct *p, int resume)
{
	if (resume && (p->state == TASK_TRACED || p->state == TASK_STOPPED))
		p->state = TASK_RUNNING;
	wake_up_process(p);
}

/* info NULL: SI_USER from the current process (Linux's SEND_SIG_NOINFO). */
int send_sig_info(int sig, const struct ksiginfo *info, struct task_struct *p)
{
	int err;

	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	if (p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD)
		return 0;
	prepare_signal(sig, p);
	/*
	 * A blocked signal is kept even if ignored now: the handler may change, or sigwait
	 * take it.  A tracee's are all kept: its tracer sees them first.
	 */
	if (!p->ptrace && sig_ignored(p, sig) && !((p->blocked | p->sigwait_set) & sigmask(sig)))
		return 0;
	/* init gets only the signals it asked for (Linux: SIGNAL_UNKILLABLE) */
	if (p->tgid == 1 && p->sighand->action[sig - 1].sa.sa_handler == SIG_DFL)
		return 0;
	err = queue_siginfo(p, sig, info);
	if (err)
		return err;
	p->pending |= sigmask(sig);
	signalfd_notify(p, sig);
	if (signal_pending(p) || sig == SIGKILL || (p->sigwait_set & sigmask(sig)))
		signal_wake_up(p, sig == SIGKILL);
	return 0;
}

int send_sig(int sig, struct task_struct *p)
{
	return send_sig_info(sig, NULL, p);
}

/* A fault the task cannot ignore: reset the handler if it is blocked or ignored. */
void force_sig(int sig, struct task_struct *p)
{
	struct k_sigaction *ka = &p->sighand->action[sig - 1];

	if (ka->sa.sa_handler == SIG_IGN || (p->blocked & sigmask(sig))) {
		ka->sa.sa_handler = SIG_DFL;
		p->blocked &= ~sigmask(sig);
	}
	p->pending |= sigmask(sig);
}

/* Is p a thread that can still take a signal? */
static int thread_alive(struct task_struct *p)
{
	return p->state != EXIT_ZOMBIE && p->state != EXIT_DEAD;
}

/*
 * A signal for a whole process (kill, SIGCHLD): any one of its threads
 * may handle it.  Prefer the leader, then a thread that does not block
 * it, as Linux's complete_signal does.
 */
int group_send_sig_info(int sig, const struct ksiginfo *info, struct task_struct *leader)
{
	struct task_struct *fallback = NULL;
	int i;

	if (thread_alive(leader) && !(leader->blocked & sigmask(sig)))
		return send_sig_info(sig, info, leader);
	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p || p->group_leader != leader || !thread_alive(p))
			continue;
		if (!(p->blocked & sigmask(sig)))
			return send_sig_info(sig, info, p);
		if (!fallback)
			fallback = p;
	}
	return fallback ? send_sig_info(sig, info, fallback) : 0;
}

int group_send_sig(int sig, struct task_struct *leader)
{
	return group_send_sig_info(sig, NULL, leader);
}

/* A process leader that has not been reaped, with a live thread: a signal target. */
static int process_alive(struct task_struct *p)
{
	return thread_group_leader(p) && (thread_alive(p) || !thread_group_empty(p));
}

/*
 * May the caller signal p (Linux's check_kill_permission)?  A thread of its
 * own process, a process whose real or saved uid is the caller's real or
 * effective one, or anyone with CAP_KILL.  SIGCONT may go to any process of
 * the caller's session.
 */
static int kill_permitted(int sig, struct task_struct *p)
{
	const struct cred *cred = &current->cred, *tcred = &p->cred;

	if (p->tgid == current->tgid || capable(CAP_KILL))
		return 1;
	if (sig == SIGCONT && p->session == current->session)
		return 1;
	return cred->euid == tcred->suid || cred->euid == tcred->uid ||
	       cred->uid == tcred->suid || cred->uid == tcred->uid;
}

/* kill's signal to one process (sig 0: only the checks). */
static int kill_process(int sig, struct task_struct *p)
{
	if (!kill_permitted(sig, p))
		return -EPERM;
	return sig ? group_send_sig(sig, p) : 0;
}

/*
 * kill of a process group, or of everyone but init and the caller (all):
 * done if any process could be signalled, else the last refusal, or ESRCH
 * when there was none.
 */
static int kill_many(pid_t pgrp, int all, int sig)
{
	int i, found = 0, success = 0, err = -ESRCH;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p || !process_alive(p))
			continue;
		if (all ? p->tgid <= 1 || p == current->group_leader : p->pgrp != pgrp)
			continue;
		found = 1;
		err = kill_process(sig, p);
		success |= !err;
	}
	return found && success ? 0 : err;
}

int kill_pgrp(pid_t pgrp, int sig)
{
	int i, found = 0;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p->pgrp == pgrp && process_alive(p)) {
			group_send_sig(sig, p);
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

/* At execve: handlers go back to SIG_DFL (ignored signals stay ignored), no alternate stack. */
void flush_signal_handlers(struct task_struct *t)
{
	struct k_sigaction *ka = t->sighand->action, *end = ka + _NSIG;

	t->sas_ss_sp = 0;
	t->sas_ss_size = 0;
	t->sas_ss_flags = 0;

	for (; ka < end; ka++) {
		if (ka->sa.sa_handler != SIG_IGN)
			ka->sa.sa_handler = SIG_DFL;
		ka->sa.sa_flags = 0;
		ka->sa.sa_restorer = NULL;
		ka->sa.sa_mask = 0;
	}
}

/*
 * An interrupted system call: restart it, or make it fail with -EINTR.
 * ERESTARTNOHAND (pause, sigsuspend) restarts only when no handler runs.
 */
static void handle_restart(struct pt_regs *regs, struct k_sigaction *ka)
{
	if ((long)regs->orig_ax < 0)
		return;
	if (regs->ax != (unsigned long)-ERESTARTSYS && regs->ax != (unsigned long)-ERESTARTNOHAND)
		return;
	if (ka && (regs->ax == (unsigned long)-ERESTARTNOHAND || !(ka->sa.sa_flags & SA_RESTART))) {
		regs->ax = -EINTR;
		return;
	}
	regs->ax = regs->orig_ax;
	regs->ip -= 2;		/* back over the 2-byte syscall instruction */
}

/* rt_sigsuspend's temporary mask ends when no handler is run after all. */
void restore_saved_sigmask(struct task_struct *tsk)
{
	if (!tsk->restore_sigmask)
		return;
	tsk->restore_sigmask = 0;
	tsk->blocked = tsk->saved_sigmask;
}

/*
 * The tracer sees a signal before the tracee acts on it (Linux's ptrace_signal):
 * the tracee stops, and the signal the tracer resumes it with - perhaps another,
 * perhaps none (0) - is the one delivered.  A blocked one goes back in the queue.
 */
static int ptrace_signal(int sig, struct ksiginfo *info)
{
	ptrace_stop(sig, info);
	sig = current->exit_code;
	if (!sig)
		return 0;
	current->exit_code = 0;
	if (sig != info->signo) {
		/* The tracer's choice comes from the tracer. */
		info->signo = sig;
		info->code = SI_USER;
		info->pid = current->tracer ? current->tracer->tgid : 0;
		info->uid = 0;
	}
	if (current->blocked & sigmask(sig)) {
		send_sig_info(sig, info, current);
		return 0;
	}
	return sig;
}

/* PTRACE_INTERRUPT's stop: SIGTRAP with PTRACE_EVENT_STOP, as Linux's do_jobctl_trap. */
static void do_jobctl_trap(void)
{
	current->jobctl &= ~JOBCTL_TRAP_STOP;
	ptrace_notify(SIGTRAP | (PTRACE_EVENT_STOP << 8));
}

/* The next pending, unblocked signal a traced task's tracer lets through; 0: none. */
static int next_signal(struct task_struct *tsk, struct ksiginfo *info)
{
	for (;;) {
		unsigned long ready;
		int sig;

		if (tsk->jobctl & JOBCTL_TRAP_STOP)
			do_jobctl_trap();
		if (do_jobctl())
			continue;
		ready = tsk->pending & ~tsk->blocked;
		if (!ready)
			return 0;
		for (sig = 1; !(ready & sigmask(sig)); sig++)
			;
		dequeue_signal(tsk, sig, info);
		if (tsk->ptrace && sig != SIGKILL)
			sig = ptrace_signal(sig, info);
		if (sig && sig_default_stop(tsk, sig)) {
			/* No one could continue an orphaned group: only SIGSTOP stops it (Linux). */
			if (sig == SIGSTOP || !pgrp_orphaned(tsk->group_leader->pgrp))
				do_signal_stop(sig);
			continue;
		}
		if (sig && !sig_ignored(tsk, sig))
			return sig;
	}
}

void do_signal(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct k_sigaction *ka;
	struct ksiginfo info;
	sigset_t oldmask;
	int sig = next_signal(tsk, &info);

	if (!sig) {
		/* Nothing to run a handler for: an interrupted system call starts again. */
		handle_restart(regs, NULL);
		restore_saved_sigmask(tsk);
		return;
	}
	ka = &tsk->sighand->action[sig - 1];
	/* A fatal signal ends the whole process, whichever thread took it. */
	if (ka->sa.sa_handler == SIG_DFL || sig == SIGKILL)
		do_group_exit(sig);

	handle_restart(regs, ka);
	/* After rt_sigsuspend the handler returns to the mask from before the call. */
	oldmask = tsk->restore_sigmask ? tsk->saved_sigmask : tsk->blocked;
	tsk->restore_sigmask = 0;
	if (setup_rt_frame(&info, ka, oldmask, regs)) {
		force_sig(SIGSEGV, tsk);
		return;
	}
	tsk->blocked |= ka->sa.sa_mask;
	if (!(ka->sa.sa_flags & SA_NODEFER))
		tsk->blocked |= sigmask(sig);
	tsk->blocked &= ~UNBLOCKABLE;
	if (ka->sa.sa_flags & SA_RESETHAND)
		ka->sa.sa_handler = SIG_DFL;
}

SYSCALL_DEFINE2(kill, pid_t, pid, int, sig)
{
	struct task_struct *p;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid > 0) {
		p = find_task_by_pid(pid);
		return p ? kill_process(sig, p->group_leader) : -ESRCH;
	}
	if (pid == 0)
		return kill_many(current->pgrp, 0, sig);
	return pid == -1 ? kill_many(0, 1, sig) : kill_many(-pid, 0, sig);
}

/* A signal for one thread: tgid 0 (tkill) matches any process. */
static long do_tkill(pid_t tgid, pid_t pid, int sig)
{
	struct ksiginfo info = { sig, SI_TKILL, current->tgid, 0, 0 };
	struct task_struct *p;

	if (pid <= 0 || sig < 0 || sig > _NSIG)
		return -EINVAL;

	p = find_task_by_pid(pid);
	if (!p || (tgid > 0 && p->tgid != tgid))
		return -ESRCH;
	if (!kill_permitted(sig, p))
		return -EPERM;
	return sig ? send_sig_info(sig, &info, p) : 0;
}

SYSCALL_DEFINE2(tkill, pid_t, pid, int, sig)
{
	return do_tkill(0, pid, sig);
}

SYSCALL_DEFINE3(tgkill, pid_t, tgid, pid_t, pid, int, sig)
{
	if (tgid <= 0)
		return -EINVAL;
	return do_tkill(tgid, pid, sig);
}

SYSCALL_DEFINE4(rt_sigaction, int, sig, const struct sigaction __user *, act,
		struct sigaction __user *, oact, size_t, sigsetsize)
{
	struct k_sigaction *k;
	struct sigaction new_sa;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	k = &current->sighand->action[sig - 1];
	if (act && copy_from_user(&new_sa, act, sizeof(new_sa)))
		return -EFAULT;
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	if (oact && copy_to_user(oact, &k->sa, sizeof(k->sa)))
		return -EFAULT;
	if (act) {
		new_sa.sa_mask &= ~UNBLOCKABLE;
		k->sa = new_sa;
		/* Setting SIG_IGN discards a pending instance. */
		if (sig_ignored(current, sig))
			flush_sigqueue(current, sig);
	}
	return 0;
}

SYSCALL_DEFINE4(rt_sigprocmask, int, how, sigset_t __user *, nset,
		sigset_t __user *, oset, size_t, sigsetsize)
{
	sigset_t old = current->blocked, new;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (nset) {
		if (copy_from_user(&new, nset, sizeof(new)))
			return -EFAULT;
		new &= ~UNBLOCKABLE;
		switch (how) {
		case SIG_BLOCK:
			current->blocked |= new;
			break;
		case SIG_UNBLOCK:
			current->blocked &= ~new;
			break;
		case SIG_SETMASK:
			current->blocked = new;
			break;
		default:
			return -EINVAL;
		}
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(rt_sigpending, sigset_t __user *, uset, size_t, sigsetsize)
{
	sigset_t pending = current->pending & current->blocked;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	return copy_to_user(uset, &pending, sizeof(pending)) ? -EFAULT : 0;
}

SYSCALL_DEFINE0(pause)
{
	while (!signal_pending(current))
		sleep_on(&current->pending);
	return -ERESTARTNOHAND;
}

/*
 * Wait for a signal with a temporary mask.  The mask stays until the signal
 * is handled: do_signal puts the saved one in the handler's frame, so
 * rt_sigreturn restores it (Linux's TIF_RESTORE_SIGMASK).
 */
SYSCALL_DEFINE2(rt_sigsuspend, sigset_t __user *, unewset, size_t, sigsetsize)
{
	sigset_t newset;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&newset, unewset, sizeof(newset)))
		return -EFAULT;
	current->saved_sigmask = current->blocked;
	current->restore_sigmask = 1;
	current->blocked = newset & ~UNBLOCKABLE;
	while (!signal_pending(current))
		sleep_on(&current->pending);
	return -ERESTARTNOHAND;
}

/*
 * The alternate signal stack (sigaltstack).  A handler installed with SA_ONSTACK runs
 * on it (arch/x86/kernel/signal.c) unless the task is on it already; while on it the
 * stack cannot be changed.
 */
int on_sig_stack(unsigned long sp)
{
	/* An SS_AUTODISARM stack is disarmed while in use, so never "on" it (Linux 4.7). */
	if (current->sas_ss_flags & SS_AUTODISARM)
		return 0;
	/* As Linux: the top byte belongs to the stack below, the base address does not. */
	return current->sas_ss_size && sp > current->sas_ss_sp &&
	       sp - current->sas_ss_sp <= current->sas_ss_size;
}

/* What ss_flags reports for a task whose stack pointer is sp. */
int sas_ss_flags(unsigned long sp)
{
	if (!current->sas_ss_size)
		return SS_DISABLE;
	return on_sig_stack(sp) ? SS_ONSTACK : 0;
}

/* Install ss (already in kernel memory); sp is the caller's user stack pointer. */
int do_sigaltstack(const struct user_stack *ss, unsigned long sp)
{
	unsigned int mode = ss->ss_flags & ~SS_AUTODISARM;

	if (on_sig_stack(sp))
		return -EPERM;
	if (mode != SS_DISABLE && mode != SS_ONSTACK && mode != 0)
		return -EINVAL;
	if (mode == SS_DISABLE) {
		current->sas_ss_sp = 0;
		current->sas_ss_size = 0;
	} else {
		if (ss->ss_size < MINSIGSTKSZ)
			return -ENOMEM;
		current->sas_ss_sp = (unsigned long)ss->ss_sp;
		current->sas_ss_size = ss->ss_size;
	}
	current->sas_ss_flags = ss->ss_flags & SS_AUTODISARM;
	return 0;
}

SYSCALL_DEFINE2(sigaltstack, const struct user_stack __user *, uss, struct user_stack __user *, uoss)
{
	unsigned long sp = current_pt_regs()->sp;
	struct user_stack old, new;
	int err;

	old.ss_sp = (void __user *)current->sas_ss_sp;
	old.ss_size = current->sas_ss_size;
	old.ss_flags = sas_ss_flags(sp) | current->sas_ss_flags;
	if (uss) {
		if (copy_from_user(&new, uss, sizeof(new)))
			return -EFAULT;
		err = do_sigaltstack(&new, sp);
		if (err)
			return err;
	}
	if (uoss && copy_to_user(uoss, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}
