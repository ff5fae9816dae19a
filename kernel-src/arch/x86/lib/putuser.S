/*
 * putuser.S - put_user(): write one 1/2/4/8-byte value to user space.
 *
 *   int __put_user_N(void __user *ptr, unsigned long val)
 *
 * returns 0, or -EFAULT when ptr is not a user address or the write faults.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/asm.h>
#include <asm/page.h>

	.text
ENTRY(__put_user_1)
	movabsq	$(TASK_SIZE_MAX - 1), %rax
	cmpq	%rax, %rdi
	ja	bad_put_user
1:	movb	%sil, (%rdi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(1b, bad_put_user)
ENDPROC(__put_user_1)

ENTRY(__put_user_2)
	movabsq	$(TASK_SIZE_MAX - 2), %rax
	cmpq	%rax, %rdi
	ja	bad_put_user
2:	movw	%si, (%rdi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(2b, bad_put_user)
ENDPROC(__put_user_2)

ENTRY(__put_user_4)
	movabsq	$(TASK_SIZE_MAX - 4), %rax
	cmpq	%rax, %rdi
	ja	bad_put_user
3:	movl	%esi, (%rdi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(3b, bad_put_user)
ENDPROC(__put_user_4)

ENTRY(__put_user_8)
	movabsq	$(TASK_SIZE_MAX - 8), %rax
	cmpq	%rax, %rdi
	ja	bad_put_user
4:	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(4b, bad_put_user)
ENDPROC(__put_user_8)

bad_put_user:
	movq	$(-EFAULT), %rax
	ret
END(bad_put_user)

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack, "", @progbits
