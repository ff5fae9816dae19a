/*
 * long __syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
 *
 * The one place where a C call becomes a system call. The C ABI passes
 * n, a1..a5 in rdi, rsi, rdx, rcx, r8, r9 and a6 on the stack; the kernel
 * wants the number in rax and arguments in rdi, rsi, rdx, r10, r8, r9
 * (r10, because the syscall instruction overwrites rcx with the return
 * address). The raw result comes back in rax: -4095..-1 means -errno.
 */
	.text
	.globl __syscall6
	.type __syscall6, @function
__syscall6:
	movq %rdi, %rax
	movq %rsi, %rdi
	movq %rdx, %rsi
	movq %rcx, %rdx
	movq %r8, %r10
	movq %r9, %r8
	movq 8(%rsp), %r9
	syscall
	ret
	.size __syscall6, .-__syscall6

/*
 * Signal handlers return here: the kernel built the signal frame so that
 * rt_sigreturn (15) restores the interrupted context from it.
 */
	.globl __restore_rt
	.type __restore_rt, @function
__restore_rt:
	movq $15, %rax
	syscall
	hlt
	.size __restore_rt, .-__restore_rt

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
