/*
 * copy_user_64.S - copying to, from and clearing user memory.
 *
 * "rep movsb" counts rcx down as it goes; if it faults on a bad user
 * address the exception table sends us to the fixup with rcx = the bytes
 * not yet copied, which is exactly what the callers want to know.
 * Callers check the range with access_ok() first (arch/x86/lib/usercopy_64.c).
 */
#include <linux/linkage.h>
#include <asm/asm.h>

	.text
/* unsigned long copy_user_generic(void *to, const void *from, unsigned long n) */
ENTRY(copy_user_generic)
	movq	%rdx, %rcx
1:	rep movsb
2:	movq	%rcx, %rax
	ret
	_ASM_EXTABLE(1b, 2b)
ENDPROC(copy_user_generic)

/* unsigned long __clear_user(void __user *to, unsigned long n) */
ENTRY(__clear_user)
	movq	%rsi, %rcx
	xorl	%eax, %eax
1:	rep stosb
2:	movq	%rcx, %rax
	ret
	_ASM_EXTABLE(1b, 2b)
ENDPROC(__clear_user)

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack, "", @progbits
