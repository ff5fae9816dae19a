/*
 * int __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *             int *ptid, void *tls, int *ctid)
 *
 * clone(2) for pthread_create: the child starts on `stack` (a fresh,
 * empty stack), so it cannot return through our caller's frames.  It
 * calls fn(arg) and ends the thread with fn's result.  The parent gets the
 * child's tid, or -errno.
 *
 * C arguments: rdi fn, rsi stack, rdx flags, rcx arg, r8 ptid, r9 tls,
 * 8(%rsp) ctid.  The kernel's: rax 56, rdi flags, rsi stack, rdx ptid,
 * r10 ctid, r8 tls.  fn travels in r9 (the syscall instruction keeps it;
 * it destroys rcx and r11), arg on the child's stack.
 */
	.text
	.globl __clone
	.type __clone, @function
__clone:
	andq $-16, %rsi
	subq $8, %rsi
	movq %rcx, (%rsi)		/* arg, popped by the child */
	movq %rdi, %r11
	movl %edx, %edi			/* flags */
	movq %r8, %rdx			/* ptid */
	movq %r9, %r8			/* tls */
	movq 8(%rsp), %r10		/* ctid */
	movq %r11, %r9			/* fn */
	movl $56, %eax			/* __NR_clone */
	syscall
	testq %rax, %rax
	jnz 1f
	/* The child: the stack holds arg; popping it leaves %rsp 16-aligned for the call. */
	xorl %ebp, %ebp			/* the outermost frame */
	popq %rdi
	call *%r9
	movl %eax, %edi
	movl $60, %eax			/* __NR_exit: this thread only */
	syscall
	hlt
1:	ret
	.size __clone, .-__clone

/*
 * void __unmap_and_exit(void *base, size_t size)
 *
 * A detached thread frees its own stack and ends: once munmap returns the
 * stack is gone, so nothing here may touch memory.
 */
	.globl __unmap_and_exit
	.type __unmap_and_exit, @function
__unmap_and_exit:
	movl $11, %eax			/* __NR_munmap(base, size) */
	syscall
	xorl %edi, %edi
	movl $60, %eax			/* __NR_exit(0) */
	syscall
	hlt
	.size __unmap_and_exit, .-__unmap_and_exit

	.section .note.GNU-stack,"",@progbits
