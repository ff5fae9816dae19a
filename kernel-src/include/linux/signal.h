/*
 * signal.h - signal numbers, sigaction, and the kernel's signal calls.
 * A task has a bit mask of pending signals; they are acted on when it
 * next returns to user mode (kernel/signal.c).
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>

#define _NSIG		64

#define SIGHUP		 1
#define SIGINT		 2
#define SIGQUIT		 3
#define SIGILL		 4
#define SIGTRAP		 5
#define SIGABRT		 6
#define SIGBUS		 7
#define SIGFPE		 8
#define SIGKILL		 9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31

#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

#define SIG_DFL	((void *)0)
#define SIG_IGN	((void *)1)

#ifndef __ASSEMBLY__
typedef unsigned long sigset_t;

#define sigmask(sig)	(1UL << ((sig) - 1))

/* The x86-64 rt_sigaction layout. */
struct sigaction {
	void *sa_handler;
	unsigned long sa_flags;
	void *sa_restorer;
	sigset_t sa_mask;
};
struct k_sigaction {
	struct sigaction sa;
};

struct task_struct;
struct pt_regs;

int send_sig(int sig, struct task_struct *p);
int group_send_sig(int sig, struct task_struct *leader);
void restore_saved_sigmask(struct task_struct *tsk);
int kill_pgrp(pid_t pgrp, int sig);
void do_signal(struct pt_regs *regs);
void force_sig(int sig, struct task_struct *p);
void flush_signal_handlers(struct task_struct *t);
int signal_pending(struct task_struct *p);
#endif

#endif
