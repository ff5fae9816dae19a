/*
 * long __syscall_cp_asm(volatile int *cancel, long n, long a1, ..., long a6)
 *
 * A system call that is a cancellation point (pthread_cancel.c). The
 * cancellation request is a flag in the thread's control block; the
 * thread that cancels also sends SIGCANCEL, whose handler looks at where
 * the thread was interrupted. Everything from __cp_begin up to and
 * including the syscall instruction can be abandoned: the flag has not
 * been seen, or the call has not started (a call interrupted in the
 * kernel and about to be restarted is rewound onto its syscall
 * instruction). Such a thread is sent to __cp_cancel instead of
 * resuming. At __cp_end the call has happened, and a call that has
 * happened must not be cancelled: its result is returned, and the
 * request waits for the next cancellation point.
 *
 * The C ABI brings cancel, n, a1..a4 in rdi, rsi, rdx, rcx, r8, r9 and
 * a5, a6 on the stack; the kernel wants n in rax and the arguments in
 * rdi, rsi, rdx, r10, r8, r9.
 */
	.text
	.globl __syscall_cp_asm
	.type __syscall_cp_asm, @function
	.globl __cp_begin
	.globl __cp_end
	.globl __cp_cancel
__syscall_cp_asm:
__cp_begin:
	movl (%rdi), %eax
	testl %eax, %eax
	jnz __cp_cancel
	movq %rsi, %rax
	movq %rdx, %rdi
	movq %rcx, %rsi
	movq %r8, %rdx
	movq %r9, %r10
	movq 8(%rsp), %r8
	movq 16(%rsp), %r9
	syscall
__cp_end:
	ret
__cp_cancel:
	/* A tail call: __cancel finds the stack as a called function would. */
	jmp __cancel
	.size __syscall_cp_asm, .-__syscall_cp_asm

	.section .note.GNU-stack,"",@progbits
