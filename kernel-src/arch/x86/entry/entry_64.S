/*
 * entry_64.S - every way into the kernel from user mode or the hardware:
 * the SYSCALL instruction, CPU exceptions and external interrupts.
 *
 * Each path saves the interrupted registers as a struct pt_regs on the
 * current task's kernel stack, calls a C function with a pointer to it,
 * and restores from it on the way out (so C code can change what user
 * space sees: a system call's return value, a new program's rip after
 * execve, a signal handler's frame).
 *
 * On entry from user mode %gs still holds the user's GS base; swapgs
 * exchanges it with MSR_KERNEL_GS_BASE, which points at cpu_data.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/segment.h>
#include <asm/ptrace.h>
#include <asm/percpu.h>
#include <asm/processor.h>

/* Push the general registers below orig_ax, completing a struct pt_regs. */
.macro SAVE_REGS
	pushq	%rdi
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	%rax
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
.endm

/* Pop them again, leaving %rsp at orig_ax. */
.macro RESTORE_REGS
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
.endm

	.text

/*
 * entry_SYSCALL_64 - the SYSCALL instruction lands here (MSR_LSTAR).
 *
 * The CPU saved the user rip in rcx and rflags in r11, cleared IF (FMASK)
 * and did not touch rsp, so we are still on the user stack: switch to the
 * task's kernel stack before anything else.  The number is in rax, the
 * arguments in rdi, rsi, rdx, r10, r8, r9.
 */
ENTRY(entry_SYSCALL_64)
	swapgs
	movq	%rsp, PER_CPU_VAR(PER_CPU_RSP_SCRATCH)
	movq	PER_CPU_VAR(PER_CPU_TOP_OF_STACK), %rsp

	/* Build the frame an interrupt would have pushed, then pt_regs. */
	pushq	$__USER_DS			/* ss */
	pushq	PER_CPU_VAR(PER_CPU_RSP_SCRATCH) /* sp */
	pushq	%r11				/* flags */
	pushq	$__USER_CS			/* cs */
	pushq	%rcx				/* ip */
	pushq	%rax				/* orig_ax: the system-call number */
	pushq	%rdi
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	$-ENOSYS			/* ax: the result if nr is out of range */
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	cld

	movq	%rsp, %rdi
	call	do_syscall_64		/* also handles signals and rescheduling */

	/*
	 * SYSRET is faster than IRET but can only restore rip from rcx and
	 * rflags from r11, and faults in ring 0 on a non-canonical rip.  Use
	 * it only when the saved state is exactly what SYSRET would produce;
	 * otherwise (after execve, sigreturn, ...) return with IRET.
	 */
	movq	RCX(%rsp), %rcx
	movq	RIP(%rsp), %r11
	cmpq	%rcx, %r11
	jne	swapgs_restore_regs_and_iret
	shlq	$16, %rcx
	sarq	$16, %rcx
	cmpq	%rcx, %r11
	jne	swapgs_restore_regs_and_iret
	cmpq	$__USER_CS, CS(%rsp)
	jne	swapgs_restore_regs_and_iret
	movq	R11(%rsp), %r11
	cmpq	%r11, EFLAGS(%rsp)
	jne	swapgs_restore_regs_and_iret
	testq	$(X86_EFLAGS_RF | X86_EFLAGS_TF), %r11
	jnz	swapgs_restore_regs_and_iret
	cmpq	$__USER_DS, SS(%rsp)
	jne	swapgs_restore_regs_and_iret

	RESTORE_REGS			/* rcx = ip, r11 = flags */
	movq	RSP-ORIG_RAX(%rsp), %rsp
	swapgs
	sysretq
END(entry_SYSCALL_64)

/*
 * The /ptregs entries of the system-call table (fork, execve...) need
 * the complete pt_regs.  Our entry path always saves all of it, so the
 * stubs simply continue into the real function.
 */
.macro ptregs_stub func
ENTRY(ptregs_\func)
	jmp	\func
