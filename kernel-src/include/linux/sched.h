/*
 * sched.h - processes.  A task_struct is one process: its kernel stack,
 * address space, open files, signal state and scheduling state.  The
 * scheduler (kernel/sched/core.c) is round-robin over a fixed table.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/signal.h>
#include <asm/current.h>
#include <asm/processor.h>
#include <asm/ptrace.h>
#include <asm/page.h>
#include <linux/futex.h>
#include <linux/resource.h>
#include <linux/cred.h>

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_STOPPED		4	/* job control: stopped by SIGSTOP & co. until SIGCONT or SIGKILL */
#define TASK_TRACED		8	/* stopped for its tracer (linux/ptrace.h): only it, or SIGKILL, resumes it */
#define EXIT_ZOMBIE		16
#define EXIT_DEAD		32	/* a thread that reaped itself: its slot is freed later */

/* task->signal_flags (a leader's): where its process is in a group stop, as Linux's signal->flags. */
#define SIGNAL_STOP_STOPPED	0x00000001	/* the group is stopped */
#define SIGNAL_STOP_CONTINUED	0x00000002	/* SIGCONT since, not yet reported by wait */
#define SIGNAL_CLD_STOPPED	0x00000010	/* the parent is still to hear CLD_STOPPED */
#define SIGNAL_CLD_CONTINUED	0x00000020	/* ... CLD_CONTINUED */
#define SIGNAL_CLD_MASK		(SIGNAL_CLD_STOPPED | SIGNAL_CLD_CONTINUED)
#define SIGNAL_STOP_MASK	(SIGNAL_CLD_MASK | SIGNAL_STOP_STOPPED | SIGNAL_STOP_CONTINUED)

#define NR_TASKS	64	/* the task table's size: pids are not limited by it */
#define NR_OPEN		64	/* open files per process */
#define TASK_COMM_LEN	16

struct mm_struct;
struct file;
struct sem_undo_list;
struct inode;

/*
 * The descriptor table.  Threads (CLONE_FILES) share one; fork copies it.
 * The last task to drop it closes the files.
 */
struct files_struct {
	int count;
	struct file *fd[NR_OPEN];
	unsigned long close_on_exec;	/* bit n: close fd n on execve */
};

/* The root (chroot), working directory and umask.  Threads (CLONE_FS) share them. */
struct fs_struct {
	int count;
	struct inode *root;	/* where "/" and ".." stop; NULL: the real root */
	struct inode *cwd;
	umode_t umask;
};

/* Signal handlers.  Threads (CLONE_SIGHAND) share one table. */
struct sighand_struct {
	int count;
	struct k_sigaction action[_NSIG];
};

/*
 * A task is one thread.  A process is a thread group: the tasks sharing
 * group_leader (and with it tgid, which getpid returns).  A single-threaded
 * process is its own leader, pid == tgid.
 */
/* An interval timer: its value (a deadline, or time left) and its reload, in ns; 0 is off. */
struct cpu_itimer {
	u64 value;
	u64 interval;
};

/* What getrusage reports (kernel/sched/cputime.c): user and system CPU time in ns, and counts. */
struct task_usage {
	u64 utime;
	u64 stime;
	unsigned long min_flt;		/* page faults served without I/O (all of ours) */
	unsigned long nvcsw;		/* switches away while waiting for something */
	unsigned long nivcsw;		/* switches away while still runnable (preempted) */
	unsigned long maxrss;		/* peak resident set in pages: a maximum, not a sum */
};

struct task_struct {
	volatile long state;		/* TASK_RUNNING, TASK_INTERRUPTIBLE, TASK_STOPPED, EXIT_ZOMBIE, EXIT_DEAD */
	pid_t pid;			/* the thread id (gettid) */
	pid_t tgid;			/* the process id (getpid): the leader's pid */
	pid_t pgrp;
	pid_t session;			/* setsid's session id: the processes a terminal's job control sees */
	struct task_struct *parent;	/* a process leader: who waits for it */
	struct task_struct *group_leader;
	void *stack;			/* THREAD_SIZE bytes of kernel stack */
	struct mm_struct *mm;		/* NULL for the idle task */

	struct files_struct *files;
	struct fs_struct *fs;

	int exit_code;			/* wait status once a zombie */
	void *wait_chan;		/* what we sleep on, if sleeping */
	u64 wake_time;			/* local_clock() deadline of a timed sleep, or 0 */
	int __user *set_child_tid;	/* CLONE_CHILD_SETTID: the child stores its tid here first */
	int __user *clear_child_tid;	/* set_tid_address: zeroed and futex-woken at exit */
	struct futex_q futex;		/* the futex we sleep on (kernel/futex.c) */
	struct robust_list_head __user *robust_list;	/* set_robust_list: walked at exit */
	int group_exit;			/* leader only: exit_group or a fatal signal is ending the group */
	int group_exit_code;		/* leader only: that wait status */
	struct task_struct *exec_task;	/* leader only: the thread whose execve is ending the others */

	/* ptrace (kernel/ptrace.c): exit_code holds the stop's report while TASK_TRACED. */
	unsigned int ptrace;		/* PT_ flags; 0: not traced */
	struct task_struct *tracer;	/* the thread tracing us */
	unsigned long ptrace_message;	/* PTRACE_GETEVENTMSG: the last event's value */
	struct ksiginfo *last_siginfo;	/* why we are stopped (PTRACE_GETSIGINFO), or NULL */
	unsigned int jobctl;		/* JOBCTL_TRAP_STOP: PTRACE_INTERRUPT is pending; JOBCTL_STOP_PENDING */

