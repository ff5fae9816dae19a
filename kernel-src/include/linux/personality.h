/*
 * personality.h - a process's execution domain and its quirks, as Linux's
 * uapi/linux/personality.h: the low byte names the domain (PER_LINUX, or
 * PER_LINUX32, whose uname says i686), the other bits ask for old
 * behaviours (ADDR_NO_RANDOMIZE, which setarch -R sets, ...).  Our kernel
 * keeps the value, inherits it and reports it.
 */
#ifndef _LINUX_PERSONALITY_H
#define _LINUX_PERSONALITY_H

#define ADDR_NO_RANDOMIZE	0x0040000
#define READ_IMPLIES_EXEC	0x0400000	/* cleared by execve of a 64-bit program */
#define PER_MASK		0x00ff
#define PER_LINUX		0x0000
#define PER_LINUX32		0x0008

#define personality(pers)	((pers) & PER_MASK)

#endif
