/*
 * processor.h - CPU control: control registers, flags, interrupts on/off,
 * and the per-task CPU state that is not in pt_regs (struct thread_struct).
 */
#ifndef _ASM_X86_PROCESSOR_H
#define _ASM_X86_PROCESSOR_H

#include <linux/types.h>

#define X86_EFLAGS_TF	0x00000100
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_DF	0x00000400
#define X86_EFLAGS_IOPL	0x00003000
#define X86_EFLAGS_NT	0x00004000
#define X86_EFLAGS_RF	0x00010000
#define X86_EFLAGS_AC	0x00040000
#define X86_EFLAGS_FIXED 0x00000002

#define X86_CR0_MP	0x00000002
#define X86_CR0_EM	0x00000004
#define X86_CR0_TS	0x00000008
#define X86_CR0_NE	0x00000020
#define X86_CR0_WP	0x00010000
#define X86_CR4_PAE	0x00000020
#define X86_CR4_OSFXSR	0x00000200
#define X86_CR4_OSXMMEXCPT 0x00000400

#ifndef __ASSEMBLY__
/* The fxsave64 image of the x87/SSE registers: 512 bytes, 16-aligned. */
struct fxregs_state {
	u16 cwd, swd, twd, fop;
	u64 rip, rdp;
	u32 mxcsr, mxcsr_mask;
	u32 st_space[32];
	u32 xmm_space[64];
	u32 padding[24];
} __attribute__((aligned(16)));

struct thread_struct {
	unsigned long sp;	/* kernel rsp while switched out */
	unsigned long fsbase;	/* user FS base (TLS) */
	unsigned long gsbase;	/* user GS base */
	int kernel_ds;		/* set_fs(KERNEL_DS) while switched out */
	struct fxregs_state fpu;
};

static inline unsigned long read_cr0(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr0, %0" : "=r"(v));
	return v;
}
static inline void write_cr0(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr0" : : "r"(v) : "memory");
}
static inline unsigned long read_cr2(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr2, %0" : "=r"(v));
	return v;
}
static inline unsigned long read_cr3(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr3, %0" : "=r"(v));
	return v;
}
static inline void write_cr3(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr3" : : "r"(v) : "memory");
}
static inline unsigned long read_cr4(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr4, %0" : "=r"(v));
	return v;
}
static inline void write_cr4(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr4" : : "r"(v) : "memory");
}
static inline void local_irq_disable(void) { __asm__ __volatile__("cli" : : : "memory"); }
static inline void local_irq_enable(void) { __asm__ __volatile__("sti" : : : "memory"); }
/* sti takes effect after the next instruction, so no interrupt is lost before hlt. */
static inline void safe_halt(void) { __asm__ __volatile__("sti; hlt" : : : "memory"); }
static inline void halt(void) { __asm__ __volatile__("hlt" : : : "memory"); }
static inline void invlpg(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}
static inline void fxsave(struct fxregs_state *fx)
{
	__asm__ __volatile__("fxsave64 (%0)" : : "r"(fx) : "memory");
}
static inline void fxrstor(struct fxregs_state *fx)
{
	__asm__ __volatile__("fxrstor64 (%0)" : : "r"(fx) : "memory");
}

#endif /* __ASSEMBLY__ */

#endif
