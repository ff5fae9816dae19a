/*
 * memcpy_64.S - memcpy and memset with the string instructions: one
 * instruction moves the whole block, which is fast on real CPUs and in
 * the emulator alike.
 */
#include <linux/linkage.h>

	.text
/* void *memcpy(void *dst, const void *src, size_t n) */
ENTRY(memcpy)
	movq	%rdi, %rax
	movq	%rdx, %rcx
	rep movsb
	ret
ENDPROC(memcpy)

/* void *memset(void *s, int c, size_t n) */
ENTRY(memset)
	movq	%rdi, %r9
	movl	%esi, %eax
	movq	%rdx, %rcx
	rep stosb
	movq	%r9, %rax
	ret
ENDPROC(memset)

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack, "", @progbits
