/*
 * signal.c - running a user signal handler, x86-64 style.
 *
 * To deliver a signal to a handler we push an rt_sigframe on the user
 * stack: the return address (the handler's sa_restorer, which calls
 * rt_sigreturn), a ucontext holding every register we are about to
 * overwrite, and a siginfo.  The task then "returns" into the handler.
 * rt_sigreturn reads the ucontext back and resumes where it was.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <asm/segment.h>
#include <asm/processor.h>

struct sigcontext {
	u64 r8, r9, r10, r11, r12, r13, r14, r15;
	u64 di, si, bp, bx, dx, ax, cx, sp, ip, flags;
	u16 cs, gs, fs, ss;
	u64 err, trapno, oldmask, cr2;
	u64 fpstate;			/* user address of the saved FPU state */
	u64 reserved1[8];
};

struct ucontext {
	unsigned long uc_flags;
	struct ucontext __user *uc_link;
	struct user_stack uc_stack;
	struct sigcontext uc_mcontext;
	sigset_t uc_sigmask;
};

struct siginfo {
	int si_signo, si_errno, si_code, pad;
	union {
		struct {
			int si_pid, si_uid;
			u64 si_value;	/* si_value (sigqueue), or si_status (SIGCHLD) */
		};
		void __user *si_addr;	/* a fault's address */
	};
	char rest[96];
};

struct rt_sigframe {
	char __user *pretcode;
	struct ucontext uc;
	struct siginfo info;
	u64 pad;			/* puts fpstate at a 16-byte boundary */
	struct fxregs_state fpstate;
};

/* User-changeable flags: CF PF AF ZF SF TF DF OF AC and friends. */
#define FIX_EFLAGS	0x40dd5UL

/*
 * Where the frame goes: below the interrupted code's 128-byte red zone, or at the top
 * of the alternate stack for an SA_ONSTACK handler when the task is not already on it.
 * The handler starts as if called: (sp + 8) is a multiple of 16.
 */
static unsigned long frame_address(struct k_sigaction *ka, struct pt_regs *regs, size_t size)
{
	unsigned long sp = regs->sp - 128;

	if ((ka->sa.sa_flags & SA_ONSTACK) && sas_ss_flags(regs->sp) == 0)
		sp = current->sas_ss_sp + current->sas_ss_size;
	return ((sp - size) & ~15UL) - 8;
}

int setup_rt_frame(const struct ksiginfo *info, struct k_sigaction *ka, sigset_t oldmask, struct pt_regs *regs)
{
	static struct rt_sigframe frame;	/* one CPU, interrupts off: no sharing */
	unsigned long sp = frame_address(ka, regs, sizeof(frame));
	struct rt_sigframe __user *uframe = (struct rt_sigframe __user *)sp;
	struct sigcontext *sc = &frame.uc.uc_mcontext;

	memset(&frame, 0, sizeof(frame));
	frame.pretcode = ka->sa.sa_restorer;
	/* The stack settings in force when interrupted: rt_sigreturn puts them back. */
	frame.uc.uc_stack.ss_sp = (void __user *)current->sas_ss_sp;
	frame.uc.uc_stack.ss_size = current->sas_ss_size;
	frame.uc.uc_stack.ss_flags = sas_ss_flags(regs->sp) | current->sas_ss_flags;
	sc->r8 = regs->r8; sc->r9 = regs->r9; sc->r10 = regs->r10; sc->r11 = regs->r11;
	sc->r12 = regs->r12; sc->r13 = regs->r13; sc->r14 = regs->r14; sc->r15 = regs->r15;
	sc->di = regs->di; sc->si = regs->si; sc->bp = regs->bp; sc->bx = regs->bx;
	sc->dx = regs->dx; sc->ax = regs->ax; sc->cx = regs->cx; sc->sp = regs->sp;
	sc->ip = regs->ip; sc->flags = regs->flags; sc->cs = __USER_CS; sc->ss = __USER_DS;
	sc->oldmask = oldmask;
	sc->fpstate = (u64)&uframe->fpstate;
	frame.uc.uc_sigmask = oldmask;
	frame.info.si_signo = info->signo;
	frame.info.si_code = info->code;
	frame.info.si_pid = info->pid;
	frame.info.si_uid = info->uid;
	frame.info.si_value = info->value;
	/* A fault's si_code is positive (SEGV_ACCERR...); kill's and sigqueue's are not. */
	if ((info->signo == SIGSEGV || info->signo == SIGBUS) && info->code > 0)
		frame.info.si_addr = (void __user *)info->addr;
	fxsave(&frame.fpstate);
	if (copy_to_user(uframe, &frame, sizeof(frame)))
		return -EFAULT;

	regs->di = info->signo;
	regs->si = (unsigned long)&uframe->info;
	regs->dx = (unsigned long)&uframe->uc;
	regs->ax = 0;
	regs->sp = sp;
	regs->ip = (unsigned long)ka->sa.sa_handler;
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->flags &= ~(X86_EFLAGS_TF | X86_EFLAGS_DF);
	/* SS_AUTODISARM: a nested signal must not reuse the stack this handler is on. */
	if (current->sas_ss_flags & SS_AUTODISARM) {
		current->sas_ss_sp = 0;
		current->sas_ss_size = 0;
	}
	return 0;
}

SYSCALL_DEFINE0(rt_sigreturn)
{
	static struct rt_sigframe frame;
	struct pt_regs *regs = current_pt_regs();
	struct rt_sigframe __user *uframe = (struct rt_sigframe __user *)(regs->sp - 8);
	struct sigcontext *sc = &frame.uc.uc_mcontext;

	/*
	 * A non-canonical rip would make the final IRET fault inside the
	 * kernel, after the switch back to the user's %gs: refuse it here.
	 */
	if (copy_from_user(&frame, uframe, sizeof(frame)) || sc->ip >= TASK_SIZE_MAX) {
		force_sig(SIGSEGV, current);
		return 0;
	}
	current->blocked = frame.uc.uc_sigmask & ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	/* As Linux's restore_altstack: settings the handler could not make are ignored. */
	do_sigaltstack(&frame.uc.uc_stack, sc->sp);
	regs->r8 = sc->r8; regs->r9 = sc->r9; regs->r10 = sc->r10; regs->r11 = sc->r11;
	regs->r12 = sc->r12; regs->r13 = sc->r13; regs->r14 = sc->r14; regs->r15 = sc->r15;
	regs->di = sc->di; regs->si = sc->si; regs->bp = sc->bp; regs->bx = sc->bx;
	regs->dx = sc->dx; regs->ax = sc->ax; regs->cx = sc->cx; regs->sp = sc->sp;
	regs->ip = sc->ip;
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS);
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->orig_ax = -1;
	frame.fpstate.mxcsr &= 0xffff;	/* reserved MXCSR bits would fault in fxrstor */
	fxrstor(&frame.fpstate);
	return regs->ax;
}
