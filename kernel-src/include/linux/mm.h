/*
 * mm.h - user address spaces.  An mm_struct is a page table plus a list
 * of areas (vm_area_struct) where the program may have memory: its ELF
 * segments, the heap (brk), mmap regions and the stack.  Pages inside an
 * area are allocated on first touch by the page-fault handler.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <asm/page.h>
#include <asm/pgtable.h>

#define VM_READ		0x1
#define VM_WRITE	0x2
#define VM_EXEC		0x4
#define VM_GROWSDOWN	0x100

#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2

#define STACK_RLIMIT	(8UL << 20)	/* how far the stack may grow */
#define TASK_UNMAPPED_BASE 0x00007f0000000000UL

struct vm_area_struct {
	unsigned long vm_start, vm_end;	/* [start, end), page aligned */
	unsigned long vm_flags;
	struct vm_area_struct *vm_next;	/* sorted by address */
};

struct mm_struct {
	int mm_users;			/* tasks using it: threads share one (CLONE_VM) */
	pte_t *pgd;			/* PML4, direct-map address */
	struct vm_area_struct *mmap;
	unsigned long start_brk, brk;
	unsigned long start_stack;
	unsigned long mmap_base;	/* next address for mmap(NULL, ...) */
};

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *old);
void mmput(struct mm_struct *mm);
void switch_mm(struct mm_struct *mm);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
int insert_vma(struct mm_struct *mm, unsigned long start, unsigned long end, unsigned long flags);
int range_in_use(struct mm_struct *mm, unsigned long start, unsigned long end);
unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long len);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
int handle_mm_fault(struct mm_struct *mm, unsigned long address, unsigned long error_code);
int map_page(struct mm_struct *mm, unsigned long addr, unsigned long page, unsigned long vm_flags);

#endif
