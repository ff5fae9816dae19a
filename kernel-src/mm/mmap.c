/*
 * mmap.c - memory areas of a process, and the system calls that change
 * them: brk (the heap), mmap/munmap (anonymous private memory only) and
 * mprotect (accepted, not enforced).  mremap is in mremap.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end);

/* Add [start, end) to mm's sorted area list.  Overlaps are refused. */
int insert_vma(struct mm_struct *mm, unsigned long start, unsigned long end, unsigned long flags)
{
	struct vm_area_struct **link = &mm->mmap, *vma;

	while (*link && (*link)->vm_start < start)
		link = &(*link)->vm_next;
	if (*link && (*link)->vm_start < end)
		return -ENOMEM;
	vma = kmalloc(sizeof(*vma), GFP_KERNEL);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_flags = flags;
	vma->vm_next = *link;
	*link = vma;
	return 0;
}

/* Is any part of [start, end) already in use? */
int range_in_use(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_start < end && start < vma->vm_end)
			return 1;
	return 0;
}

/* A free range of len bytes for mmap(NULL, ...): addresses go upward from mmap_base. */
unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long len)
{
	unsigned long addr = mm->mmap_base;

	while (range_in_use(mm, addr, addr + len))
		addr += PAGE_SIZE;
	mm->mmap_base = addr + len;
	return addr;
}

/* Remove [start, start + len) from every area, splitting areas as needed. */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + PAGE_ALIGN(len);
	struct vm_area_struct **link = &mm->mmap, *vma;

	if ((start & ~PAGE_MASK) || start >= TASK_SIZE || end > TASK_SIZE || end <= start)
		return -EINVAL;
	while ((vma = *link) != NULL) {
		if (vma->vm_end <= start || vma->vm_start >= end) {
			link = &vma->vm_next;
			continue;
		}
		if (vma->vm_start < start && vma->vm_end > end) {
			/* a hole in the middle: split in two */
			struct vm_area_struct *tail = kmalloc(sizeof(*tail), GFP_KERNEL);

			if (!tail)
				return -ENOMEM;
			*tail = *vma;
			tail->vm_start = end;
			vma->vm_end = start;
			vma->vm_next = tail;
			break;
		}
		if (vma->vm_start < start) {
			vma->vm_end = start;
			link = &vma->vm_next;
		} else if (vma->vm_end > end) {
			vma->vm_start = end;
			link = &vma->vm_next;
		} else {
			*link = vma->vm_next;
			kfree(vma);
		}
	}
	unmap_range(mm, start, end);
	return 0;
}

SYSCALL_DEFINE1(brk, unsigned long, brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long old_end = PAGE_ALIGN(mm->brk);
	unsigned long new_end = PAGE_ALIGN(brk);

	if (brk < mm->start_brk || brk >= mm->start_stack - STACK_RLIMIT)
		return mm->brk;
	if (new_end > old_end) {
		if (range_in_use(mm, old_end, new_end) ||
		    insert_vma(mm, old_end, new_end, VM_READ | VM_WRITE))
			return mm->brk;
	} else if (new_end < old_end) {
		do_munmap(mm, new_end, old_end - new_end);
	}
	mm->brk = brk;
	return brk;
}

SYSCALL_DEFINE6(mmap, unsigned long, addr, unsigned long, len, unsigned long, prot,
		unsigned long, flags, unsigned long, fd, unsigned long, off)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm_flags = 0;
	int err;

	if (!len || (addr & ~PAGE_MASK) || (off & ~PAGE_MASK))
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return -ENODEV;		/* no file mappings in this kernel */
	len = PAGE_ALIGN(len);
	if (len > TASK_SIZE)
		return -ENOMEM;
	if (prot & PROT_READ)
		vm_flags |= VM_READ;
	if (prot & PROT_WRITE)
		vm_flags |= VM_WRITE | VM_READ;
	if (prot & PROT_EXEC)
		vm_flags |= VM_EXEC | VM_READ;

	if (flags & MAP_FIXED) {
		if (addr + len > TASK_SIZE || addr + len < addr)
			return -ENOMEM;
		do_munmap(mm, addr, len);
	} else {
		addr = get_unmapped_area(mm, len);
	}
	err = insert_vma(mm, addr, addr + len, vm_flags);
	if (err)
		return err;
	return addr;
}

SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	return do_munmap(current->mm, addr, len);
}

SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len, unsigned long, prot)
{
	if (start & ~PAGE_MASK)
		return -EINVAL;
	return 0;
}
