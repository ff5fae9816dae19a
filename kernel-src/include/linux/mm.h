/*
 * mm.h - user address spaces.  An mm_struct is a page table plus a list
 * of areas (vm_area_struct) where the program may have memory: its ELF
 * segments, the heap (brk), mmap regions and the stack.  Pages inside an
 * area are allocated on first touch by the page-fault handler; an area
 * that maps a file takes them from the file's page cache (mm/filemap.c).
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
#define VM_SHARED	0x8		/* MAP_SHARED: writes reach the file, fork shares */
#define VM_GROWSDOWN	0x100
#define VM_LOCKED	0x2000		/* mlock: its pages stay in memory (faulted in at once) */
#define VM_LOCKONFAULT	0x80000		/* ... locked only as they are faulted in */

#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_SEM	0x8		/* accepted, as on x86 Linux: it means nothing there */
#define PROT_GROWSDOWN	0x01000000	/* mprotect: from the start of a stack area */
#define PROT_GROWSUP	0x02000000
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_LOCKED	0x2000		/* as mlock would */
#define MAP_POPULATE	0x8000		/* fault the pages in now */
#define MAP_TYPE	0x0f		/* the bits that say shared or private */
#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2
#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4
#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4
#define MADV_MERGEABLE	12		/* 12 to 17: hints about sharing, huge pages, core dumps */
#define MADV_DODUMP	17

#define STACK_RLIMIT	(8UL << 20)	/* how far the stack may grow */
#define TASK_UNMAPPED_BASE 0x00007f0000000000UL

struct file;
struct inode;

struct vm_area_struct {
	unsigned long vm_start, vm_end;	/* [start, end), page aligned */
	unsigned long vm_flags;
	struct file *vm_file;		/* the mapped file (holds a reference), or NULL */
	unsigned long vm_pgoff;		/* the file page at vm_start */
	struct vm_area_struct *vm_next;	/* sorted by address */
};

/* How a page fault ended when it could not map a page (handle_mm_fault). */
#define VM_FAULT_OOM	1
#define VM_FAULT_SIGBUS	2		/* a file mapping beyond the end of the file */

struct mm_struct {
	int mm_users;			/* tasks using it: threads share one (CLONE_VM) */
	pte_t *pgd;			/* PML4, direct-map address */
	struct vm_area_struct *mmap;
	unsigned long start_brk, brk;
	unsigned long start_stack;
	unsigned long mmap_base;	/* next address for mmap(NULL, ...) */
	unsigned long start_code;	/* the program image: start_code..start_brk */
	unsigned long arg_start, arg_end, env_start, env_end;	/* its strings on the stack */
	struct inode *exe_inode;	/* the program file (a reference), for /proc */
	unsigned long rss;		/* pages its page tables map (PROT_NONE ones too) */
	unsigned long hiwater_rss;	/* the most rss has been (getrusage's ru_maxrss, VmHWM) */
	unsigned long hiwater_vm;	/* the largest size it had before a munmap, in pages (VmPeak) */
	unsigned long def_flags;	/* mlockall(MCL_FUTURE): VM_LOCKED for every new area */
};

/*
 * The size of its areas in pages (Linux keeps mm->total_vm), and its peak
 * sizes, as Linux's get_mm_hiwater_*: the recorded peak or the size now.
 */
unsigned long total_vm(struct mm_struct *mm);
int may_expand_vm(struct mm_struct *mm, unsigned long vm_flags, unsigned long npages);	/* RLIMIT_AS, RLIMIT_DATA */
unsigned long data_vm(struct mm_struct *mm);	/* private writable pages but the stack's (VmData) */
unsigned long locked_vm(struct mm_struct *mm);	/* mm/mlock.c */
int __mm_populate(struct mm_struct *mm, unsigned long start, unsigned long end, int ignore_errors);
void merge_range(struct mm_struct *mm, unsigned long start, unsigned long end);	/* mm/mprotect.c */
unsigned long get_mm_hiwater_rss(struct mm_struct *mm);
unsigned long get_mm_hiwater_vm(struct mm_struct *mm);

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *old);
void mmput(struct mm_struct *mm);
void switch_mm(struct mm_struct *mm);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
int insert_vma(struct mm_struct *mm, unsigned long start, unsigned long end, unsigned long flags,
	       struct file *file, unsigned long pgoff);
int split_vma(struct vm_area_struct *vma, unsigned long addr);
void remove_vma(struct vm_area_struct *vma);
int vma_merge_next(struct vm_area_struct *vma);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start, unsigned long end);
int range_in_use(struct mm_struct *mm, unsigned long start, unsigned long end);
unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long len);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
int access_error(unsigned long error_code, struct vm_area_struct *vma);
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address, int write);
int map_page(struct mm_struct *mm, unsigned long addr, unsigned long page, unsigned long vm_flags);
void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end);
void change_protection(struct mm_struct *mm, unsigned long start, unsigned long end,
		       unsigned long vm_flags);
unsigned long calc_vm_prot_bits(unsigned long prot);

/* mm/filemap.c: a regular file's page cache */
unsigned long find_get_page(struct inode *inode, unsigned long index);
unsigned long find_or_create_page(struct inode *inode, unsigned long index);
int add_to_page_cache(struct inode *inode, unsigned long page, unsigned long index);
void delete_from_page_cache(struct inode *inode, unsigned long index);
void truncate_inode_pages(struct inode *inode, loff_t size);
void truncate_pagecache(struct inode *inode, loff_t size);
int mapping_mapped(struct inode *inode);
int mapping_writably_mapped(struct inode *inode);

/* mm/shmem.c: the file behind a MAP_SHARED | MAP_ANONYMOUS mapping */
struct file *shmem_file_setup(unsigned long size);
long shmem_fallocate(struct file *file, int mode, loff_t offset, loff_t len);
long shmem_fcntl(struct file *file, unsigned int cmd, unsigned long arg);

#endif
