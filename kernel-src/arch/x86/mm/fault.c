/*
 * fault.c - the page-fault handler (#PF, vector 14).
 *
 * 1. A fault on a user address inside one of the task's memory areas is
 *    normal: the page is allocated now (demand paging).
 * 2. Otherwise, in user mode, the program touched memory it does not own:
 *    SIGSEGV, with Linux's "segfault at" line in the log.
 * 3. In kernel mode with an exception-table entry for the faulting
 *    instruction (copy_from_user and friends): continue at the fixup,
 *    which makes the system call return -EFAULT.
 * 4. Otherwise it is a kernel bug: an oops.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <asm/processor.h>

void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long address = read_cr2();
	struct task_struct *tsk = current;
	struct mm_struct *mm = tsk ? tsk->mm : NULL;

	if (address < TASK_SIZE_MAX && mm && !(error_code & PF_RSVD) &&
	    handle_mm_fault(mm, address, error_code) == 0)
		return;

	if (user_mode(regs)) {
		printk(KERN_INFO "%s[%d]: segfault at %lx ip %016lx sp %016lx error %lx\n",
		       tsk->comm, tsk->pid, address, regs->ip, regs->sp, error_code);
		force_sig(SIGSEGV, tsk);
		return;
	}

	if (fixup_exception(regs, X86_TRAP_PF))
		return;

	printk(KERN_ALERT "BUG: unable to handle kernel %s at %016lx\n",
	       address < PAGE_SIZE ? "NULL pointer dereference" : "paging request", address);
	printk(KERN_ALERT "IP: [<%016lx>] %pS\n", regs->ip, (void *)regs->ip);
	die("Oops", regs, error_code);
}
