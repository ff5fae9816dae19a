/*
 * signal.h - signal numbers, sigaction, and the kernel's signal calls.
 * A task has a bit mask of pending signals; they are acted on when it
 * next returns to user mode (kernel/signal.c).
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>
#include <linux/compiler.h>

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

#define SA_NOCLDSTOP	0x00000001
#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

#define SIGRTMIN	32		/* the kernel's first real-time signal (glibc keeps two) */

/* siginfo's si_code: who sent the signal */
#define SI_USER		0		/* kill */
#define SI_KERNEL	0x80		/* the kernel: timers, faults */
#define SI_QUEUE	(-1)		/* sigqueue */
#define SI_TIMER	(-2)		/* a POSIX timer: pid is si_timerid, uid si_overrun */
#define SI_TKILL	(-6)		/* tkill, tgkill (raise) */
#define CLD_EXITED	1		/* SIGCHLD: a child called exit */
#define CLD_KILLED	2		/* ... was killed by a signal */
#define CLD_DUMPED	3		/* ... and dumped core */
#define CLD_TRAPPED	4		/* ... stopped for its tracer */
#define CLD_STOPPED	5		/* ... was stopped (job control) */
#define CLD_CONTINUED	6		/* ... was continued by SIGCONT */
#define TRAP_BRKPT	1		/* SIGTRAP: a breakpoint (or a single-stepped system call) */
#define TRAP_TRACE	2		/* ... a single step (the debug trap) */
#define SEGV_MAPERR	1		/* SIGSEGV: no mapping at the address */
#define SEGV_ACCERR	2		/* ... a mapping that forbids the access */
#define BUS_ADRERR	2		/* SIGBUS: a file mapping past the end of its file */

/* sigaltstack's ss_flags */
#define SS_ONSTACK	1
#define SS_DISABLE	2
#define SS_AUTODISARM	(1U << 31)	/* disarm the stack while a handler runs on it */
#define MINSIGSTKSZ	2048

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

/*
 * Why a signal was sent: the part of siginfo_t this kernel fills.  value is
 * sigqueue's si_value, or SIGCHLD's si_status; addr is a fault's si_addr
 * (for SI_TIMER: which arming of the timer sent it, Linux's si_sys_private).
 */
struct ksiginfo {
	int signo;
	int code;
	pid_t pid;
	uid_t uid;
	u64 value;
	unsigned long addr;
};
#define SIGQUEUE_MAX	32		/* siginfos a task keeps queued */

int send_sig(int sig, struct task_struct *p);
int group_send_sig(int sig, struct task_struct *leader);
int send_sig_info(int sig, const struct ksiginfo *info, struct task_struct *p);
int group_send_sig_info(int sig, const struct ksiginfo *info, struct task_struct *leader);
int queue_siginfo(struct task_struct *p, int sig, const struct ksiginfo *info);
void dequeue_signal(struct task_struct *p, int sig, struct ksiginfo *info);
void flush_sigqueue(struct task_struct *p, int sig);
void flush_itimer_signals(struct task_struct *p);
void restore_saved_sigmask(struct task_struct *tsk);
int kill_pgrp(pid_t pgrp, int sig);
void do_signal(struct pt_regs *regs);
void force_sig(int sig, struct task_struct *p);
void force_sig_fault(int sig, int code, unsigned long addr, struct task_struct *p);
void flush_signal_handlers(struct task_struct *t);
int signal_pending(struct task_struct *p);
void signal_wake_up(struct task_struct *p, int resume);

/* kernel/signal_stop.c: job control (group stop and continue) */
int sig_kernel_stop(int sig);
void prepare_signal(int sig, struct task_struct *p);
int do_jobctl(void);
int do_signal_stop(int sig);
void exit_signals(struct task_struct *tsk);
int pgrp_orphaned(pid_t pgrp);
pid_t session_of_pgrp(pid_t pgrp);

/* The x86-64 siginfo_t, as far as these fields go (128 bytes in all). */
struct user_siginfo {
	int si_signo, si_errno, si_code, pad;
	int si_pid;
	unsigned int si_uid;
	u64 si_value;		/* si_value (sigqueue), or si_status (SIGCHLD) */
	char rest[96];
};
void fill_user_siginfo(struct user_siginfo *u, const struct ksiginfo *info);

/* The user's view of an alternate signal stack (stack_t). */
struct user_stack {
	void __user *ss_sp;
	int ss_flags;
	size_t ss_size;
};
int on_sig_stack(unsigned long sp);
int sas_ss_flags(unsigned long sp);
int do_sigaltstack(const struct user_stack *ss, unsigned long sp);
#endif

#endif
