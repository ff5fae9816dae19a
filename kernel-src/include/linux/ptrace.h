/*
 * ptrace.h - process tracing (kernel/ptrace.c, arch/x86/kernel/ptrace.c).
 *
 * A traced task (the tracee) has its tracer in task->tracer and the PT_ flags
 * below in task->ptrace.  At certain points - a signal about to be delivered,
 * a system call's entry and exit, a fork, exec or exit the tracer asked to see -
 * the tracee stops (TASK_TRACED) and tells its tracer, whose wait4 reports the
 * stop; the tracer then reads and changes the tracee and resumes it.
 */
#ifndef _LINUX_PTRACE_H
#define _LINUX_PTRACE_H

#include <linux/sched.h>
#include <uapi/linux/ptrace.h>

/* task->ptrace: traced at all, attached by PTRACE_SEIZE, and the PTRACE_O_ options. */
#define PT_PTRACED	0x00000001
#define PT_SEIZED	0x00010000	/* PTRACE_SEIZE: no SIGSTOP at attach, INTERRUPT allowed */
#define PT_OPT_FLAG_SHIFT	3
#define PT_EVENT_FLAG(event)	(1 << (PT_OPT_FLAG_SHIFT + (event)))
#define PT_TRACESYSGOOD	PT_EVENT_FLAG(0)
#define PT_TRACE_FORK	PT_EVENT_FLAG(PTRACE_EVENT_FORK)
#define PT_TRACE_VFORK	PT_EVENT_FLAG(PTRACE_EVENT_VFORK)
#define PT_TRACE_CLONE	PT_EVENT_FLAG(PTRACE_EVENT_CLONE)
#define PT_TRACE_EXEC	PT_EVENT_FLAG(PTRACE_EVENT_EXEC)
#define PT_TRACE_EXIT	PT_EVENT_FLAG(PTRACE_EVENT_EXIT)
#define PT_EXITKILL	(PTRACE_O_EXITKILL << PT_OPT_FLAG_SHIFT)
#define PT_SYSCALL_TRACE 0x00020000	/* resumed by PTRACE_SYSCALL: stop at entry and exit */
#define PT_SINGLESTEP	0x00040000	/* resumed by PTRACE_SINGLESTEP: TF is ours to clear */

/* task->jobctl: PTRACE_INTERRUPT asked a seized tracee to stop; a group stop waits for this thread. */
#define JOBCTL_TRAP_STOP	1
#define JOBCTL_STOP_PENDING	2

static inline int ptrace_event_enabled(struct task_struct *task, int event)
{
	return task->ptrace & PT_EVENT_FLAG(event);
}

/* Is p traced by a process other than its parent?  Then the tracer sees its exit first. */
static inline int ptrace_reparented(struct task_struct *p)
{
	return p->ptrace && p->tracer && p->tracer->group_leader != p->parent;
}

/* kernel/exit.c */
void do_notify_parent(struct task_struct *leader, struct task_struct *to);

/* kernel/ptrace.c */
void ptrace_stop(int exit_code, struct ksiginfo *info);
void ptrace_notify(int exit_code);
void ptrace_event(int event, unsigned long message);
void ptrace_init_task(struct task_struct *child, int event);
void exit_ptrace(struct task_struct *tracer);
void ptrace_unlink(struct task_struct *child);
int ptrace_wait_status(struct task_struct *p);
long ptrace_report_syscall_entry(struct pt_regs *regs);
void ptrace_report_syscall_exit(struct pt_regs *regs);
long ptrace_request(struct task_struct *child, long request, unsigned long addr, unsigned long data);
int access_process_vm(struct task_struct *tsk, unsigned long addr, void *buf, int len, int write);

/* arch/x86/kernel/ptrace.c: the requests about registers; -EIO for those it does not know. */
long arch_ptrace(struct task_struct *child, long request, unsigned long addr, unsigned long data);
void user_enable_single_step(struct task_struct *child);
void user_disable_single_step(struct task_struct *child);

#endif
