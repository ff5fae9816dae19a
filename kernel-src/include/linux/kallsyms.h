/*
 * Rewritten for tcc-lite: the kernel's own symbol table, for oops reports.
 *
 * The build links vmlinux twice, as Linux's scripts/link-vmlinux.sh does: first with an
 * empty table, then with the text symbols of that first link (the table lives in .rodata,
 * after .text, so adding it moves no code).
 */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

#include <linux/types.h>

#define KSYM_NAME_LEN 128
/* "name+0xoff/0xsize" at most. */
#define KSYM_SYMBOL_LEN (KSYM_NAME_LEN + 2 * 19 + 4)

/* The name of the function containing addr, or NULL; size and offset within it. */
const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset);

/* Formats addr as "name+0xoff/0xsize" (or the raw address); returns the length. */
int sprint_symbol(char *buffer, unsigned long address);

/* Same without the "/0xsize" part (printk's %ps). */
int sprint_symbol_no_offset(char *buffer, unsigned long address);

/* True for addresses inside the kernel's code. */
int core_kernel_text(unsigned long addr);

#endif
