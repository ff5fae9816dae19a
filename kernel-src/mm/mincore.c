/*
 * mincore.c - which pages of a mapping are in memory: one byte per page,
 * 1 if it is.  A page is when the process maps it, or, in a file's
 * mapping, when the file's page cache holds it (another process or a
 * write() may have brought it in), as Linux answers.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>

static unsigned char page_resident(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr)
{
	pte_t *pte = lookup_pte(mm->pgd, addr, 0);

	if (pte && *pte)
		return 1;
	if (!vma->vm_file)
		return 0;
	return find_get_page(vma->vm_file->f_inode, vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT)) != 0;
}

SYSCALL_DEFINE3(mincore, unsigned long, start, size_t, len, unsigned char __user *, vec)
{
	struct mm_struct *mm = current->mm;
	unsigned long pages, i;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!access_ok(VERIFY_READ, start, len))
		return -ENOMEM;
	pages = (len >> PAGE_SHIFT) + ((len & ~PAGE_MASK) != 0);
	if (!access_ok(VERIFY_WRITE, vec, pages))
		return -EFAULT;
	for (i = 0; i < pages; i++) {
		unsigned long addr = start + (i << PAGE_SHIFT);
		struct vm_area_struct *vma = find_vma(mm, addr);

		if (!vma)
			return -ENOMEM;
		if (put_user(page_resident(mm, vma, addr), vec + i))
			return -EFAULT;
	}
	return 0;
}
