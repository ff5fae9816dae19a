/*
 * binfmts.h - a program being exec'd: its file, arguments and
 * environment (packed as NUL-terminated strings in one kernel buffer).
 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>

#define BINPRM_BUF_SIZE	128
#define MAX_ARG_STRLEN	(128 * 1024)	/* all argument and environment strings */
#define ARG_PAGES_ORDER	5		/* 2^5 pages = 128 KiB */

struct linux_binprm {
	char buf[BINPRM_BUF_SIZE];	/* the file's first bytes */
	struct file *file;
	const char *filename;		/* the name it was exec'd by */
	char *strings;			/* argv strings, then envp strings */
	unsigned long strings_len;
	int argc, envc;
	struct mm_struct *mm;		/* the new address space being built */
	unsigned long entry;		/* where the program starts */
	unsigned long phdr, phnum;	/* program headers, for the aux vector */
};

int load_elf_binary(struct linux_binprm *bprm);
int create_elf_tables(struct linux_binprm *bprm, unsigned long *sp);

#endif
