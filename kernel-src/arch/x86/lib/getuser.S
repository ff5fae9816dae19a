/*
 * getuser.S - get_user(): read one 1/2/4/8-byte value from user space.
 *
 *   int __get_user_N(const void __user *ptr, unsigned long *val)
 *
 * returns 0 and stores the value, or -EFAULT (and stores 0) when ptr is
 * not a user address or the read faults.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/asm.h>
#include <asm/page.h>

	.text
ENTRY(__get_user_1)
	movabsq	$(TASK_SIZE_MAX - 1), %rax
	cmpq	%rax, %rdi
	ja	bad_get_user
1:	movzbl	(%rdi), %edx
	movq	%rdx, (%rsi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(1b, bad_get_user)
ENDPROC(__get_user_1)

ENTRY(__get_user_2)
	movabsq	$(TASK_SIZE_MAX - 2), %rax
	cmpq	%rax, %rdi
	ja	bad_get_user
2:	movzwl	(%rdi), %edx
	movq	%rdx, (%rsi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(2b, bad_get_user)
ENDPROC(__get_user_2)

ENTRY(__get_user_4)
	movabsq	$(TASK_SIZE_MAX - 4), %rax
	cmpq	%rax, %rdi
	ja	bad_get_user
3:	movl	(%rdi), %edx
	movq	%rdx, (%rsi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(3b, bad_get_user)
ENDPROC(__get_user_4)

ENTRY(__get_user_8)
	movabsq	$(TASK_SIZE_MAX - 8), %rax
	cmpq	%rax, %rdi
	ja	bad_get_user
4:	movq	(%rdi), %rdx
	movq	%rdx, (%rsi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(4b, bad_get_user)
ENDPROC(__get_user_8)

bad_get_user:
	movq	$0, (%rsi)
	movq	$(-EFAULT), %rax
	ret
END(bad_get_user)

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack, "", @progbits
