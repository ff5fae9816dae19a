/* msr.h - model-specific registers: numbers and rdmsr/wrmsr. */
#ifndef _ASM_X86_MSR_H
#define _ASM_X86_MSR_H

#define MSR_EFER		0xc0000080
#define MSR_STAR		0xc0000081
#define MSR_LSTAR		0xc0000082
#define MSR_CSTAR		0xc0000083
#define MSR_SYSCALL_MASK	0xc0000084
#define MSR_FS_BASE		0xc0000100
#define MSR_GS_BASE		0xc0000101
#define MSR_KERNEL_GS_BASE	0xc0000102

#define EFER_SCE	(1 << 0)	/* SYSCALL/SYSRET */
#define EFER_LME	(1 << 8)
#define EFER_NX		(1 << 11)	/* no-execute bit in page tables */

#ifndef __ASSEMBLY__
static inline unsigned long rdmsr(unsigned int msr)
{
	unsigned int lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((unsigned long)hi << 32) | lo;
}

static inline void wrmsr(unsigned int msr, unsigned long value)
{
	__asm__ __volatile__("wrmsr" : : "c"(msr), "a"((unsigned int)value),
			     "d"((unsigned int)(value >> 32)) : "memory");
}

static inline unsigned long rdtsc(void)
{
	unsigned int lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((unsigned long)hi << 32) | lo;
}
#endif

#endif
