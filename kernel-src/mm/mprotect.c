/*
 * mprotect.c - changing the protection of mapped memory.  The areas in the range
 * are split so that the range has areas of its own, those get the new protection
 * and so do the page-table entries of their pages already there (later faults
 * follow the area).  Areas left alike afterwards are joined again, as Linux does.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

/* Give [start, end), which lies in *pvma, the protection vm_prot; *pvma becomes its area. */
static int mprotect_fixup(struct mm_struct *mm, struct vm_area_struct **pvma,
			  unsigned long start, unsigned long end, unsigned long vm_prot)
{
	struct vm_area_struct *vma = *pvma;
	unsigned long newflags = vm_prot | (vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC));

	/* Stores to a shared mapping go to the file: it must be open for writing. */
	if ((newflags & VM_WRITE) && (vma->vm_flags & VM_SHARED) && !file_writable(vma->vm_file))
		return -EACCES;
	if (newflags == vma->vm_flags)
		return 0;
	if (vma->vm_start < start) {
		if (split_vma(vma, start))
			return -ENOMEM;
		vma = vma->vm_next;
	}
	if (vma->vm_end > end && split_vma(vma, end))
		return -ENOMEM;
	vma->vm_flags = newflags;
	change_protection(mm, start, end, newflags);
	*pvma = vma;
	return 0;
}

/* Join the areas in and next to [start, end) that have become alike (mprotect, mlock). */
void merge_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma && vma->vm_start <= end; vma = vma->vm_next)
		if (vma->vm_end >= start)
			while (vma_merge_next(vma))
				;
}

/*
 * Linux's checks in Linux's order.  As there, the areas before a hole in the range
 * keep their new protection when the hole makes the call fail with ENOMEM.
 */
SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len, unsigned long, prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
	unsigned long end, first;
	struct vm_area_struct *vma;
	int err;

	prot &= ~grows;
	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	end = start + PAGE_ALIGN(len);
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM))
		return -EINVAL;
	vma = find_vma_intersection(mm, start, end);
	if (!vma)
		return -ENOMEM;
	if (grows & PROT_GROWSDOWN) {
		if (!(vma->vm_flags & VM_GROWSDOWN))
			return -EINVAL;
		start = vma->vm_start;
	} else if (vma->vm_start > start) {
		return -ENOMEM;
	}

	first = start;
	for (;;) {
		unsigned long to = min(end, vma->vm_end);

		err = mprotect_fixup(mm, &vma, start, to, calc_vm_prot_bits(prot));
		if (err)
			break;
		start = to;
		if (start >= end)
			break;
		vma = vma->vm_next;
		if (!vma || vma->vm_start != start) {
			err = -ENOMEM;
			break;
		}
	}
	merge_range(mm, first, end);
	return err;
}
