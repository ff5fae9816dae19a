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

struct user_stack {
	void __user *ss_sp;
	int ss_flags;
	size_t ss_size;
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
	int si_pid, si_uid;
	char rest[104];
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

int setup_rt_frame(int sig, struct k_sigaction *ka, sigset_t oldmask, struct pt_regs *regs)
{
	static struct rt_sigframe frame;	/* one CPU, interrupts off: no sharing */
	unsigned long sp = ((regs->sp - 128 - sizeof(frame)) & ~15UL) - 8;
	struct rt_sigframe __user *uframe = (struct rt_sigframe __user *)sp;
	struct sigcontext *sc = &frame.uc.uc_mcontext;

	memset(&frame, 0, sizeof(frame));
	frame.pretcode = ka->sa.sa_restorer;
	sc->r8 = regs->r8; sc->r9 = regs->r9; sc->r10 = regs->r10; sc->r11 = regs->r11;
	sc->r12 = regs->r12; sc->r13 = regs->r13; sc->r14 = regs->r14; sc->r15 = regs->r15;
	sc->di = regs->di; sc->si = regs->si; sc->bp = regs->bp; sc->bx = regs->bx;
	sc->dx = regs->dx; sc->ax = regs->ax; sc->cx = regs->cx; sc->sp = regs->sp;
	sc->ip = regs->ip; sc->flags = regs->flags; sc->cs = __USER_CS; sc->ss = __USER_DS;
	sc->oldmask = oldmask;
	sc->fpstate = (u64)&uframe->fpstate;
	frame.uc.uc_sigmask = oldmask;
	frame.info.si_signo = sig;
	fxsave(&frame.fpstate);
	if (copy_to_user(uframe, &frame, sizeof(frame)))
		return -EFAULT;

	regs->di = sig;
	regs->si = (unsigned long)&uframe->info;
	regs->dx = (unsigned long)&uframe->uc;
	regs->ax = 0;
	regs->sp = sp;
	regs->ip = (unsigned long)ka->sa.sa_handler;
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->flags &= ~(X86_EFLAGS_TF | X86_EFLAGS_DF);
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
