/*
 * common.c - the C half of system-call entry and of every return to user
 * mode (arch/x86/entry/entry_64.S is the assembly half).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/ptrace.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

/*
 * Work to do before any return to user mode: run another task if the
 * timer asked for it, and act on pending signals (which may kill us or
 * redirect the return into a signal handler).
 */
void prepare_exit_to_usermode(struct pt_regs *regs)
{
	for (;;) {
		if (need_resched) {
			schedule();
			continue;
		}
		if (signal_pending(current)) {
			do_signal(regs);
			if (!signal_pending(current))
				continue;
		}
		break;
	}
	restore_saved_sigmask(current);
}

/*
 * Run system call regs->orig_ax.  The arguments are in rdi, rsi, rdx,
 * r10, r8, r9 (r10 because SYSCALL destroys rcx); the result goes back to
 * user space in rax.  An out-of-range number leaves the -ENOSYS that
 * entry_SYSCALL_64 stored.  Under PTRACE_SYSCALL the tracer sees the call
 * before and after it runs, and may change the number, arguments and result.
 */
__visible void do_syscall_64(struct pt_regs *regs)
{
	unsigned long nr = regs->orig_ax;

	if (current->ptrace & PT_SYSCALL_TRACE)
		nr = ptrace_report_syscall_entry(regs);
	if (nr < NR_syscalls)
		regs->ax = sys_call_table[nr](regs->di, regs->si, regs->dx,
					      regs->r10, regs->r8, regs->r9);
	if (current->ptrace & (PT_SYSCALL_TRACE | PT_SINGLESTEP))
		ptrace_report_syscall_exit(regs);
	prepare_exit_to_usermode(regs);
}
