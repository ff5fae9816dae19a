/*
 * percpu.h - this (only) CPU's private data, reached through %gs in the
 * kernel.  entry_SYSCALL_64 uses it before it has a kernel stack: swapgs
 * makes %gs point here, then the user rsp is parked in rsp_scratch and the
 * task's kernel stack top is loaded from cpu_current_top_of_stack.
 */
#ifndef _ASM_X86_PERCPU_H
#define _ASM_X86_PERCPU_H

#define PER_CPU_RSP_SCRATCH	0
#define PER_CPU_TOP_OF_STACK	8
#define PER_CPU_CURRENT		16

#ifdef __ASSEMBLY__
#define PER_CPU_VAR(off) %gs:off
#else
struct task_struct;
struct x86_cpu {
	unsigned long rsp_scratch;
	unsigned long cpu_current_top_of_stack;
	struct task_struct *current_task;
	int kernel_ds;		/* the running task's set_fs(KERNEL_DS) (asm/uaccess.h) */
};
extern struct x86_cpu cpu_data;
#endif

#endif
