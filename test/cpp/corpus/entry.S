/* An assembler file in the style of Linux's entry_64.S */
#include <linkage.h>
#define __NR_syscall_max 329
#define PTREGS_SIZE (21*8)
#define SAVE_REG(r, off) movq %r, off(%rsp)
#ifdef __ASSEMBLER__
	.text
ENTRY(entry_SYSCALL_64)
	subq	$PTREGS_SIZE, %rsp
	SAVE_REG(rdi, 0x70)
	SAVE_REG(rsi, 0x68)
	cmpq	$__NR_syscall_max, %rax
	ja	1f
	call	*sys_call_table(, %rax, 8)
1:	movq	%rax, 0x50(%rsp)
	movb	$'a', %al
	.ascii	"it's #not a comment"
	jmp	1b
END(entry_SYSCALL_64)
#endif
	.data
value:	.quad	__NR_syscall_max + 1
