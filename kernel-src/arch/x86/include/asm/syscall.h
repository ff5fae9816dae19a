/* syscall.h - the type of a system-call table entry. */
#ifndef _ASM_X86_SYSCALL_H
#define _ASM_X86_SYSCALL_H

typedef asmlinkage long (*sys_call_ptr_t)(unsigned long, unsigned long,
					  unsigned long, unsigned long,
					  unsigned long, unsigned long);
extern const sys_call_ptr_t sys_call_table[];

#endif
