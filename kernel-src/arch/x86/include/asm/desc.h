/* desc.h - descriptor tables: GDT/IDT pointers, gates, the TSS. */
#ifndef _ASM_X86_DESC_H
#define _ASM_X86_DESC_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/processor.h>

#define DOUBLEFAULT_STACK	1	/* IST slot for #DF */

struct desc_ptr {
	u16 size;
	u64 address;
} __attribute__((packed));

/* The 64-bit TSS: only the stack pointers matter in long mode. */
struct tss_struct {
	u32 reserved1;
	u64 sp0, sp1, sp2;
	u64 reserved2;
	u64 ist[7];
	u32 reserved3, reserved4;
	u16 reserved5;
	u16 io_bitmap_base;
} __attribute__((packed));

extern struct tss_struct cpu_tss;
extern struct fxregs_state init_fpstate;
void load_sp0(unsigned long sp0);

#endif
