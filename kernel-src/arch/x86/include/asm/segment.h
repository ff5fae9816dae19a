/*
 * segment.h - the GDT layout, as Linux's: SYSCALL and SYSRET derive the
 * code and stack selectors from STAR, so the order of the user entries
 * (32-bit code, data, 64-bit code) is fixed by the CPU.
 */
#ifndef _ASM_X86_SEGMENT_H
#define _ASM_X86_SEGMENT_H

#define GDT_ENTRY_KERNEL32_CS	1
#define GDT_ENTRY_KERNEL_CS	2
#define GDT_ENTRY_KERNEL_DS	3
#define GDT_ENTRY_DEFAULT_USER32_CS 4
#define GDT_ENTRY_DEFAULT_USER_DS 5
#define GDT_ENTRY_DEFAULT_USER_CS 6
#define GDT_ENTRY_TSS		8	/* 16 bytes: entries 8 and 9 */
#define GDT_ENTRIES		16

#define __KERNEL32_CS	(GDT_ENTRY_KERNEL32_CS * 8)
#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)
#define __USER32_CS	(GDT_ENTRY_DEFAULT_USER32_CS * 8 + 3)
#define __USER_DS	(GDT_ENTRY_DEFAULT_USER_DS * 8 + 3)
#define __USER_CS	(GDT_ENTRY_DEFAULT_USER_CS * 8 + 3)
#define __TSS_SELECTOR	(GDT_ENTRY_TSS * 8)

#endif