	/* Group stop (kernel/signal_stop.c), Linux's signal_struct fields: leader only. */
	unsigned int signal_flags;	/* SIGNAL_STOP_STOPPED, SIGNAL_STOP_CONTINUED, SIGNAL_CLD_* */
	int group_stop_code;		/* the stop signal, until a wait reports it */
	int group_stop_count;		/* threads still to stop before the group is stopped */

	sigset_t pending;
	sigset_t blocked;
	sigset_t saved_sigmask;		/* rt_sigsuspend: the mask to restore once a handler ran */
	int restore_sigmask;
	struct ksiginfo sigqueue[SIGQUEUE_MAX];	/* why each pending signal came, oldest first */
	int nr_queued;
	sigset_t sigwait_set;		/* rt_sigtimedwait: signals that wake us although blocked */
	unsigned long sas_ss_sp;	/* sigaltstack: the alternate stack for SA_ONSTACK handlers */
	size_t sas_ss_size;		/* 0: none */
	unsigned int sas_ss_flags;	/* SS_AUTODISARM */
	struct cpu_itimer itimer[3];	/* leader only: ITIMER_REAL/VIRTUAL/PROF (kernel/time/itimer.c) */
	int next_posix_timer_id;	/* leader only: timer_create's next id (kernel/time/posix-timers.c) */
	struct rlimit rlim[RLIM_NLIMITS];	/* leader only: setrlimit's limits (kernel/sys.c) */
	int nice;			/* leader only: -20..19, inherited by fork */
	int policy;			/* SCHED_NORMAL, _FIFO, _RR, _BATCH or _IDLE (kernel/sched/core.c) */
	unsigned int rt_priority;	/* 1..99 for FIFO and RR, else 0: the higher runs first */
	int sched_reset_on_fork;	/* a child starts as SCHED_NORMAL */
	struct sighand_struct *sighand;
	struct sem_undo_list *sysvsem_undo;	/* SEM_UNDO adjustments (ipc/sem.c); CLONE_SYSVSEM shares */

	/* CPU time (kernel/sched/cputime.c). */
	u64 start_time;			/* local_clock() when it was made: /proc's starttime */
	u64 sum_exec_runtime;		/* ns on the CPU, up to its last switch away */
	u64 exec_start;			/* local_clock() when it last got the CPU */
	unsigned long user_ticks;	/* timer interrupts that found it in user mode */
	unsigned long system_ticks;	/* ... in the kernel */
	unsigned long min_flt, nvcsw, nivcsw;	/* its counts of struct task_usage */
	struct task_usage dead_threads;	/* leader only: what its ended threads used */
	struct task_usage children;	/* leader only: what its reaped children used, theirs included */
	unsigned long maxrss;		/* leader only: peak RSS of the address spaces it left (exec, exit) */

	struct cred cred;		/* user and group ids, capabilities (kernel/sys.c) */
	unsigned int personality;	/* linux/personality.h: inherited, kept by execve */
	char comm[TASK_COMM_LEN];	/* program name, for messages */
	struct thread_struct thread;
};

extern struct task_struct *task[NR_TASKS];
extern struct task_struct init_task;
extern struct files_struct init_files;
extern struct fs_struct init_fs;
extern struct sighand_struct init_sighand;
extern int need_resched;
extern unsigned long volatile jiffies;

/* kernel/sched/core.c */
void schedule(void);
void sched_init(void);
void sleep_on(void *chan);
void wake_up(void *chan);
void wake_up_process(struct task_struct *p);
extern int poll_wait_queue;	/* fs/select.c sleeps here; every wake_up wakes it */
void scheduler_tick(void);
void sched_fork(struct task_struct *p);

/* kernel/sched/cputime.c */
void account_switch(struct task_struct *prev, struct task_struct *next);
void account_tick(int user_tick);
void thread_usage(struct task_struct *t, struct task_usage *times);
void process_usage(struct task_struct *leader, struct task_usage *times);
void account_dead_thread(struct task_struct *tsk);
void process_and_children_usage(struct task_struct *p, struct task_usage *usage);
void account_reaped(const struct task_usage *reaped);
void account_mm_peak(struct task_struct *tsk, struct mm_struct *mm);
/* kernel/sys.c: a struct rusage with these times and counts (the rest zero) to user space. */
int put_rusage(const struct task_usage *times, void __user *ru);

/* kernel/time/itimer.c */
void run_itimers(u64 now, int user_tick);
void cpu_idle(void) __noreturn;
struct task_struct *find_task_by_pid(pid_t pid);

/* kernel/fork.c, kernel/exit.c */
extern pid_t last_pid;
long do_fork(unsigned long clone_flags, unsigned long newsp, unsigned long tls);
pid_t kernel_thread(int (*fn)(void *), void *arg);
void free_task(struct task_struct *p);
void do_exit(long code) __noreturn;
void do_group_exit(int exit_code) __noreturn;
int thread_group_empty(struct task_struct *leader);
void put_files_struct(struct files_struct *files);
void put_fs_struct(struct fs_struct *fs);
void de_thread(void);
void release_dead_tasks(void);

/* kernel/futex.c */
int futex_wake(int __user *uaddr, int nr_wake);

static inline int thread_group_leader(struct task_struct *p)
{
	return p->group_leader == p;
}

/* arch/x86/kernel/process_64.c */
void switch_to(struct task_struct *prev, struct task_struct *next);
void copy_thread(struct task_struct *p, struct pt_regs *regs, int (*fn)(void *), void *arg);
void start_thread(struct pt_regs *regs, unsigned long ip, unsigned long sp);
void flush_thread(void);

static inline struct pt_regs *task_pt_regs(struct task_struct *t)
{
	return (struct pt_regs *)((char *)t->stack + THREAD_SIZE) - 1;
}
#define current_pt_regs() task_pt_regs(current)

#endif
