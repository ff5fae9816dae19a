/*
 * common.c - per-CPU setup: the GDT (with Linux's layout) and the TSS,
 * the SYSCALL MSRs, %gs for the per-CPU area, and the FPU/SSE unit.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/percpu.h>
#include <asm/msr.h>
#include <asm/desc.h>
#include <asm/page.h>

struct x86_cpu cpu_data;
struct tss_struct cpu_tss __aligned(16);
struct fxregs_state init_fpstate;

static char doublefault_stack[PAGE_SIZE] __aligned(16);

static u64 gdt_table[GDT_ENTRIES] __aligned(16) = {
	[GDT_ENTRY_KERNEL32_CS]		= 0x00cf9b000000ffffUL,
	[GDT_ENTRY_KERNEL_CS]		= 0x00af9b000000ffffUL,
	[GDT_ENTRY_KERNEL_DS]		= 0x00cf93000000ffffUL,
	[GDT_ENTRY_DEFAULT_USER32_CS]	= 0x00cffb000000ffffUL,
	[GDT_ENTRY_DEFAULT_USER_DS]	= 0x00cff3000000ffffUL,
	[GDT_ENTRY_DEFAULT_USER_CS]	= 0x00affb000000ffffUL,
};

extern void load_gdt(struct desc_ptr *ptr);
extern void entry_SYSCALL_64(void);

/* A 64-bit TSS descriptor takes two GDT slots: base bits 63..32 in the second. */
static void set_tss_desc(void)
{
	unsigned long base = (unsigned long)&cpu_tss;
	unsigned long limit = sizeof(cpu_tss) - 1;

	gdt_table[GDT_ENTRY_TSS] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
		(0x89UL << 40) | (((limit >> 16) & 0xf) << 48) | (((base >> 24) & 0xff) << 56);
	gdt_table[GDT_ENTRY_TSS + 1] = base >> 32;
}

/*
 * SYSCALL loads CS from STAR[47:32] and SS from it + 8; SYSRET loads CS
 * from STAR[63:48] + 16 and SS from it + 8: hence __USER32_CS there.
 * FMASK clears IF so the entry code runs with interrupts off.
 */
static void syscall_init(void)
{
	wrmsr(MSR_STAR, ((unsigned long)__USER32_CS << 48) | ((unsigned long)__KERNEL_CS << 32));
	wrmsr(MSR_LSTAR, (unsigned long)entry_SYSCALL_64);
	wrmsr(MSR_SYSCALL_MASK, X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_IF |
	      X86_EFLAGS_IOPL | X86_EFLAGS_AC | X86_EFLAGS_NT);
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);
}

/*
 * User programs may use SSE; the kernel itself never does (-mno-sse).
 * init_fpstate is the state a new program starts with, as after FNINIT:
 * x87 control word 0x37f, MXCSR 0x1f80 (all exceptions masked).
 */
static void fpu_init(void)
{
	write_cr0((read_cr0() & ~(X86_CR0_EM | X86_CR0_TS)) | X86_CR0_MP | X86_CR0_NE);
	write_cr4(read_cr4() | X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT);
	memset(&init_fpstate, 0, sizeof(init_fpstate));
	init_fpstate.cwd = 0x37f;
	init_fpstate.mxcsr = 0x1f80;
	init_fpstate.mxcsr_mask = 0xffff;
	fxrstor(&init_fpstate);
}

void cpu_init(void)
{
	struct desc_ptr gdt_descr;

	set_tss_desc();
	cpu_tss.ist[DOUBLEFAULT_STACK - 1] = (unsigned long)doublefault_stack + sizeof(doublefault_stack);
	cpu_tss.io_bitmap_base = sizeof(cpu_tss);
	gdt_descr.size = sizeof(gdt_table) - 1;
	gdt_descr.address = (unsigned long)gdt_table;
	load_gdt(&gdt_descr);
	__asm__ __volatile__("ltr %w0" : : "r"(__TSS_SELECTOR));

	wrmsr(MSR_GS_BASE, (unsigned long)&cpu_data);
	wrmsr(MSR_KERNEL_GS_BASE, 0);
	syscall_init();
	fpu_init();
}

/* The stack the CPU switches to on an interrupt from user mode. */
void load_sp0(unsigned long sp0)
{
	cpu_tss.sp0 = sp0;
	cpu_data.cpu_current_top_of_stack = sp0;
}
