/*
 * traps.c - the interrupt descriptor table and what to do about CPU
 * exceptions.
 *
 * A fault in user mode becomes a signal for the task (SIGSEGV, SIGILL,
 * SIGFPE...).  A fault in the kernel is either expected - a user-memory
 * access with an exception-table fixup - or a bug: an "oops" report on
 * the console, and the task that was running is killed.  The machine
 * keeps going either way.
 */
#include <linux/kallsyms.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/utsname.h>
#include <asm/desc.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <asm/setup.h>

struct gate_struct {
	u16 offset_low;
	u16 segment;
	u8 ist;
	u8 type;		/* 0x8e: present, DPL 0, 64-bit interrupt gate */
	u16 offset_middle;
	u32 offset_high;
	u32 zero;
} __attribute__((packed));

static struct gate_struct idt_table[256] __aligned(16);

extern void divide_error(void), debug(void), nmi(void), int3(void), overflow(void),
	bounds(void), invalid_op(void), device_not_available(void), double_fault(void),
	coprocessor_segment_overrun(void), invalid_TSS(void), segment_not_present(void),
	stack_segment(void), general_protection(void), page_fault(void),
	spurious_interrupt_bug(void), coprocessor_error(void), alignment_check(void),
	machine_check(void), simd_coprocessor_error(void), reserved_exception(void);
extern char irq_entries_start[];

static void (*const exception_stubs[20])(void) = {
	divide_error, debug, nmi, int3, overflow, bounds, invalid_op,
	device_not_available, double_fault, coprocessor_segment_overrun,
	invalid_TSS, segment_not_present, stack_segment, general_protection,
	page_fault, spurious_interrupt_bug, coprocessor_error, alignment_check,
	machine_check, simd_coprocessor_error,
};

static void set_gate(int n, unsigned long addr, int ist, int dpl)
{
	struct gate_struct *g = &idt_table[n];

	g->offset_low = addr & 0xffff;
	g->segment = __KERNEL_CS;
	g->ist = (u8)ist;
	g->type = (u8)(0x8e | (dpl << 5));
	g->offset_middle = (addr >> 16) & 0xffff;
	g->offset_high = (u32)(addr >> 32);
	g->zero = 0;
}

void trap_init(void)
{
	struct desc_ptr idt_descr;
	int i;

	for (i = 0; i < 32; i++)
		set_gate(i, (unsigned long)(i < 20 ? exception_stubs[i] : reserved_exception), 0, 0);
	set_gate(X86_TRAP_BP, (unsigned long)int3, 0, 3);	/* int3 allowed from user mode */
	set_gate(X86_TRAP_DF, (unsigned long)double_fault, DOUBLEFAULT_STACK, 0);
	for (i = 0; i < 16; i++)
		set_gate(0x20 + i, (unsigned long)(irq_entries_start + 8 * i), 0, 0);
	idt_descr.size = sizeof(idt_table) - 1;
	idt_descr.address = (unsigned long)idt_table;
	__asm__ __volatile__("lidt %0" : : "m"(idt_descr));
}

void show_regs(struct pt_regs *regs)
{
	printk(KERN_DEFAULT "CPU: 0 PID: %d Comm: %s Not tainted %s %s\n",
	       current ? current->pid : 0, current ? current->comm : "swapper",
	       init_uts_name.release, init_uts_name.version);
	printk(KERN_DEFAULT "RIP: %04lx:[<%016lx>]  [<%016lx>] %pS\n",
	       regs->cs & 0xffff, regs->ip, regs->ip, (void *)regs->ip);
	printk(KERN_DEFAULT "RSP: %04lx:%016lx  EFLAGS: %08lx\n", regs->ss & 0xffff, regs->sp, regs->flags);
	printk(KERN_DEFAULT "RAX: %016lx RBX: %016lx RCX: %016lx\n", regs->ax, regs->bx, regs->cx);
	printk(KERN_DEFAULT "RDX: %016lx RSI: %016lx RDI: %016lx\n", regs->dx, regs->si, regs->di);
	printk(KERN_DEFAULT "RBP: %016lx R08: %016lx R09: %016lx\n", regs->bp, regs->r8, regs->r9);
	printk(KERN_DEFAULT "R10: %016lx R11: %016lx R12: %016lx\n", regs->r10, regs->r11, regs->r12);
	printk(KERN_DEFAULT "R13: %016lx R14: %016lx R15: %016lx\n", regs->r13, regs->r14, regs->r15);
	printk(KERN_DEFAULT "CR2: %016lx CR3: %016lx CR4: %016lx\n", read_cr2(), read_cr3(), read_cr4());
}

