/*
 * head_64.S - the first kernel code that runs.
 *
 * The boot loader (tcc-lite's emulator, see docs/architecture.md) enters
 * startup_64 in 64-bit mode at its high virtual address, with interrupts
 * off, temporary page tables (identity + kernel high map of the first
 * GiB) and RSI = physical address of struct boot_info.  We only need a
 * stack and a zeroed .bss before C can run; x86_64_start_kernel() builds
 * the real page tables, GDT and IDT.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/page.h>

	.section .head.text, "ax"
	.code64
ENTRY(startup_64)
	cli
	cld
	movq	$(init_stack + THREAD_SIZE), %rsp
	movq	%rsi, %r12			/* boot_info (physical) */

	/* Zero .bss: the C code assumes static variables start at 0. */
	movq	$__bss_start, %rdi
	movq	$__bss_stop, %rcx
	subq	%rdi, %rcx
	xorl	%eax, %eax
	rep stosb

	movq	%r12, %rdi
	call	x86_64_start_kernel
1:	hlt
	jmp	1b
ENDPROC(startup_64)

	.text
/*
 * load_gdt(struct desc_ptr *) - switch to the kernel's own GDT and reload
 * every segment register from it.  CS can only be reloaded by a far
 * transfer: lretq pops our return address with the new selector.
 */
ENTRY(load_gdt)
	lgdt	(%rdi)
	movl	$__KERNEL_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	xorl	%eax, %eax
	movl	%eax, %fs
	movl	%eax, %gs
	popq	%rax
	pushq	$__KERNEL_CS
	pushq	%rax
	lretq
ENDPROC(load_gdt)

/*
 * The boot task's kernel stack (it becomes the idle task, pid 0).  Every
 * other task gets its stack from the page allocator.
 */
	.bss
	.balign PAGE_SIZE
	.globl init_stack
init_stack:
	.skip THREAD_SIZE

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack, "", @progbits
