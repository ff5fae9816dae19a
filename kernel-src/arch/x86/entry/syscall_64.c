/*
 * syscall_64.c - the system-call table: sys_call_table[nr] is the function
 * that system call number nr runs.
 *
 * <asm/syscalls_64.h> is generated from syscalls/syscall_64.tbl; it is a
 * list of __SYSCALL_64(nr, sym, qual) lines, included twice with two
 * meanings of __SYSCALL_64: first to declare every handler, then to fill
 * in the table.  Numbers without a line keep sys_ni_syscall (-ENOSYS).
 */
#include <linux/linkage.h>
#include <asm/asm-offsets.h>
#include <asm/syscall.h>

#define __SYSCALL_64_QUAL_(sym) sym
#define __SYSCALL_64_QUAL_ptregs(sym) ptregs_##sym

#define __SYSCALL_64(nr, sym, qual) extern asmlinkage long __SYSCALL_64_QUAL_##qual(sym)(unsigned long, unsigned long, unsigned long, unsigned long, unsigned long, unsigned long);
#include <asm/syscalls_64.h>
#undef __SYSCALL_64

#define __SYSCALL_64(nr, sym, qual) [nr] = __SYSCALL_64_QUAL_##qual(sym),

extern long sys_ni_syscall(unsigned long, unsigned long, unsigned long, unsigned long, unsigned long, unsigned long);

asmlinkage const sys_call_ptr_t sys_call_table[__NR_syscall_max+1] = {
	/* Every slot first; the generated lines below override theirs. */
	[0 ... __NR_syscall_max] = &sys_ni_syscall,
#include <asm/syscalls_64.h>
};
