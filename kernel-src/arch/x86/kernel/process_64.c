/*
 * process_64.c - the CPU side of processes: switching between tasks,
 * setting up a new task's kernel stack, entering a new program, and the
 * FS/GS base registers user programs use for thread-local storage.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/syscalls.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/segment.h>

#define ARCH_SET_GS	0x1001
#define ARCH_SET_FS	0x1002
#define ARCH_GET_FS	0x1003
#define ARCH_GET_GS	0x1004

extern void __switch_to_asm(unsigned long *prev_sp, unsigned long next_sp);
extern void ret_from_fork(void);

/*
 * Save what belongs to prev (its FPU/SSE registers), load what belongs
 * to next (address space, kernel stack for interrupts, TLS bases, FPU),
 * then swap kernel stacks: we return from here as next, wherever it
 * last called switch_to.
 */
void switch_to(struct task_struct *prev, struct task_struct *next)
{
	if (prev->mm)
		fxsave(&prev->thread.fpu);
	if (next->mm != prev->mm || !next->mm)
		switch_mm(next->mm);
	load_sp0((unsigned long)next->stack + THREAD_SIZE);
	if (next->mm) {
		fxrstor(&next->thread.fpu);
		wrmsr(MSR_FS_BASE, next->thread.fsbase);
		wrmsr(MSR_KERNEL_GS_BASE, next->thread.gsbase);
	}
	prev->thread.kernel_ds = cpu_data.kernel_ds;
	cpu_data.kernel_ds = next->thread.kernel_ds;
	current = next;
	__switch_to_asm(&prev->thread.sp, next->thread.sp);
}

/*
 * Prepare p's kernel stack so that the first switch_to(p) "returns" into
 * ret_from_fork: a user task continues from a copy of regs (the parent's
 * registers, with fork's result 0 for the child); a kernel thread runs
 * fn(arg) first.
 */
void copy_thread(struct task_struct *p, struct pt_regs *regs, int (*fn)(void *), void *arg)
{
	struct pt_regs *childregs = task_pt_regs(p);
	unsigned long *frame = (unsigned long *)childregs - 7;

	if (regs) {
		*childregs = *regs;
		childregs->ax = 0;
		fxsave(&p->thread.fpu);		/* the parent's live FPU state */
	} else {
		memset(childregs, 0, sizeof(*childregs));
		p->thread.fpu = init_fpstate;
	}
	memset(frame, 0, 7 * sizeof(unsigned long));
	frame[3] = (unsigned long)arg;		/* r12 */
	frame[4] = (unsigned long)fn;		/* rbx */
	frame[6] = (unsigned long)ret_from_fork;
	p->thread.sp = (unsigned long)frame;
	p->thread.fsbase = current->thread.fsbase;
	p->thread.gsbase = current->thread.gsbase;
}

/* execve: start the new program at ip with stack sp, all else cleared. */
void start_thread(struct pt_regs *regs, unsigned long ip, unsigned long sp)
{
	memset(regs, 0, sizeof(*regs));
	regs->ip = ip;
	regs->sp = sp;
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->flags = X86_EFLAGS_IF | X86_EFLAGS_FIXED;
}

/* execve: the new program starts with a clean FPU and no TLS. */
void flush_thread(void)
{
	current->thread.fsbase = 0;
	current->thread.gsbase = 0;
	wrmsr(MSR_FS_BASE, 0);
	wrmsr(MSR_KERNEL_GS_BASE, 0);
	current->thread.fpu = init_fpstate;
	fxrstor(&current->thread.fpu);
}

SYSCALL_DEFINE2(arch_prctl, int, code, unsigned long, addr)
{
	switch (code) {
	case ARCH_SET_FS:
		if (addr >= TASK_SIZE_MAX)
			return -EPERM;
		current->thread.fsbase = addr;
		wrmsr(MSR_FS_BASE, addr);
		return 0;
	case ARCH_SET_GS:
		if (addr >= TASK_SIZE_MAX)
			return -EPERM;
		current->thread.gsbase = addr;
		wrmsr(MSR_KERNEL_GS_BASE, addr);
		return 0;
	case ARCH_GET_FS:
		return put_user(current->thread.fsbase, (unsigned long __user *)addr);
	case ARCH_GET_GS:
		return put_user(current->thread.gsbase, (unsigned long __user *)addr);
	default:
		return -EINVAL;
	}
}
