/*
 * crt0: the first code of every program.
 *
 * The kernel enters _start with %rsp pointing at argc, followed by the
 * argv pointers, a NULL, the envp pointers and another NULL (the System V
 * initial process stack). All other registers are zero, but we clear %rbp
 * ourselves: a zero frame pointer marks the outermost frame for debuggers.
 */
	.text
	.globl _start
	.type _start, @function
_start:
	xorl %ebp, %ebp
	movq (%rsp), %rdi		/* argc */
	leaq 8(%rsp), %rsi		/* argv */
	leaq 8(%rsi,%rdi,8), %rdx	/* envp = &argv[argc + 1] */
	andq $-16, %rsp			/* the ABI wants 16-byte alignment at a call */
	call __libc_start_main		/* never returns: it calls exit() */
	hlt
	.size _start, .-_start

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
