/*
 * asm.h - _ASM_EXTABLE(from, to): record that a fault at instruction
 * "from" should resume at "to".  Each entry is three 32-bit offsets
 * relative to the entry's own fields (Linux 4.6+), so the table needs no
 * relocation: insn, fixup, handler.
 */
#ifndef _ASM_X86_ASM_H
#define _ASM_X86_ASM_H

#ifdef __ASSEMBLY__
#define _ASM_EXTABLE(from, to)				\
	.pushsection "__ex_table", "a" ;		\
	.balign 4 ;					\
	.long (from) - . ;				\
	.long (to) - . ;				\
	.long (ex_handler_default) - . ;		\
	.popsection
#endif

#endif
