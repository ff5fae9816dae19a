/*
 * fault.c - the page-fault handler (#PF, vector 14).
 *
 * 1. A fault on a user address inside one of the task's memory areas, an
 *    access the area allows, is normal: the page is mapped now (demand
 *    paging), or SIGBUS if it lies past the end of a mapped file.
 * 2. Otherwise, in user mode, the program touched memory it does not own
 *    (SEGV_MAPERR) or may not access so (SEGV_ACCERR): SIGSEGV, and
 *    Linux's "segfault at" line in the log when no handler will take it.
 * 3. In kernel mode with an exception-table entry for the faulting
 *    instruction (copy_from_user and friends): continue at the fixup,
 *    which makes the system call return -EFAULT.
 * 4. Otherwise it is a kernel bug: an oops.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/resource.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <asm/processor.h>

/* A fault's signal, with the si_code and si_addr a handler reads. */
void force_sig_fault(int sig, int code, unsigned long addr, struct task_struct *tsk)
{
	struct ksiginfo info = { .signo = sig, .code = code, .addr = addr };

	queue_siginfo(tsk, sig, &info);
	force_sig(sig, tsk);
}

/* Will a SIGSEGV kill tsk?  Then, as Linux, the log says why. */
static int unhandled_signal(struct task_struct *tsk, int sig)
{
	void *handler = tsk->sighand->action[sig - 1].sa.sa_handler;

	return handler == SIG_DFL || handler == SIG_IGN || (tsk->blocked & sigmask(sig));
}

static void no_context(struct pt_regs *regs, unsigned long error_code, unsigned long address)
{
	if (fixup_exception(regs, X86_TRAP_PF))
		return;
	printk(KERN_ALERT "BUG: unable to handle kernel %s at %016lx\n",
	       address < PAGE_SIZE ? "NULL pointer dereference" : "paging request", address);
	printk(KERN_ALERT "IP: [<%016lx>] %pS\n", regs->ip, (void *)regs->ip);
	die("Oops", regs, error_code);
}

static void bad_area(struct pt_regs *regs, unsigned long error_code, unsigned long address, int si_code)
{
	struct task_struct *tsk = current;

	if (!user_mode(regs)) {
		no_context(regs, error_code, address);
		return;
	}
	if (unhandled_signal(tsk, SIGSEGV))
		printk(KERN_INFO "%s[%d]: segfault at %lx ip %016lx sp %016lx error %lx\n",
		       tsk->comm, tsk->pid, address, regs->ip, regs->sp, error_code);
	force_sig_fault(SIGSEGV, si_code, address, tsk);
}

/*
 * The stack's area is set aside whole at execve (STACK_RLIMIT), and its pages come as
 * they are touched; a page further from the top than RLIMIT_STACK allows is not
 * there, as Linux's expand_stack refuses to grow the stack past the limit.
 */
static int stack_limit_exceeded(struct vm_area_struct *vma, unsigned long address)
{
	return (vma->vm_flags & VM_GROWSDOWN) && vma->vm_end - (address & PAGE_MASK) > rlimit(RLIMIT_STACK);
}

void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long address = read_cr2();
	struct task_struct *tsk = current;
	struct mm_struct *mm = tsk ? tsk->mm : NULL;
	struct vm_area_struct *vma;
	int fault;

	if (address >= TASK_SIZE_MAX || !mm || (error_code & PF_RSVD)) {
		bad_area(regs, error_code, address, SEGV_MAPERR);
		return;
	}
	vma = find_vma(mm, address);
	if (!vma || stack_limit_exceeded(vma, address)) {
		bad_area(regs, error_code, address, SEGV_MAPERR);
		return;
	}
	if (access_error(error_code, vma)) {
		bad_area(regs, error_code, address, SEGV_ACCERR);
		return;
	}
	fault = handle_mm_fault(mm, vma, address, (error_code & PF_WRITE) != 0);
	if (!fault) {
		tsk->min_flt++;		/* getrusage's ru_minflt: every page comes from memory, none from a disk */
		return;
	}
	if (fault == VM_FAULT_SIGBUS && user_mode(regs))
		force_sig_fault(SIGBUS, BUS_ADRERR, address, tsk);
	else
		bad_area(regs, error_code, address, SEGV_MAPERR);
}
