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

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define EXIT_ZOMBIE		16

#define NR_TASKS	64	/* the task table's size: pids are not limited by it */
#define NR_OPEN		64	/* open files per process */
#define TASK_COMM_LEN	16

struct mm_struct;
struct file;
struct inode;

struct task_struct {
	volatile long state;		/* TASK_RUNNING, TASK_INTERRUPTIBLE, EXIT_ZOMBIE */
	pid_t pid;
	pid_t pgrp;
	struct task_struct *parent;
	void *stack;			/* THREAD_SIZE bytes of kernel stack */
	struct mm_struct *mm;		/* NULL for the idle task */

	struct file *files[NR_OPEN];
	unsigned long close_on_exec;	/* bit n: close fd n on execve */
	struct inode *cwd;
	umode_t umask;

	int exit_code;			/* wait status once a zombie */
	void *wait_chan;		/* what we sleep on, if sleeping */
	u64 wake_time;			/* local_clock() deadline of a timed sleep, or 0 */
	int *clear_child_tid;		/* set_tid_address */

	sigset_t pending;
	sigset_t blocked;
	struct k_sigaction sighand[_NSIG];

	char comm[TASK_COMM_LEN];	/* program name, for messages */
	struct thread_struct thread;
};

extern struct task_struct *task[NR_TASKS];
extern struct task_struct init_task;
extern int need_resched;
extern unsigned long volatile jiffies;

/* kernel/sched/core.c */
void schedule(void);
void sched_init(void);
void sleep_on(void *chan);
void wake_up(void *chan);
void wake_up_process(struct task_struct *p);
void scheduler_tick(void);
void cpu_idle(void) __noreturn;
struct task_struct *find_task_by_pid(pid_t pid);

/* kernel/fork.c, kernel/exit.c */
long do_fork(unsigned long clone_flags, unsigned long newsp, unsigned long tls);
pid_t kernel_thread(int (*fn)(void *), void *arg);
void free_task(struct task_struct *p);
void do_exit(long code) __noreturn;
void do_group_exit(int exit_code) __noreturn;

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