END(ptregs_\func)
.endm

	ptregs_stub sys_rt_sigreturn
	ptregs_stub sys_clone
	ptregs_stub sys_fork
	ptregs_stub sys_vfork
	ptregs_stub sys_execve
	ptregs_stub sys_iopl
	ptregs_stub sys_execveat

/*
 * Return to user mode with IRET from a complete pt_regs at %rsp: handle
 * pending signals and rescheduling first.
 */
ENTRY(ret_to_user)
	movq	%rsp, %rdi
	call	prepare_exit_to_usermode
swapgs_restore_regs_and_iret:
	RESTORE_REGS
	addq	$8, %rsp			/* orig_ax */
	swapgs
	iretq
END(ret_to_user)

/* Leave an exception or interrupt: to user mode via ret_to_user, or back into the kernel. */
ENTRY(ret_from_exception)
	testb	$3, CS(%rsp)
	jnz	ret_to_user
	RESTORE_REGS
	addq	$8, %rsp
	iretq
END(ret_from_exception)

/*
 * A new task's first switch_to returns here (see copy_thread).  A kernel
 * thread has its function in rbx and argument in r12; when the function
 * returns (init after a successful execve) the task continues to user
 * mode from the pt_regs at the top of its stack, like a forked child.
 */
ENTRY(ret_from_fork)
	testq	%rbx, %rbx
	jz	1f
	movq	%r12, %rdi
	call	*%rbx
1:	jmp	ret_to_user
END(ret_from_fork)

/*
 * __switch_to_asm(unsigned long *prev_sp, unsigned long next_sp) - save the
 * callee-saved registers on this stack, park the stack pointer, and
 * resume the other task where it parked its own.
 */
ENTRY(__switch_to_asm)
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, (%rdi)
	movq	%rsi, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
END(__switch_to_asm)

/*
 * Exception stubs.  The CPU pushed ss, rsp, rflags, cs, rip and, for some
 * vectors, an error code; the others push -1 so the frame is the same.
 * do_exception(regs, error_code, trapnr) is in arch/x86/kernel/traps.c.
 */
.macro idtentry sym vector has_error_code
ENTRY(\sym)
	.if \has_error_code == 0
	pushq	$-1
	.endif
	testb	$3, 16(%rsp)			/* cs: from user mode? */
	jz	1f
	swapgs
1:	SAVE_REGS
	cld
	movq	%rsp, %rdi
	movq	ORIG_RAX(%rsp), %rsi
	movq	$\vector, %rdx
	movq	$-1, ORIG_RAX(%rsp)
	call	do_exception
	jmp	ret_from_exception
END(\sym)
.endm

	idtentry divide_error			0	0
	idtentry debug				1	0
	idtentry nmi				2	0
	idtentry int3				3	0
	idtentry overflow			4	0
	idtentry bounds				5	0
	idtentry invalid_op			6	0
	idtentry device_not_available		7	0
	idtentry double_fault			8	1
	idtentry coprocessor_segment_overrun	9	0
	idtentry invalid_TSS			10	1
	idtentry segment_not_present		11	1
	idtentry stack_segment			12	1
	idtentry general_protection		13	1
	idtentry page_fault			14	1
	idtentry spurious_interrupt_bug		15	0
	idtentry coprocessor_error		16	0
	idtentry alignment_check		17	1
	idtentry machine_check			18	0
	idtentry simd_coprocessor_error		19	0
	idtentry reserved_exception		20	0

/*
 * External interrupts (the 8259s remapped to vectors 0x20..0x2f): each
 * stub pushes ~vector into orig_ax, as Linux does, and joins
 * common_interrupt, which calls do_IRQ(regs).
 */
	.balign 8
ENTRY(irq_entries_start)
	vector = 0x20
	.rept 16
	pushq	$(~vector)
	jmp	common_interrupt
	.balign 8
	vector = vector + 1
	.endr
END(irq_entries_start)

common_interrupt:
	testb	$3, 16(%rsp)
	jz	1f
	swapgs
1:	SAVE_REGS
	cld
	movq	%rsp, %rdi
	call	do_IRQ
	jmp	ret_from_exception
END(common_interrupt)

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack, "", @progbits
