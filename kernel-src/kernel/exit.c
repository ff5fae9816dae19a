/*
 * exit.c - ending threads and processes, and waiting for them.
 *
 * An exiting task drops its files, cwd, memory and signal handlers (the last
 * thread sharing them frees them).  A thread that is not its process's
 * leader then simply goes away (EXIT_DEAD, freed by the next fork).  The
 * leader becomes a zombie holding the process's exit status, but its
 * parent only hears of it (SIGCHLD, wait4) once every thread of the group
 * has gone: then the process is over, and its children are handed to
 * init.  When init itself is over the machine powers off, with init's exit
 * status as the emulator's.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/sem.h>
#include <linux/posix-timers.h>
#include <linux/ptrace.h>
#include <linux/syscalls.h>
#include <asm/io.h>
#include <asm/uaccess.h>

#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define WSTOPPED	WUNTRACED	/* waitid's name for it */
#define WEXITED		0x00000004
#define WCONTINUED	0x00000008
#define WNOWAIT		0x01000000	/* waitid: report the child, leave it to be waited for again */
#define __WNOTHREAD	0x20000000	/* only tracees of the calling thread */
#define __WALL		0x40000000	/* threads too */
#define __WCLONE	0x80000000	/* only threads */

/* waitid's idtype */
#define P_ALL		0
#define P_PID		1
#define P_PGID		2

#define POWEROFF_PORT	0xf4

static void poweroff(int status)
{
	outb((unsigned char)status, POWEROFF_PORT);
	for (;;)
		halt();
}

void put_files_struct(struct files_struct *files)
{
	int fd;

	if (--files->count > 0)
		return;		/* another thread still uses the table */
	for (fd = 0; fd < NR_OPEN; fd++)
		if (files->fd[fd]) {
			/* The exiting process closes (record locks, mq_notify); a failed fork's parent does not. */
			if (files == current->files)
				filp_close(files->fd[fd]);
			else
				fput(files->fd[fd]);
		}
	kfree(files);
}

void put_fs_struct(struct fs_struct *fs)
{
	if (--fs->count > 0)
		return;
	if (fs->root)
		iput(fs->root);
	if (fs->cwd)
		iput(fs->cwd);
	kfree(fs);
}

/* Does any thread of leader's group other than the leader still run? */
int thread_group_empty(struct task_struct *leader)
{
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p != leader && p->group_leader == leader && p->state != EXIT_DEAD)
			return 0;
	}
	return 1;
}

/*
 * The robust locks the thread still holds are marked as their owner's death
 * (even when no other thread shares the memory: another process may).
 * CLONE_CHILD_CLEARTID: tell whoever joins this thread that it is gone by
 * zeroing its tid word and waking one futex waiter on it.  Only worth it
 * when some other thread can still read that memory.
 */
static void mm_release(struct task_struct *tsk)
{
	int __user *tidptr = tsk->clear_child_tid;

	exit_robust_list(tsk);
	tsk->clear_child_tid = NULL;
	if (tidptr && tsk->mm && tsk->mm->mm_users > 1) {
		put_user(0, tidptr);
		futex_wake(tidptr, 1);
	}
}

/* Tell process "to" that leader's process is over: SIGCHLD with its status, and wake its wait4. */
void do_notify_parent(struct task_struct *leader, struct task_struct *to)
{
	struct ksiginfo info = { SIGCHLD, CLD_EXITED, leader->tgid, leader->cred.uid, 0 };
	int status = leader->exit_code;

	/* A wait status: (code << 8) after exit, the signal (| 0x80 for a core) if killed. */
	if (status & 0x7f) {
		info.code = (status & 0x80) ? CLD_DUMPED : CLD_KILLED;
		info.value = status & 0x7f;
	} else {
		info.value = (status >> 8) & 0xff;
	}
	group_send_sig_info(SIGCHLD, &info, to);
	wake_up(to);
}

/*
 * The last thread of a process is gone: the process is over.  Its
 * children go to init, and its parent is told.
 */
static void process_over(struct task_struct *leader)
{
	struct task_struct *init = find_task_by_pid(1);
	int i;

	if (leader->group_exit)
		leader->exit_code = leader->group_exit_code;
	exit_itimers(leader->tgid);
	if (leader->pid == 1) {
		/* Linux would panic; we power off so "run -- PROG" has a status. */
		int code = leader->exit_code;
		int status = (code & 0x7f) ? 128 + (code & 0x7f) : (code >> 8) & 0xff;

		poweroff(status);
	}
	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p->parent == leader) {
			p->parent = init;
			if (p->state == EXIT_ZOMBIE && init)
				wake_up(init);
		}
	}
	/* A tracer other than the parent hears first; the parent once it has reaped (wait4). */
	if (ptrace_reparented(leader))
		do_notify_parent(leader, leader->tracer->group_leader);
	else if (leader->parent)
		do_notify_parent(leader, leader->parent);
}