/*
 * The return addresses on the kernel stack, from the faulting frame up. Every word that
 * points into kernel text is shown; the ones the frame-pointer chain vouches for are
 * reliable, the others are marked "?" (left-overs from earlier calls), as Linux's
 * print_context_stack does. Code built without frame pointers shows only "?" entries.
 */
static void show_trace(struct pt_regs *regs)
{
	unsigned long *sp = (unsigned long *)regs->sp;
	unsigned long *bottom, *top;
	unsigned long bp = regs->bp;
	int shown = 0;

	if (!current || !current->stack)
		return;
	bottom = (unsigned long *)current->stack;
	top = (unsigned long *)((char *)current->stack + THREAD_SIZE);
	if (sp < bottom || sp >= top)
		return;
	printk(KERN_DEFAULT "Call Trace:\n");
	for (; sp < top && shown < 16; sp++) {
		unsigned long addr = *sp;
		int reliable = (unsigned long)sp == bp + sizeof(long);

		if (reliable && bp)
			bp = *(unsigned long *)bp;	/* the caller's frame */
		if (!core_kernel_text(addr))
			continue;
		printk(KERN_DEFAULT " [<%016lx>] %s%pS\n", addr, reliable ? "" : "? ", (void *)addr);
		shown++;
	}
}

static int die_counter;

/* An oops: report the kernel bug, then kill the task that hit it. */
void die(const char *str, struct pt_regs *regs, long err)
{
	printk(KERN_EMERG "%s: %04lx [#%d] SMP\n", str, err & 0xffff, ++die_counter);
	show_regs(regs);
	if (!user_mode(regs))
		show_trace(regs);
	printk(KERN_EMERG "---[ end trace ]---\n");
	if (!current || current->pid == 0)
		panic("Attempted to kill the idle task!");
	do_exit(SIGSEGV);
}

static const char *const trap_names[32] = {
	"divide error", "debug", "nmi", "int3", "overflow", "bounds",
	"invalid opcode", "device not available", "double fault",
	"coprocessor segment overrun", "invalid TSS", "segment not present",
	"stack segment", "general protection", "page fault", "spurious interrupt",
	"coprocessor error", "alignment check", "machine check", "simd exception",
};

static int trap_signal(int trapnr)
{
	switch (trapnr) {
	case X86_TRAP_DE: case X86_TRAP_MF: case X86_TRAP_XF:
		return SIGFPE;
	case X86_TRAP_DB: case X86_TRAP_BP:
		return SIGTRAP;
	case X86_TRAP_UD:
		return SIGILL;
	case X86_TRAP_AC:
		return SIGBUS;
	default:
		return SIGSEGV;
	}
}

/*
 * #DB in user mode: the trap flag's single step (DR6.BS; we set no breakpoint
 * registers), reported as Linux's do_debug does: SIGTRAP, TRAP_TRACE, rip
 * after the instruction.
 */
static void do_debug(struct pt_regs *regs)
{
	force_sig_fault(SIGTRAP, TRAP_TRACE, regs->ip, current);
}

/* Called by every exception stub in entry_64.S. */
__visible void do_exception(struct pt_regs *regs, long error_code, int trapnr)
{
	const char *name = trapnr < 20 ? trap_names[trapnr] : "reserved";

	if (trapnr == X86_TRAP_PF) {
		do_page_fault(regs, error_code);
		return;
	}
	if (trapnr == X86_TRAP_DF) {
		show_regs(regs);
		panic("double fault");
	}
	if (user_mode(regs)) {
		if (trapnr == X86_TRAP_GP)
			printk(KERN_INFO "traps: %s[%d] general protection ip:%lx sp:%lx error:%lx\n",
			       current->comm, current->pid, regs->ip, regs->sp, error_code);
		else if (trapnr != X86_TRAP_BP && trapnr != X86_TRAP_DB)
			printk(KERN_INFO "traps: %s[%d] trap %s ip:%lx sp:%lx error:%lx\n",
			       current->comm, current->pid, name, regs->ip, regs->sp,
			       error_code == -1 ? 0 : error_code);
		if (trapnr == X86_TRAP_DB)
			do_debug(regs);
		else
			force_sig(trap_signal(trapnr), current);
		return;
	}
	if (fixup_exception(regs, trapnr))
		return;
	die(trapnr == X86_TRAP_GP ? "general protection fault" : name, regs, error_code);
}
