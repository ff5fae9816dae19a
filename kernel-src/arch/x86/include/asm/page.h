/*
 * page.h - the kernel's virtual memory layout.
 *
 *   0x0000000000000000 - 0x00007ffffffff000  user space (TASK_SIZE_MAX)
 *   0xffff880000000000 - ...                 all of RAM ("direct map")
 *   0xffffffff80000000 - ...                 the kernel image (phys + map)
 */
#ifndef _ASM_X86_PAGE_H
#define _ASM_X86_PAGE_H

/* _AC(1, UL) is 1UL in C and plain 1 in assembly, which has no suffixes. */
#ifdef __ASSEMBLY__
#define _AC(X, Y)	X
#else
#define __AC(X, Y)	(X##Y)
#define _AC(X, Y)	__AC(X, Y)
#endif

#define PAGE_SHIFT	12
#define PAGE_SIZE	(_AC(1, UL) << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#define __PAGE_OFFSET		_AC(0xffff880000000000, UL)
#define __START_KERNEL_map	_AC(0xffffffff80000000, UL)
#define PAGE_OFFSET		__PAGE_OFFSET

#define TASK_SIZE_MAX	((_AC(1, UL) << 47) - PAGE_SIZE)
#define TASK_SIZE	TASK_SIZE_MAX
#define STACK_TOP	TASK_SIZE
#define THREAD_SIZE	(4 * PAGE_SIZE)	/* kernel stack per task */

#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)

#ifndef __ASSEMBLY__
/* Physical address to its alias in the direct map, and back. */
#define __va(x)	((void *)((unsigned long)(x) + PAGE_OFFSET))
static inline unsigned long __pa(const void *v)
{
	unsigned long x = (unsigned long)v;

	if (x >= __START_KERNEL_map)
		return x - __START_KERNEL_map;
	return x - PAGE_OFFSET;
}
#endif

#endif
