/*
 * mremap.c - grow, shrink or move a mapping (what realloc of a large block
 * does).  The old range must lie inside one area, as Linux requires.  A
 * move carries the pages themselves over: their page-table entries change
 * address, the contents are never copied, and a file mapping keeps mapping
 * the same file pages.  A shared mapping grown past its file (or past the
 * size of shared anonymous memory) gives SIGBUS there, as Linux.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <asm/processor.h>

/* Move the present pages of [old, old + len) to new; the target range has no pages. */
static int move_pages(struct mm_struct *mm, unsigned long old, unsigned long new, unsigned long len)
{
	unsigned long off;

	for (off = 0; off < len; off += PAGE_SIZE) {
		pte_t *from = lookup_pte(mm->pgd, old + off, 0);
		pte_t *to;

		if (!from || !*from)
			continue;
		to = lookup_pte(mm->pgd, new + off, 1);
		if (!to)
			return -ENOMEM;
		*to = *from;
		*from = 0;
		invlpg(old + off);
		invlpg(new + off);
	}
	return 0;
}

/* Make [new, new + new_len) an area like vma and carry the pages of [old, old + old_len) to it (old_len <= new_len). */
static long move_area(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long old,
		      unsigned long old_len, unsigned long new, unsigned long new_len)
{
	unsigned long pgoff = vma->vm_pgoff + ((old - vma->vm_start) >> PAGE_SHIFT);
	unsigned long hiwater_vm = mm->hiwater_vm;
	int err = insert_vma(mm, new, new + new_len, vma->vm_flags, vma->vm_file, pgoff);

	if (err)
		return err;
	if (!old_len)	/* a second mapping of a shared one: the old one stays */
		return new;
	err = move_pages(mm, old, new, old_len);
	if (err)
		return err;
	do_munmap(mm, old, old_len);	/* the area only: its pages have left */
	mm->hiwater_vm = hiwater_vm;	/* both areas at once was no size the program had (Linux's move_vma) */
	return new;
}

/* The area holding [addr, addr + len), which must lie inside one area. */
static struct vm_area_struct *area_of(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma || len > vma->vm_end - addr)
		return NULL;
	return vma;
}

/*
 * Linux's order of checks and effects: a shrink in place only unmaps the tail (it asks
 * for no area); a fixed target is cleared before the old range is looked at.
 */
SYSCALL_DEFINE5(mremap, unsigned long, addr, unsigned long, old_len, unsigned long, new_len,
		unsigned long, flags, unsigned long, new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;

	if ((addr & ~PAGE_MASK) || (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED)))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len || new_len > TASK_SIZE || addr + old_len < addr)
		return -EINVAL;
	/* old_len 0 asks for a second mapping of the same pages: only shared ones have such (Linux since 4.14) */
	if (!old_len) {
		vma = find_vma(mm, addr);
		if (vma && !(vma->vm_flags & VM_SHARED))
			return -EINVAL;
	}

	if (flags & MREMAP_FIXED) {
		if ((new_addr & ~PAGE_MASK) || new_addr + new_len > TASK_SIZE || new_addr + new_len < new_addr)
			return -EINVAL;
		if (new_addr < addr + old_len && addr < new_addr + new_len)
			return -EINVAL;	/* the two ranges overlap */
		do_munmap(mm, new_addr, new_len);
		if (new_len < old_len) {
			do_munmap(mm, addr + new_len, old_len - new_len);
			old_len = new_len;
		}
		vma = area_of(mm, addr, old_len);
		if (!vma)
			return -EFAULT;
		return move_area(mm, vma, addr, old_len, new_addr, new_len);
	}
	if (new_len <= old_len) {
		if (new_len < old_len) {
			int err = do_munmap(mm, addr + new_len, old_len - new_len);

			if (err)
				return err;
		}
		return addr;
	}
	vma = area_of(mm, addr, old_len);
	if (!vma)
		return -EFAULT;
	if (!may_expand_vm(mm, vma->vm_flags, (new_len - old_len) >> PAGE_SHIFT))
		return -ENOMEM;
	/* Grow in place when the area ends with the old range and the pages after it are free. */
	if (addr + old_len == vma->vm_end && addr + new_len <= TASK_SIZE &&
	    !range_in_use(mm, vma->vm_end, addr + new_len)) {
		vma->vm_end = addr + new_len;
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	return move_area(mm, vma, addr, old_len, get_unmapped_area(mm, new_len), new_len);
}
