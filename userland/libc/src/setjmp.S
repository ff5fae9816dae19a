/*
 * setjmp/longjmp: save and restore the callee-saved registers, the stack
 * pointer and the return address (the layout of jmp_buf in setjmp.h).
 * sigsetjmp saves the same and then jumps to __sigsetjmp_mask (signal.c),
 * which returns 0 to sigsetjmp's caller.
 */

/* Saves the caller's registers, stack pointer and return address into the jmp_buf at %rdi. */
	.macro SAVE_CALLER_STATE
	movq %rbx, 0(%rdi)
	movq %rbp, 8(%rdi)
	movq %r12, 16(%rdi)
	movq %r13, 24(%rdi)
	movq %r14, 32(%rdi)
	movq %r15, 40(%rdi)
	leaq 8(%rsp), %rdx		/* rsp as it will be after our ret */
	movq %rdx, 48(%rdi)
	movq (%rsp), %rdx		/* where setjmp returns to */
	movq %rdx, 56(%rdi)
	.endm

	.text
	.globl sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	SAVE_CALLER_STATE
	jmp __sigsetjmp_mask
	.size sigsetjmp, .-sigsetjmp

	.globl setjmp
	.globl _setjmp
	.type setjmp, @function
	.type _setjmp, @function
setjmp:
_setjmp:
	SAVE_CALLER_STATE
	xorl %eax, %eax
	ret
	.size setjmp, .-setjmp

	.globl longjmp
	.globl _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	movl %esi, %eax
	testl %eax, %eax		/* longjmp(env, 0) makes setjmp return 1 */
	jnz .Lnonzero
	movl $1, %eax
.Lnonzero:
	movq 0(%rdi), %rbx
	movq 8(%rdi), %rbp
	movq 16(%rdi), %r12
	movq 24(%rdi), %r13
	movq 32(%rdi), %r14
	movq 40(%rdi), %r15
	movq 48(%rdi), %rsp
	jmp *56(%rdi)
	.size longjmp, .-longjmp

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