/*
 * End the current thread.  code is a wait status: (exit code << 8) for
 * exit(), or the signal number for a task killed by a signal.
 */
void do_exit(long code)
{
	struct task_struct *tsk = current;
	struct task_struct *leader = tsk->group_leader;

	if (tsk->pid == 0)
		panic("Attempted to kill the idle task!");
	ptrace_event(PTRACE_EVENT_EXIT, code);
	exit_signals(tsk);
	exit_ptrace(tsk);
	mm_release(tsk);
	exit_sem(tsk);
	put_files_struct(tsk->files);
	tsk->files = NULL;
	put_fs_struct(tsk->fs);
	tsk->fs = NULL;
	if (tsk->mm) {
		struct mm_struct *mm = tsk->mm;

		tsk->mm = NULL;
		switch_mm(NULL);
		account_mm_peak(tsk, mm);
		mmput(mm);
	}
	tsk->exit_code = (int)code;
	if (tsk != leader) {
		ptrace_unlink(tsk);	/* a thread's end is not reported: it just goes */
		account_dead_thread(tsk);
		tsk->state = EXIT_DEAD;
		if (leader->state == EXIT_ZOMBIE && thread_group_empty(leader))
			process_over(leader);
	} else {
		tsk->state = EXIT_ZOMBIE;
		if (thread_group_empty(tsk))
			process_over(tsk);
	}
	schedule();
	panic("exited task %d ran again", tsk->pid);
}

/* SIGKILL for every thread of leader's group but the caller. */
static void kill_other_threads(struct task_struct *leader)
{
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p != current && p->group_leader == leader &&
		    p->state != EXIT_ZOMBIE && p->state != EXIT_DEAD) {
			p->pending |= sigmask(SIGKILL);
			signal_wake_up(p, 1);
		}
	}
}

/* Has every thread of leader's group but keep ended? */
static int others_gone(struct task_struct *leader, struct task_struct *keep)
{
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p != keep && p->group_leader == leader &&
		    p->state != EXIT_ZOMBIE && p->state != EXIT_DEAD)
			return 0;
	}
	return 1;
}

/*
 * End the whole process (exit_group, or a fatal signal): every other
 * thread gets SIGKILL and, when it next runs, exits with the group's
 * status.  The first reason given wins.
 */
void do_group_exit(int exit_code)
{
	struct task_struct *leader = current->group_leader;

	if (leader->group_exit)
		do_exit(leader->group_exit_code);
	/* Killed by another thread's execve: only this thread goes. */
	if (leader->exec_task && leader->exec_task != current)
		do_exit(exit_code);
	leader->group_exit = 1;
	leader->group_exit_code = exit_code;
	kill_other_threads(leader);
	do_exit(exit_code);
}

/*
 * execve in a multi-threaded process: the new program starts with one
 * thread, the caller.  The others get SIGKILL and we let them run until
 * they are gone; a caller that is not the leader then takes the leader's
 * place and pid, as in Linux's de_thread.
 */
void de_thread(void)
{
	struct task_struct *tsk = current, *leader = tsk->group_leader;
	int i;

	if (tsk == leader && thread_group_empty(leader))
		return;
	if (leader->exec_task && leader->exec_task != tsk)
		do_exit(SIGKILL);	/* another thread's execve won */
	leader->exec_task = tsk;
	kill_other_threads(leader);
	while (!others_gone(leader, tsk))
		schedule();		/* we stay runnable; they run and exit */
	leader->exec_task = NULL;
	if (tsk == leader)
		return;
	tsk->pid = leader->pid;
	tsk->parent = leader->parent;
	tsk->pgrp = leader->pgrp;
	tsk->session = leader->session;
	memcpy(tsk->rlim, leader->rlim, sizeof(tsk->rlim));	/* the process's limits were the leader's */
	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p)
			continue;
		if (p->parent == leader)
			p->parent = tsk;
		if (p->group_leader == leader)
			p->group_leader = tsk;
	}
	free_task(leader);		/* a zombie nobody will wait for: we are the process now */
	release_dead_tasks();
}

/* Ends the calling thread only (what pthread_exit uses). */
SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* Ends every thread of the process (what exit() and _exit() use). */
SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_group_exit((error_code & 0xff) << 8);
}

