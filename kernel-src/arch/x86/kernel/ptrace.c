/*
 * ptrace.c - the x86-64 half of ptrace, as Linux 4.7's arch/x86/kernel/ptrace.c:
 * a stopped tracee's registers as user space names them (struct user_regs_struct,
 * and struct user for PEEKUSER/POKEUSER), its FPU state, and single-stepping
 * with the trap flag.  The tracee is stopped, so its registers are the pt_regs at
 * the top of its kernel stack and the state switch_to saved in its thread_struct.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <asm/processor.h>
#include <asm/uaccess.h>

/*
 * <sys/user.h>'s struct user_regs_struct: pt_regs' 21 words, then the two
 * segment bases and four data segment selectors.
 */
#define USER_REGS_FS_BASE	168
#define USER_REGS_GS_BASE	176
#define USER_REGS_DS		184
#define USER_REGS_SIZE		216
#define USER_REGS_WORDS		(USER_REGS_SIZE / 8)

/* struct user: the registers, ..., u_debugreg[8] at 848, 912 bytes in all. */
#define USER_DEBUGREG		848
#define USER_SIZE		912

/* The flags a tracer may change (Linux's FLAG_MASK): the arithmetic ones, TF, DF, RF, AC. */
#define FLAG_MASK	(0x0001UL | 0x0004UL | 0x0010UL | 0x0040UL | 0x0080UL | X86_EFLAGS_TF | \
			 X86_EFLAGS_DF | 0x0800UL | X86_EFLAGS_RF | X86_EFLAGS_AC)

/* A selector a user program may hold: null, or one of privilege level 3. */
static int invalid_selector(unsigned long value)
{
	return value != 0 && (value & 3) != 3;
}

static unsigned long getreg(struct task_struct *child, unsigned long offset)
{
	/* The trap flag we set for PTRACE_SINGLESTEP is hidden, as Linux's get_flags. */
	if (offset == EFLAGS && (child->ptrace & PT_SINGLESTEP))
		return task_pt_regs(child)->flags & ~X86_EFLAGS_TF;
	if (offset < SIZEOF_PTREGS)
		return *(unsigned long *)((char *)task_pt_regs(child) + offset);
	if (offset == USER_REGS_FS_BASE)
		return child->thread.fsbase;
	if (offset == USER_REGS_GS_BASE)
		return child->thread.gsbase;
	return 0;	/* ds, es, fs, gs: a 64-bit program's are null */
}

/*
 * Set one register as Linux's putreg does: the segment bases must be user
 * addresses, selectors of user privilege; only FLAG_MASK's flags change.  Our
 * code and stack segments are the only user ones there are, so cs and ss
 * cannot change to anything else (Linux would fault the return instead).
 */
static int putreg(struct task_struct *child, unsigned long offset, unsigned long value)
{
	struct pt_regs *regs = task_pt_regs(child);

	switch (offset) {
	case CS:
	case SS:
		if (value == 0 || invalid_selector(value))
			return -EIO;
		return 0;
	case EFLAGS:
		if (child->ptrace & PT_SINGLESTEP)
			value |= X86_EFLAGS_TF;		/* still stepping */
		regs->flags = (regs->flags & ~FLAG_MASK) | (value & FLAG_MASK);
		return 0;
	case USER_REGS_FS_BASE:
	case USER_REGS_GS_BASE:
		if (value >= TASK_SIZE_MAX)
			return -EIO;
		if (offset == USER_REGS_FS_BASE)
			child->thread.fsbase = value;
		else
			child->thread.gsbase = value;
		return 0;
	}
	if (offset >= USER_REGS_DS)
		return invalid_selector(value) ? -EIO : 0;
	*(unsigned long *)((char *)regs + offset) = value;
	return 0;
}

static int peekusr(struct task_struct *child, unsigned long addr, unsigned long __user *datap)
{
	if ((addr & 7) || addr >= USER_SIZE)
		return -EIO;
	/* The rest of struct user (and the debug registers: none are set here) reads as 0. */
	return put_user(addr < USER_REGS_SIZE ? getreg(child, addr) : 0, datap);
}

static int pokeusr(struct task_struct *child, unsigned long addr, unsigned long data)
{
	if ((addr & 7) || addr >= USER_SIZE)
		return -EIO;
	if (addr < USER_REGS_SIZE)
		return putreg(child, addr, data);
	/* No hardware breakpoints: the debug registers keep their 0. */
	if (addr >= USER_DEBUGREG && data == 0)
		return 0;
	return -EIO;
}

static int getregs(struct task_struct *child, unsigned long __user *uregs)
{
	unsigned long regs[USER_REGS_WORDS];
	int i;

	for (i = 0; i < USER_REGS_WORDS; i++)
		regs[i] = getreg(child, i * 8);
	return copy_to_user(uregs, regs, sizeof(regs)) ? -EFAULT : 0;
}

static int setregs(struct task_struct *child, const unsigned long __user *uregs)
{
	unsigned long regs[USER_REGS_WORDS];
	int i, err;

	if (copy_from_user(regs, uregs, sizeof(regs)))
		return -EFAULT;
	for (i = 0; i < USER_REGS_WORDS; i++) {
		err = putreg(child, i * 8, regs[i]);
		if (err)
			return err;
	}
	return 0;
}

/* struct user_fpregs_struct is the FXSAVE image switch_to keeps. */
static int setfpregs(struct task_struct *child, const void __user *ufp)
{
	struct fxregs_state fp;

	if (copy_from_user(&fp, ufp, sizeof(fp)))
		return -EFAULT;
	fp.mxcsr &= 0xffff;	/* reserved MXCSR bits would fault in fxrstor */
	child->thread.fpu = fp;
	return 0;
}

/* PTRACE_SINGLESTEP: the trap flag makes the CPU raise #DB after one instruction. */
void user_enable_single_step(struct task_struct *child)
{
	task_pt_regs(child)->flags |= X86_EFLAGS_TF;
	child->ptrace |= PT_SINGLESTEP;
}

/* Clear TF again when the tracer stops stepping. */
void user_disable_single_step(struct task_struct *child)
{
	if (child->ptrace & PT_SINGLESTEP)
		task_pt_regs(child)->flags &= ~X86_EFLAGS_TF;
	child->ptrace &= ~PT_SINGLESTEP;
}

long arch_ptrace(struct task_struct *child, long request, unsigned long addr, unsigned long data)
{
	switch (request) {
	case PTRACE_PEEKUSR:
		return peekusr(child, addr, (unsigned long __user *)data);
	case PTRACE_POKEUSR:
		return pokeusr(child, addr, data);
	case PTRACE_GETREGS:
		return getregs(child, (unsigned long __user *)data);
	case PTRACE_SETREGS:
		return setregs(child, (const unsigned long __user *)data);
	case PTRACE_GETFPREGS:
		return copy_to_user((void __user *)data, &child->thread.fpu,
				    sizeof(child->thread.fpu)) ? -EFAULT : 0;
	case PTRACE_SETFPREGS:
		return setfpregs(child, (const void __user *)data);
	default:
		return ptrace_request(child, request, addr, data);
	}
}
