/*
 * uaccess.h - the only ways the kernel touches user memory.
 *
 * A user pointer may point anywhere: into the kernel, at nothing, or at a
 * page that goes away.  access_ok() rejects ranges that reach above
 * TASK_SIZE_MAX; the copy routines (the .S files in arch/x86/lib) have exception-table
 * entries, so a page fault inside them resumes at a fixup that reports
 * -EFAULT instead of crashing the kernel.
 */
#ifndef _ASM_X86_UACCESS_H
#define _ASM_X86_UACCESS_H

#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <asm/page.h>
#include <asm/percpu.h>

#define VERIFY_READ	0
#define VERIFY_WRITE	1

/*
 * set_fs(KERNEL_DS) lets kernel code hand a kernel buffer to a file's read
 * or write, which expect a user one (splice and sendfile move data this
 * way); set_fs(USER_DS) ends it.  The setting belongs to the running task:
 * switch_to keeps it in thread_struct while the task sleeps.
 */
typedef int mm_segment_t;
#define USER_DS		0
#define KERNEL_DS	1
#define get_fs()	(cpu_data.kernel_ds)
#define set_fs(seg)	(cpu_data.kernel_ds = (seg))
#define user_addr_max()	(cpu_data.kernel_ds ? ~0UL : TASK_SIZE_MAX)

/* True iff [addr, addr + size) does not wrap and lies below the user limit. */
static inline int __access_ok(unsigned long addr, unsigned long size)
{
	unsigned long limit = user_addr_max();

	if (size > limit)
		return 0;
	return addr <= limit - size;
}
#define access_ok(type, addr, size) __access_ok((unsigned long)(addr), (unsigned long)(size))

/* The routines return the number of bytes NOT copied (0 on success). */
unsigned long copy_user_generic(void *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long clear_user(void __user *to, unsigned long n);
long strncpy_from_user(char *dst, const char __user *src, long count);
long strnlen_user(const char __user *str, long n);

/*
 * get_user/put_user move one value of the pointer's size.  The workers in
 * getuser.S/putuser.S take C arguments (rather than Linux's fixed-register
 * convention) so no register-pinned inline assembly is needed here.
 */
int __get_user_1(const void __user *ptr, unsigned long *val);
int __get_user_2(const void __user *ptr, unsigned long *val);
int __get_user_4(const void __user *ptr, unsigned long *val);
int __get_user_8(const void __user *ptr, unsigned long *val);
int __put_user_1(void __user *ptr, unsigned long val);
int __put_user_2(void __user *ptr, unsigned long val);
int __put_user_4(void __user *ptr, unsigned long val);
int __put_user_8(void __user *ptr, unsigned long val);

#define get_user(x, ptr)						\
({									\
	unsigned long __gu_val = 0;					\
	int __gu_err;							\
	switch (sizeof(*(ptr))) {					\
	case 1: __gu_err = __get_user_1((ptr), &__gu_val); break;	\
	case 2: __gu_err = __get_user_2((ptr), &__gu_val); break;	\
	case 4: __gu_err = __get_user_4((ptr), &__gu_val); break;	\
	default: __gu_err = __get_user_8((ptr), &__gu_val); break;	\
	}								\
	(x) = (__typeof__(*(ptr)))__gu_val;				\
	__gu_err;							\
})

#define put_user(x, ptr)						\
({									\
	unsigned long __pu_val = (unsigned long)(x);			\
	int __pu_err;							\
	switch (sizeof(*(ptr))) {					\
	case 1: __pu_err = __put_user_1((ptr), __pu_val); break;	\
	case 2: __pu_err = __put_user_2((ptr), __pu_val); break;	\
	case 4: __pu_err = __put_user_4((ptr), __pu_val); break;	\
	default: __pu_err = __put_user_8((ptr), __pu_val); break;	\
	}								\
	__pu_err;							\
})

/* The exception table (arch/x86/mm/extable.c). */
struct exception_table_entry {
	int insn, fixup, handler;
};
struct pt_regs;
int fixup_exception(struct pt_regs *regs, int trapnr);
void sort_main_extable(void);

#endif