/* Which tasks a wait is for: one pid (P_PID), a process group (P_PGID) or any (P_ALL). */
static int wait_id_matches(struct task_struct *p, int which, pid_t id)
{
	switch (which) {
	case P_PID: return p->pid == id;
	case P_PGID: return p->pgrp == id;
	default: return 1;
	}
}

/*
 * Is p a child the wait is for?  Any thread may wait for the children of
 * any thread of its process; threads themselves are not children.
 */
static int wait_matches(struct task_struct *p, int which, pid_t id)
{
	if (p->parent != current->group_leader || !thread_group_leader(p))
		return 0;
	return wait_id_matches(p, which, id);
}

/*
 * Is p a tracee of ours that wait4 may report?  Tracees are the calling
 * process's (__WNOTHREAD: the calling thread's); a thread other than a
 * process leader is a "clone" child, seen only with __WALL or __WCLONE.
 */
static int wait_matches_tracee(struct task_struct *p, int which, pid_t id, int options)
{
	int clone = !thread_group_leader(p);

	if (!p->ptrace || !p->tracer)
		return 0;
	if ((options & __WNOTHREAD) ? p->tracer != current : p->tracer->group_leader != current->group_leader)
		return 0;
	if (!(options & __WALL) && clone != !!(options & __WCLONE))
		return 0;
	return wait_id_matches(p, which, id);
}

/*
 * A stop (WUNTRACED) or a continue (WCONTINUED) of p's process not yet
 * reported: its wait status, given once unless WNOWAIT (Linux's
 * wait_task_stopped and wait_task_continued); 0: none.
 */
static int job_control_status(struct task_struct *p, int options)
{
	int status;

	if (p->state == EXIT_ZOMBIE && thread_group_empty(p))
		return 0;
	if ((options & WUNTRACED) && (p->signal_flags & SIGNAL_STOP_STOPPED) && p->group_stop_code) {
		status = (p->group_stop_code << 8) | 0x7f;
		if (!(options & WNOWAIT))
			p->group_stop_code = 0;
		return status;
	}
	if ((options & WCONTINUED) && (p->signal_flags & SIGNAL_STOP_CONTINUED)) {
		if (!(options & WNOWAIT))
			p->signal_flags &= ~SIGNAL_STOP_CONTINUED;
		return 0xffff;
	}
	return 0;
}

/*
 * Linux's do_wait: the first matching child that has ended (NULL with
 * WNOHANG when none has yet), -ECHILD in *err when none matches, or
 * -ERESTARTSYS when a signal came first.  A child that is not over but
 * has something else to report - a stop or continue (job control), or with
 * tracees (wait4) a tracee's ptrace stop - is returned with that status in
 * *report, once; so is a tracee whose process is over, to a tracer that is
 * not its parent, before the parent may reap it (*report 1: its exit code).
 */
static struct task_struct *do_wait(int which, pid_t id, int options, int tracees, int *report, long *err)
{
	*err = 0;
	*report = 0;
	for (;;) {
		int have_children = 0, i;

		for (i = 0; i < NR_TASKS; i++) {
			struct task_struct *p = task[i];

			if (!p)
				continue;
			if (tracees && wait_matches_tracee(p, which, id, options)) {
				int status = ptrace_wait_status(p);

				have_children = 1;
				if (status) {
					*report = status;	/* a stop, once */
					return p;
				}
				if (ptrace_reparented(p) && p->state == EXIT_ZOMBIE && thread_group_empty(p)) {
					*report = 1;
					return p;
				}
			}
			if (!wait_matches(p, which, id))
				continue;
			have_children = 1;
			if ((options & WEXITED) && p->state == EXIT_ZOMBIE && thread_group_empty(p) && !ptrace_reparented(p))
				return p;
			/* A parent that traces its child hears of its stops as its tracer only (Linux). */
			*report = p->ptrace && !ptrace_reparented(p) ? 0 : job_control_status(p, options);
			if (*report)
				return p;
		}
		*err = have_children ? 0 : -ECHILD;
		if (!have_children || (options & WNOHANG))
			return NULL;
		/* As Linux's do_wait: a child that ended is found before a signal ends the wait. */
		if (signal_pending(current)) {
			*err = -ERESTARTSYS;
			return NULL;
		}
		/* process_over wakes the parent leader's channel: any thread may wait here. */
		sleep_on(current->group_leader);
	}
}

/*
 * What wait4 reports of a child it does not reap (a stop or continue, or a
 * tracee's): its tid, status and usage (the process's, children's included).
 */
