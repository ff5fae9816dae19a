/* unistd.h - system-call numbers (__NR_read ...) generated from the table. */
#ifndef _ASM_X86_UNISTD_H
#define _ASM_X86_UNISTD_H

#include <asm/unistd_64.h>
#include <asm/asm-offsets.h>

#define NR_syscalls (__NR_syscall_max + 1)

#endif
