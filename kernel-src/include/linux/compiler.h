/*
 * compiler.h - the GNU C attributes the kernel uses, under Linux's names.
 * __user marks pointers into user space: a reminder (for readers, and for
 * sparse in real Linux) that they may only be touched via copy_*_user().
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define __user
#define __force
#define __kernel
#define __iomem

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#define __always_inline	inline __attribute__((always_inline))
#define noinline	__attribute__((noinline))
#define __noreturn	__attribute__((noreturn))
#define __packed	__attribute__((packed))
#define __aligned(x)	__attribute__((aligned(x)))
#define __section(s)	__attribute__((section(#s)))
#define __used		__attribute__((used))
#define __maybe_unused	__attribute__((unused))
#define __weak		__attribute__((weak))
#define __visible
#define __printf(a, b)	__attribute__((format(printf, a, b)))

#define barrier()	__asm__ __volatile__("" : : : "memory")

/* Types-compatible test, used by the SYSCALL_DEFINE machinery. */
#define __same_type(a, b) __builtin_types_compatible_p(typeof(a), typeof(b))

#endif