static long report_child(struct task_struct *p, int status, int __user *stat_addr, void __user *ru)
{
	struct task_usage usage;

	if (stat_addr && put_user(status, stat_addr))
		return -EFAULT;
	process_and_children_usage(p, &usage);
	if (ru && put_rusage(&usage, ru))
		return -EFAULT;
	/*
	 * A tracee whose process is over, for a tracer that is not its parent:
	 * the tracer has seen the exit, now it is its parent's to reap (as
	 * Linux's wait_task_zombie for a ptrace-reparented task).
	 */
	if (p->state == EXIT_ZOMBIE && ptrace_reparented(p))
		ptrace_unlink(p);
	return p->pid;
}

/* The child has been waited for: its times go to its parent's, its slot is freed. */
static pid_t reap(struct task_struct *p, void __user *ru)
{
	struct task_usage reaped;
	pid_t pid = p->pid;

	process_and_children_usage(p, &reaped);
	if (ru && put_rusage(&reaped, ru))
		return -EFAULT;
	account_reaped(&reaped);
	free_task(p);
	release_dead_tasks();
	return pid;
}

/* wait4's pid: > 0 that pid; -1 any child; 0 our process group; < -1 process group -pid. */
SYSCALL_DEFINE4(wait4, pid_t, upid, int __user *, stat_addr, int, options, void __user *, ru)
{
	int which = upid > 0 ? P_PID : upid == -1 ? P_ALL : P_PGID;
	pid_t id = upid > 0 ? upid : upid == 0 ? current->group_leader->pgrp : -upid;
	struct task_struct *p;
	int report;
	long err;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	p = do_wait(which, id, options | WEXITED, 1, &report, &err);
	if (!p)
		return err;
	if (report)
		return report_child(p, p->state == EXIT_ZOMBIE ? p->exit_code : report, stat_addr, ru);
	if (stat_addr && put_user(p->exit_code, stat_addr))
		return -EFAULT;
	return reap(p, ru);
}

/* What waitid fills of its siginfo: the SIGCHLD fields, each written alone, as Linux. */
struct waitid_info {
	int si_signo, si_errno, si_code, pad;
	int si_pid;
	uid_t si_uid;
	int si_status;
};

/* p's wait status (wstatus) as waitid's si_code and si_status. */
static long put_waitid_info(struct waitid_info __user *infop, struct task_struct *p, int wstatus)
{
	int code = CLD_EXITED, status = 0, pid = 0, signo = 0;
	uid_t uid = 0;

	if (p) {
		signo = SIGCHLD;
		pid = p->pid;
		uid = p->cred.uid;
		status = (wstatus >> 8) & 0xff;
		if (wstatus == 0xffff) {
			code = CLD_CONTINUED;
			status = SIGCONT;
		} else if ((wstatus & 0xff) == 0x7f) {
			code = CLD_STOPPED;
		} else if (wstatus & 0x7f) {
			code = (wstatus & 0x80) ? CLD_DUMPED : CLD_KILLED;
			status = wstatus & 0x7f;
		}
	} else {
		code = 0;	/* WNOHANG and nothing yet: every field 0 */
	}
	if (put_user(signo, &infop->si_signo) || put_user(0, &infop->si_errno) ||
	    put_user(code, &infop->si_code) || put_user(pid, &infop->si_pid) ||
	    put_user(uid, &infop->si_uid) || put_user(status, &infop->si_status))
		return -EFAULT;
	return 0;
}

/*
 * waitid: the child as a siginfo (CLD_EXITED and its exit code, CLD_KILLED
 * and the signal, CLD_STOPPED and the stop signal, or CLD_CONTINUED);
 * WNOWAIT leaves it to be waited for again.
 */
SYSCALL_DEFINE5(waitid, int, which, pid_t, upid, struct waitid_info __user *, infop, int, options,
		void __user *, ru)
{
	struct task_struct *p;
	int report;
	long err;

	if (options & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	if (!(options & (WEXITED | WSTOPPED | WCONTINUED)))
		return -EINVAL;
	if (which < P_ALL || which > P_PGID || (which != P_ALL && upid <= 0))
		return -EINVAL;
	p = do_wait(which, upid, options, 0, &report, &err);
	if (err)
		return err;
	if (infop && put_waitid_info(infop, p, report ? report : p ? p->exit_code : 0))
		return -EFAULT;
	if (p && !report && !(options & WNOWAIT)) {
		err = reap(p, ru);
		return err < 0 ? err : 0;
	}
	return 0;
}
