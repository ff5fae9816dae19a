/*
 * memcpy and memset with the string instructions: one `rep movsb` or
 * `rep stosb` does the whole job, fast on current CPUs and in our emulator
 * (which moves whole pages for them) instead of a loop of byte copies.
 * The System V ABI guarantees the direction flag is clear at calls.
 */
	.text
	.globl memcpy
	.type memcpy, @function
memcpy:
	movq %rdi, %rax		/* memcpy returns dst */
	movq %rdx, %rcx
	rep movsb
	ret
	.size memcpy, .-memcpy

	.globl memset
	.type memset, @function
memset:
	movq %rdi, %r8		/* memset returns s */
	movl %esi, %eax		/* the byte to store, in %al */
	movq %rdx, %rcx
	rep stosb
	movq %r8, %rax
	ret
	.size memset, .-memset

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
