#ifndef _LINKAGE_H
#define _LINKAGE_H
#define ALIGN .p2align 4, 0x90
#define ENTRY(name) \
	.globl name; \
	ALIGN; \
	name:
#define END(name) \
	.size name, .-name
#endif
