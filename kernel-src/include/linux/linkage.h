/*
 * linkage.h - asmlinkage for C functions called from assembly, and the
 * ENTRY/ENDPROC/END helpers that .S files use to declare symbols.
 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#include <linux/compiler.h>

#ifdef __ASSEMBLY__

#define ALIGN .p2align 4, 0x90
#define ENTRY(name) \
	.globl name; \
	ALIGN; \
	name:
#define END(name) \
	.size name, .-name
#define ENDPROC(name) \
	.type name, @function; \
	END(name)

#else

/* On x86-64 C functions called from assembly use the normal ABI. */
#define asmlinkage
#define asmlinkage_protect(n, ret, args...) do { } while (0)

#endif
#endif
