/*
 * ptrace.h - struct pt_regs: the user registers as saved on the kernel
 * stack by every entry path (system call, exception, interrupt).  The
 * layout is Linux's; entry_64.S builds it with pushes in reverse order.
 */
#ifndef _ASM_X86_PTRACE_H
#define _ASM_X86_PTRACE_H

/* Byte offsets into struct pt_regs, for assembly. */
#define R15		0
#define R14		8
#define R13		16
#define R12		24
#define RBP		32
#define RBX		40
#define R11		48
#define R10		56
#define R9		64
#define R8		72
#define RAX		80
#define RCX		88
#define RDX		96
#define RSI		104
#define RDI		112
#define ORIG_RAX	120
#define RIP		128
#define CS		136
#define EFLAGS		144
#define RSP		152
#define SS		160
#define SIZEOF_PTREGS	168

#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long r15, r14, r13, r12, bp, bx;
	unsigned long r11, r10, r9, r8, ax, cx, dx, si, di;
	/* syscall: the number; exception: the error code; irq: ~vector */
	unsigned long orig_ax;
	/* pushed by the CPU (or built to look like it by the syscall entry) */
	unsigned long ip, cs, flags, sp, ss;
};

static inline int user_mode(struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}
#endif

#endif
