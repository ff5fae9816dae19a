/*
 * exit.c - ending processes and waiting for them.
 *
 * An exiting task closes its files, frees its memory and becomes a
 * zombie holding only its exit status until its parent collects it with
 * wait4.  Its children are handed to init.  When init itself exits the
 * machine powers off, with init's exit status as the emulator's.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <asm/io.h>

#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define __WALL		0x40000000

#define POWEROFF_PORT	0xf4

static void poweroff(int status)
{
	outb((unsigned char)status, POWEROFF_PORT);
	for (;;)
		halt();
}

/*
 * code is a wait status: (exit code << 8) for exit(), or the signal
 * number for a task killed by a signal.
 */
void do_exit(long code)
{
	struct task_struct *tsk = current;
	int i;

	if (tsk->pid == 0)
		panic("Attempted to kill the idle task!");
	close_files();
	if (tsk->cwd) {
		iput(tsk->cwd);
		tsk->cwd = NULL;
	}
	if (tsk->mm) {
		struct mm_struct *mm = tsk->mm;

		tsk->mm = NULL;
		switch_mm(NULL);
		mmput(mm);
	}
	if (tsk->pid == 1) {
		/* Linux would panic; we power off so "run -- PROG" has a status. */
		int status = (code & 0x7f) ? 128 + (int)(code & 0x7f) : (int)((code >> 8) & 0xff);
		poweroff(status);
	}

	/* Orphans go to init, which reaps them. */
	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p->parent == tsk) {
			p->parent = find_task_by_pid(1);
			if (p->state == EXIT_ZOMBIE && p->parent)
				wake_up(p->parent);
		}
	}
	tsk->exit_code = (int)code;
	tsk->state = EXIT_ZOMBIE;
	if (tsk->parent) {
		send_sig(SIGCHLD, tsk->parent);
		wake_up(tsk->parent);
	}
	schedule();
	panic("zombie %d ran again", tsk->pid);
}

void do_group_exit(int exit_code)
{
	do_exit(exit_code);
}

SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_group_exit((error_code & 0xff) << 8);
}

/*
 * Does child p match wait4's pid argument?  >0: that pid; -1: any child;
 * 0: our process group; < -1: process group -pid.
 */
static int wait_matches(struct task_struct *p, pid_t pid)
{
	if (p->parent != current)
		return 0;
	if (pid > 0)
		return p->pid == pid;
	if (pid == -1)
		return 1;
	if (pid == 0)
		return p->pgrp == current->pgrp;
	return p->pgrp == -pid;
}

SYSCALL_DEFINE4(wait4, pid_t, upid, int __user *, stat_addr, int, options, void __user *, ru)
{
	for (;;) {
		int have_children = 0, i;

		for (i = 0; i < NR_TASKS; i++) {
			struct task_struct *p = task[i];
			pid_t pid;

			if (!p || !wait_matches(p, upid))
				continue;
			have_children = 1;
			if (p->state != EXIT_ZOMBIE)
				continue;
			if (stat_addr && put_user(p->exit_code, stat_addr))
				return -EFAULT;
			if (ru && clear_user(ru, 144))
				return -EFAULT;
			pid = p->pid;
			free_task(p);
			return pid;
		}
		if (!have_children)
			return -ECHILD;
		if (options & WNOHANG)
			return 0;
		sleep_on(current);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
}
