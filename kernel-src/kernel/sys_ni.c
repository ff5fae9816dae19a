/*
 * sys_ni.c - "not implemented" system calls.
 *
 * Every entry in the system-call table must name a function.  Those this
 * kernel does not implement are weak aliases of sys_ni_syscall, which
 * returns -ENOSYS; a real implementation anywhere else overrides the
 * weak alias at link time, so nothing here needs to change when one is
 * added.
 */
#include <linux/linkage.h>
#include <linux/errno.h>

asmlinkage long sys_ni_syscall(void)
{
	return -ENOSYS;
}

#define cond_syscall(x) \
	asmlinkage long x(void) __attribute__((weak, alias("sys_ni_syscall")))

